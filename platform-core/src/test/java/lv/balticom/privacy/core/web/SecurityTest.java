package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
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
import java.util.Set;
import java.util.UUID;
import lv.balticom.privacy.core.api.RequiresPermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every API route needs sign-in and declares its permission; a test walks the router's whole table. */
@MicronautTest
class SecurityTest {

    /** The only routes open without sign-in. */
    private static final Set<String> PUBLIC_ROUTES = Set.of("GET /health", "HEAD /health", "GET /console", "HEAD /console");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void everyApiRouteAnswers401WithoutSignIn() {
        List<UriRouteInfo<?, ?>> apiRoutes = routes().stream()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                .toList();
        assertThat(apiRoutes).hasSizeGreaterThan(10);
        for (UriRouteInfo<?, ?> route : apiRoutes) {
            HttpClientResponseException error = api.error(request(route));
            assertThat(error.getStatus().getCode()).as(describe(route)).isEqualTo(401);
            if (route.getHttpMethod() != HttpMethod.HEAD) {
                problem(error, 401, null);
            }
            assertThat(error.getResponse().getHeaders().get("WWW-Authenticate")).as(describe(route)).startsWith("Basic realm=");
        }
    }

    @Test
    void everyApiRouteDeclaresItsPermission() {
        assertThat(routes()).filteredOn(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                .allSatisfy(route -> assertThat(route.getAnnotationMetadata().stringValue(RequiresPermission.class))
                        .as(describe(route)).isPresent());
    }

    @Test
    void noOtherRouteIsOpen() {
        assertThat(routes().stream()
                .filter(route -> !route.getUriMatchTemplate().toString().startsWith("/api/"))
                .map(SecurityTest::describe))
                .allSatisfy(route -> assertThat(PUBLIC_ROUTES).contains(route));
    }

    @Test
    void wrongCredentialsAreRefused() {
        problem(api.error(HttpRequest.GET("/api/v1/controller").basicAuth("admin", "wrong-password-123")), 401, null);
        problem(api.error(HttpRequest.GET("/api/v1/controller").basicAuth("nobody", "test-admin-password")), 401, null);
        problem(api.error(HttpRequest.GET("/api/v1/controller").header("Authorization", "Basic !!!")), 401, null);
        problem(api.error(HttpRequest.GET("/api/v1/controller").header("Authorization", "Bearer abc")), 401, null);
    }

    @Test
    void signedInCallersLearnOfMissingRoutesAndMethods() {
        problem(api.error(admin(HttpRequest.GET("/api/v1/nothing-here"))), 404, null);
        problem(api.error(admin(HttpRequest.DELETE("/api/v1/subjects/" + UUID.randomUUID()))), 405, null);
        problem(api.error(HttpRequest.GET("/api/v1/nothing-here")), 401, null);
    }

    @Test
    void healthIsOpen() {
        assertThat(http.toBlocking().retrieve("/health")).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theConsolePageSaysWhereThingsAreInBothLanguagesAndNothingPersonal() {
        String page = http.toBlocking().retrieve("/console");
        assertThat(page).contains("AS Balticom").contains("lang=\"lv\"").contains("lang=\"en\"").contains("/api/v1")
                .doesNotContain("@");
    }

    private List<UriRouteInfo<?, ?>> routes() {
        return router.uriRoutes().<UriRouteInfo<?, ?>>map(route -> route).toList();
    }

    private static MutableHttpRequest<?> request(UriRouteInfo<?, ?> route) {
        String uri = route.getUriMatchTemplate().expand(java.util.Map.of("id", UUID.randomUUID().toString()));
        HttpMethod method = route.getHttpMethod();
        MutableHttpRequest<?> request = HttpRequest.create(method, uri);
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            return request.body("{}").contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return request;
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate();
    }
}
