package lv.balticom.privacy.dsar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request routes for every role, as the core's AccessApiTest does for the core's: each declares a
 * permission, and each role reaches exactly the routes of its permissions.
 */
@MicronautTest
class DsarAccessTest {

    private static final String PASSWORD = "a-good-long-password";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleReachesExactlyTheRequestRoutesOfItsPermissions(Role role) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
        new DsarApi(http).post("/api/v1/users", "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}"
                .formatted(username, PASSWORD, role));
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes().<UriRouteInfo<?, ?>>map(route -> route)
                .filter(route -> route.getHttpMethod() == HttpMethod.GET || route.getHttpMethod() == HttpMethod.POST)
                .filter(route -> route.getDeclaringType().getPackageName().startsWith("lv.balticom.privacy.dsar"))
                .toList();
        // the router lists each route more than once (per accepted media type); 8 distinct routes
        assertThat(routes.stream().map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate()).distinct()).hasSize(8);
        for (UriRouteInfo<?, ?> route : routes) {
            Permission needed = route.getAnnotationMetadata().enumValue(RequiresPermission.class, Permission.class)
                    .orElseThrow(() -> new AssertionError(route + " declares no permission"));
            assertThat(needed.string()).startsWith("request:");
            int status = status(request(route).basicAuth(username, PASSWORD));
            String what = role + " " + route.getHttpMethodName() + " " + route.getUriMatchTemplate();
            if (role.permissions().contains(needed)) {
                assertThat(status).as(what).isNotIn(401, 403, 500);
            } else {
                assertThat(status).as(what).isEqualTo(403);
            }
        }
    }

    private static MutableHttpRequest<?> request(UriRouteInfo<?, ?> route) {
        String uri = route.getUriMatchTemplate().expand(Map.of("id", UUID.randomUUID().toString()));
        MutableHttpRequest<?> request = HttpRequest.create(route.getHttpMethod(), uri);
        if (route.getHttpMethod() == HttpMethod.POST) {
            return request.body("{}").contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return request;
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
