package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every API route needs sign-in and declares its permission; a test walks the router's whole table. */
@MicronautTest
class SecurityTest {

    /** The only routes outside the API and the console, all open: health checks. */
    private static final Set<String> PUBLIC_ROUTES = Set.of("GET /health", "HEAD /health");
    /** The OpenAPI document: outside the API, guarded by ConsoleAccess (a session, Basic or an API key). */
    private static final Set<String> DOCUMENT_ROUTES = Set.of("GET /openapi.yml", "HEAD /openapi.yml");
    /** Console routes open without a session: signing in, and the style sheet it needs. */
    private static final Set<String> OPEN_CONSOLE_ROUTES = Set.of("GET /console/sign-in", "HEAD /console/sign-in",
            "POST /console/sign-in", "GET /console/assets/{name}", "HEAD /console/assets/{name}");

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
            HttpClientResponseException error = api.error(Api.requestTo(route));
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
                .filter(route -> !route.getUriMatchTemplate().toString().startsWith("/console"))
                .map(SecurityTest::describe)
                .filter(route -> !DOCUMENT_ROUTES.contains(route)))
                .allSatisfy(route -> assertThat(PUBLIC_ROUTES).contains(route));
    }

    @Test
    void theOpenApiDocumentNeedsSignIn() {
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/openapi.yml"), String.class));
        assertThat(error.getStatus().getCode()).isEqualTo(401);
        assertThat(error.getResponse().getHeaders().get("WWW-Authenticate")).startsWith("Basic realm=");
    }

    @Test
    void everyConsoleRouteDeclaresItsPermissionUnlessItIsSignIn() {
        assertThat(consoleRoutes()).hasSizeGreaterThan(15).allSatisfy(route -> assertThat(
                OPEN_CONSOLE_ROUTES.contains(describe(route)) || route.getAnnotationMetadata().hasAnnotation(RequiresPermission.class))
                .as(describe(route)).isTrue());
    }

    @Test
    void everyConsoleFormChecksItsToken() {
        assertThat(consoleRoutes()).filteredOn(route -> route.getHttpMethod() == io.micronaut.http.HttpMethod.POST)
                .hasSizeGreaterThan(8)
                .allSatisfy(route -> assertThat(route.getAnnotationMetadata().hasAnnotation(FormTokenChecked.class))
                        .as(describe(route)).isTrue());
    }

    @Test
    void everyConsolePageSendsAStrangerToSignIn() {
        for (UriRouteInfo<?, ?> route : consoleRoutes()) {
            if (OPEN_CONSOLE_ROUTES.contains(describe(route))) {
                continue;
            }
            io.micronaut.http.HttpResponse<String> response = http.toBlocking().exchange(Api.requestTo(route), String.class);
            assertThat(response.code()).as(describe(route)).isEqualTo(303);
            assertThat(response.getHeaders().get("Location")).as(describe(route)).startsWith("/console/sign-in");
        }
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

    private List<UriRouteInfo<?, ?>> consoleRoutes() {
        return routes().stream().filter(route -> route.getUriMatchTemplate().toString().startsWith("/console")).toList();
    }

    private List<UriRouteInfo<?, ?>> routes() {
        return router.uriRoutes().<UriRouteInfo<?, ?>>map(route -> route).toList();
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate();
    }
}
