package lv.balticom.privacy.core.internal.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ProblemType;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.http.Problems;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;

/**
 * Guards every {@code /api/**} route: 401 without valid credentials, 403 when the route's
 * {@link RequiresPermission} is not granted, and 403 for a route that declares no permission at all
 * (a forgotten annotation must close a route, not open it). The signed-in actor is left on the
 * request for controllers and the audit ledger.
 */
@ServerFilter(value = "/api/**", patternStyle = FilterPatternStyle.ANT)
final class ApiAuthentication {

    private static final String CHALLENGE = "Basic realm=\"Balticom Privacy Platform\", charset=\"UTF-8\"";

    private final SecurityManager securityManager;

    ApiAuthentication(SecurityManager securityManager) {
        this.securityManager = securityManager;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        Optional<UsernamePasswordToken> token = basicCredentials(request);
        if (token.isEmpty()) {
            return unauthenticated("Sign in with HTTP Basic authentication.");
        }
        Subject subject = new Subject.Builder(securityManager).sessionCreationEnabled(false).buildSubject();
        try {
            subject.login(token.get());
        } catch (AuthenticationException e) {
            return unauthenticated("The user name or password is wrong, or the account is disabled.");
        } finally {
            token.get().clear();
        }
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (route.isEmpty()) {
            // No such route: signed in, the caller learns so (404 or 405) from the router.
            return null;
        }
        String permission = route.get().getAnnotationMetadata().stringValue(RequiresPermission.class).orElse(null);
        if (permission == null) {
            return Problems.response(ProblemType.FORBIDDEN, "This route declares no permission, so nobody may use it.", null);
        }
        if (!subject.isPermitted(permission)) {
            return Problems.response(ProblemType.FORBIDDEN, "This needs the permission " + permission + ".", null);
        }
        request.setAttribute(Actor.REQUEST_ATTRIBUTE, Actor.user(((DatabaseRealm.SignedIn) subject.getPrincipal()).username()));
        return null;
    }

    private static HttpResponse<?> unauthenticated(String detail) {
        return Problems.response(ProblemType.UNAUTHENTICATED, detail, null).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }

    private static Optional<UsernamePasswordToken> basicCredentials(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization()
                .filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
                .flatMap(value -> {
                    try {
                        String decoded = new String(Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
                        int colon = decoded.indexOf(':');
                        if (colon <= 0) {
                            return Optional.empty();
                        }
                        return Optional.of(new UsernamePasswordToken(decoded.substring(0, colon), decoded.substring(colon + 1)));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }
}
