package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lv.balticom.privacy.core.internal.security.ConsoleAccess;
import lv.balticom.privacy.core.internal.security.ConsoleSessions;
import lv.balticom.privacy.core.internal.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document (generated at compile time by micronaut-openapi, openapi.properties) is served at
 * /openapi.yml, describes every API route of the router with a summary and examples, and Swagger UI at
 * /api-docs loads it, with its assets bundled (no CDN). Both need sign-in: the test sends HTTP Basic and,
 * for the pages people open in a browser, a console session as well.
 */
@MicronautTest(transactional = false)
class OpenApiTest {

    private static final Set<String> OPERATION_KEYS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Inject
    SignIn signIn;

    @Inject
    ConsoleSessions sessions;

    private BlockingHttpClient client;

    @BeforeEach
    void client() {
        client = http.toBlocking();
    }

    @Test
    void theDocumentIsOpenApi3Yaml() {
        HttpResponse<String> response = client.exchange(admin(HttpRequest.GET("/openapi.yml")), String.class);

        assertThat(response.getStatus().getCode()).isEqualTo(200);
        // Micronaut knows no media type for .yml and answers text/plain, which YAML tools and Swagger UI accept.
        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("text/"));
        Map<String, Object> document = parse(response.body());
        assertThat(String.valueOf(document.get("openapi"))).startsWith("3.");
        Map<String, Object> info = map(document, "info");
        assertThat(info.get("title")).isEqualTo("Balticom Privacy Platform API");
        assertThat(String.valueOf(info.get("version"))).isNotBlank();
        assertThat(String.valueOf(info.get("description"))).isNotBlank();
        assertThat(list(document, "servers")).singleElement()
                .satisfies(server -> assertThat(((Map<?, ?>) server).get("url")).isEqualTo("/"));
    }

    @Test
    void everyApiRouteOfTheRouterIsDescribed() {
        Map<String, Object> paths = map(document(), "paths");
        List<UriRouteInfo<?, ?>> apiRoutes = router.uriRoutes().<UriRouteInfo<?, ?>>map(route -> route)
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                // Micronaut answers HEAD for every GET; the document describes the GET.
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .toList();
        assertThat(apiRoutes).hasSizeGreaterThan(20);

        for (UriRouteInfo<?, ?> route : apiRoutes) {
            String path = documentPath(route.getUriMatchTemplate().toString());
            String method = route.getHttpMethodName().toLowerCase(Locale.ROOT);
            assertThat(paths).as("the document's paths").containsKey(path);
            assertThat(map(paths, path)).as(route.getHttpMethodName() + " " + path).containsKey(method);
        }
    }

    @Test
    void everyOperationHasASummaryATagAndExamples() {
        Map<String, Object> paths = map(document(), "paths");
        assertThat(paths).containsKey("/health");
        List<String> described = new ArrayList<>();
        paths.forEach((path, item) -> map(item).forEach((method, value) -> {
            if (!OPERATION_KEYS.contains(method)) {
                return;
            }
            String name = method.toUpperCase(Locale.ROOT) + " " + path;
            Map<String, Object> operation = map(value);
            String hint = name + " (annotate it: @Operation, @Tag, @ApiResponse with @ExampleObject; see ApiDocumentation)";
            assertThat(String.valueOf(operation.get("summary"))).as("summary of " + hint).isNotBlank().isNotEqualTo("null");
            assertThat(list(operation, "tags")).as("tag of " + hint).isNotEmpty();
            assertThat(examples(operation)).as("examples of " + hint).isPositive();
            Map<String, Object> responses = map(operation, "responses");
            responses.forEach((code, response) -> {
                if (code.startsWith("2") && map(response).containsKey("content")) {
                    assertThat(examples(response)).as("example of the " + code + " answer of " + hint).isPositive();
                }
            });
            if (operation.containsKey("requestBody")) {
                assertThat(examples(operation.get("requestBody"))).as("example of the request body of " + hint).isPositive();
            }
            if (path.startsWith("/api/")) {
                for (String code : List.of("401", "403")) {
                    assertThat(responses).as("responses of " + hint).containsKey(code);
                    Map<String, Object> problem = map(map(map(responses, code), "content"), "application/problem+json");
                    assertThat(examples(problem)).as(code + " example of " + hint).isPositive();
                }
            }
            described.add(name);
        }));
        assertThat(described).contains("GET /health", "POST /api/v1/subjects", "GET /api/v1/audit");
    }

    @Test
    void signInIsHttpBasicOrAnApiKeyAndHealthIsOpen() {
        Map<String, Object> document = document();
        Map<String, Object> schemes = map(map(document, "components"), "securitySchemes");
        assertThat(map(schemes, "basicAuth")).containsEntry("type", "http").containsEntry("scheme", "basic");
        assertThat(map(schemes, "bearerAuth")).containsEntry("type", "http").containsEntry("scheme", "bearer")
                .containsEntry("bearerFormat", "API key");
        assertThat(list(document, "security")).containsExactly(Map.of("basicAuth", List.of()), Map.of("bearerAuth", List.of()));
        // An empty requirement: no sign-in.
        assertThat(list(map(map(map(document, "paths"), "/health"), "get"), "security")).containsExactly(Map.of());
    }

    @Test
    void swaggerUiLoadsTheDocumentAndItsBundledAssets() {
        HttpResponse<String> page = client.exchange(signedIn(HttpRequest.GET("/api-docs")), String.class);
        assertThat(page.getStatus().getCode()).isEqualTo(200);
        assertThat(page.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("text/html"));
        assertThat(page.body()).contains("url: contextPath + '/openapi.yml'")
                .contains("/api-docs/res/swagger-ui-bundle.js")
                .doesNotContain("https://");

        HttpResponse<String> script = client.exchange(signedIn(HttpRequest.GET("/api-docs/res/swagger-ui-bundle.js")), String.class);
        assertThat(script.getStatus().getCode()).isEqualTo(200);
        assertThat(script.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).contains("javascript"));
        assertThat(script.body()).contains("SwaggerUIBundle");

        HttpResponse<String> style = client.exchange(signedIn(HttpRequest.GET("/api-docs/res/swagger-ui.css")), String.class);
        assertThat(style.getStatus().getCode()).isEqualTo(200);
        assertThat(style.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("text/css"));
    }

    /** A request with HTTP Basic and a console session of the test administrator. */
    private <T> MutableHttpRequest<T> signedIn(MutableHttpRequest<T> request) {
        String session = sessions.start(signIn.withPassword(Api.ADMIN, Api.PASSWORD, SignIn.Channel.CONSOLE).orElseThrow());
        return admin(request).cookie(Cookie.of(ConsoleAccess.SESSION_COOKIE, session));
    }

    private Map<String, Object> document() {
        return parse(client.retrieve(admin(HttpRequest.GET("/openapi.yml")), String.class));
    }

    /** A route template as the document writes it: no query part, no constraints in the variables. */
    private static String documentPath(String template) {
        return template.replaceAll("\\{[?&][^}]*}", "").replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }

    /** How many examples an object of the document holds anywhere inside it. */
    private static int examples(Object node) {
        int count = 0;
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if ("examples".equals(entry.getKey()) && entry.getValue() instanceof Map<?, ?> examples) {
                    count += examples.size();
                } else if ("example".equals(entry.getKey())) {
                    count++;
                } else {
                    count += examples(entry.getValue());
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                count += examples(item);
            }
        }
        return count;
    }

    private static Map<String, Object> parse(String yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        assertThat(document).as("the document").isInstanceOf(Map.class);
        return map(document);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return map(parent.get(key));
    }

    private static List<Object> list(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        assertThat(parent.get(key)).as(key).isInstanceOf(List.class);
        return new ArrayList<>((List<?>) parent.get(key));
    }
}
