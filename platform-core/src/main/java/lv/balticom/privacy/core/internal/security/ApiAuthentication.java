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
import java.util.Optional;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemType;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.http.Problems;

/**
 * Guards every {@code /api/**} route: a person with HTTP Basic, or a system with
 * {@code Authorization: Bearer <API key>}. 401 without valid credentials, 403 when the route's
 * {@link RequiresPermission} is not granted, and 403 for a route that declares no permission at all (a
 * forgotten annotation must close a route, not open it). The caller is left on the request for
 * controllers ({@link Actor} for the audit ledger, {@link Principal} for the platform's own).
 */
@ServerFilter(value = "/api/**", patternStyle = FilterPatternStyle.ANT)
final class ApiAuthentication {

    static final String CHALLENGE = "Basic realm=\"Balticom Privacy Platform\", charset=\"UTF-8\"";

    private final AuthorizationHeader credentials;
    private final Authorization authorization;

    ApiAuthentication(AuthorizationHeader credentials, Authorization authorization) {
        this.credentials = credentials;
        this.authorization = authorization;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        Optional<Principal> caller = credentials.caller(request);
        if (caller.isEmpty()) {
            return Problems.response(ProblemType.UNAUTHENTICATED,
                    "Sign in with HTTP Basic, or send an API key as Authorization: Bearer <key>.", null)
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (route.isEmpty()) {
            // No such route: signed in, the caller learns so (404 or 405) from the router.
            return null;
        }
        Optional<Permission> permission = route.get().getAnnotationMetadata()
                .enumValue(RequiresPermission.class, Permission.class);
        if (permission.isEmpty()) {
            return Problems.response(ProblemType.FORBIDDEN, "This route declares no permission, so nobody may use it.", null);
        }
        if (!authorization.permits(caller.get(), permission.get())) {
            return Problems.response(ProblemType.FORBIDDEN, "This needs the permission " + permission.get().string() + ".", null);
        }
        request.setAttribute(Principal.REQUEST_ATTRIBUTE, caller.get());
        request.setAttribute(Actor.REQUEST_ATTRIBUTE, caller.get().actor());
        return null;
    }
}
