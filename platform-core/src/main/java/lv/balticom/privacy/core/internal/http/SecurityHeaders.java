package lv.balticom.privacy.core.internal.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers that make every answer harder to misuse (POL-15): no MIME sniffing, no referrer leaving the
 * site, no framing, and for pages a Content-Security-Policy that allows only the platform's own
 * scripts, styles and forms. The Swagger UI at {@code /api-docs} has one inline start-up script and sets
 * one inline style: the policy allows exactly those, by their SHA-256 (a test recomputes the script's).
 */
@ServerFilter(value = "/**", patternStyle = FilterPatternStyle.ANT)
final class SecurityHeaders implements Ordered {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    static final String SWAGGER_UI_SCRIPT = "'sha256-dpRTxxpToRCljtfHz+lUwFq0SgJh2OSSCLkZfGtfKt4='";
    static final String SWAGGER_UI_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self' " + SWAGGER_UI_SCRIPT + "; style-src 'self' "
            + SWAGGER_UI_STYLE + "; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    /** Outside every other filter, so that an answer another filter gives by itself gets the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            // Served over HTTPS: browsers keep to HTTPS for this host for a year.
            response.header("Strict-Transport-Security", "max-age=31536000");
        }
        boolean apiDocs = request.getPath().startsWith("/api-docs");
        response.header("Content-Security-Policy", apiDocs ? API_DOCS_POLICY : POLICY);
        if ((request.getPath().startsWith("/console") && !request.getPath().startsWith("/console/assets/")) || apiDocs) {
            response.header("Cache-Control", "no-store");
        }
    }
}
