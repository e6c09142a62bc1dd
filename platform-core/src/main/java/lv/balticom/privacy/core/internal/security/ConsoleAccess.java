package lv.balticom.privacy.core.internal.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemType;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.console.ConsolePage;
import lv.balticom.privacy.core.internal.http.Problems;

/**
 * Guards the console, the API documentation and the OpenAPI document. A console page needs a live
 * session (else the browser is sent to the sign-in page, and brought back afterwards) and the
 * permission its route declares (else a 403 page); a page that declares none is closed to everyone.
 * The OpenAPI document also accepts HTTP Basic and API keys, for tools.
 */
@ServerFilter(value = {"/console", "/console/**", "/api-docs", "/api-docs/**", "/openapi.*"},
        patternStyle = FilterPatternStyle.ANT)
public final class ConsoleAccess implements Ordered {

    /** The session cookie: an HttpOnly, SameSite=Lax random token (Secure over HTTPS). */
    public static final String SESSION_COOKIE = "bpp_session";
    /** The request attribute holding the session's CSRF token. */
    public static final String CSRF = "privacy.csrf";

    private static final String SIGN_IN = "/console/sign-in";

    private final ConsoleSessions sessions;
    private final Authorization authorization;
    private final AuthorizationHeader credentials;
    private final ConsolePage pages;

    ConsoleAccess(ConsoleSessions sessions, Authorization authorization, AuthorizationHeader credentials, ConsolePage pages) {
        this.sessions = sessions;
        this.authorization = authorization;
        this.credentials = credentials;
        this.pages = pages;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> guard(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.equals(SIGN_IN) || path.startsWith("/console/assets/")) {
            return null;
        }
        Optional<ConsoleSessions.Session> session = request.getCookies().findCookie(SESSION_COOKIE)
                .map(Cookie::getValue)
                .flatMap(sessions::find);
        Optional<Principal> principal = session.<Principal>map(ConsoleSessions.Session::user);
        boolean openApiDocument = path.startsWith("/openapi.");
        if (principal.isEmpty() && openApiDocument) {
            principal = credentials.caller(request);
        }
        if (principal.isEmpty()) {
            if (openApiDocument) {
                return Problems.response(ProblemType.UNAUTHENTICATED,
                        "Sign in with HTTP Basic, or send an API key as Authorization: Bearer <key>.", null)
                        .header(HttpHeaders.WWW_AUTHENTICATE, ApiAuthentication.CHALLENGE);
            }
            return HttpResponse.seeOther(URI.create(SIGN_IN + nextParameter(request)));
        }
        request.setAttribute(Principal.REQUEST_ATTRIBUTE, principal.get());
        request.setAttribute(Actor.REQUEST_ATTRIBUTE, principal.get().actor());
        session.ifPresent(live -> request.setAttribute(CSRF, live.csrfToken()));
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (!path.startsWith("/console")) {
            return null; // the API documentation: static files
        }
        if (route.isEmpty()) {
            return pages.render(request, HttpStatus.NOT_FOUND, "console/error", Map.of("status", 404, "detail", ""));
        }
        Optional<Permission> permission = route.get().getAnnotationMetadata().enumValue(RequiresPermission.class, Permission.class);
        if (permission.isEmpty() || !authorization.permits(principal.get(), permission.get())) {
            return pages.forbidden(request, Map.of("permission", permission.map(Permission::string).orElse("-")));
        }
        return null;
    }

    private static String nextParameter(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || request.getPath().equals("/console")) {
            return "";
        }
        String next = request.getUri().getRawQuery() == null ? request.getPath()
                : request.getPath() + "?" + request.getUri().getRawQuery();
        return "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** The session cookie for a new session: HttpOnly, SameSite=Lax, and Secure when the browser came over HTTPS. */
    public static Cookie sessionCookie(HttpRequest<?> request, String token) {
        return Cookie.of(SESSION_COOKIE, token).httpOnly(true).sameSite(SameSite.Lax).path("/").secure(overHttps(request));
    }

    /** A cookie that removes the session cookie. */
    public static Cookie expiredSessionCookie(HttpRequest<?> request) {
        return Cookie.of(SESSION_COOKIE, "").httpOnly(true).sameSite(SameSite.Lax).path("/").secure(overHttps(request)).maxAge(0);
    }

    /** Over HTTPS: directly, or through a proxy that says so. */
    public static boolean overHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
