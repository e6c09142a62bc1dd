package lv.balticom.privacy.consent.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.testkit.TestAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The consent module's operations are in the platform's OpenAPI document ({@code GET /openapi.yml}): the module
 * writes {@code META-INF/swagger/module-openapi.yml} at compile time ({@code openapi.properties}) and the core adds
 * it to its own. Every {@code /api} route of the router, the core's and this module's, is in the served document;
 * every consent operation is described as the core's are (summary, permission, policy clauses, tag, examples,
 * problem answers), and its examples fit the schemas they illustrate.
 */
@MicronautTest(transactional = false)
class ConsentOpenApiTest {

    private static final String MODULE_DOCUMENT = "META-INF/swagger/module-openapi.yml";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern CLAUSE = Pattern.compile("POL-\\d+");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    private Map<String, Object> document;

    @BeforeEach
    void document() {
        document = parse(http.toBlocking().retrieve(TestAdmin.signedIn(HttpRequest.GET("/openapi.yml")), String.class));
    }

    @Test
    void everyApiRouteOfTheRouterTheCoresAndTheModulesIsInTheDocument() {
        Map<String, Object> paths = map(document, "paths");
        List<UriRouteInfo<?, ?>> apiRoutes = apiRoutes();
        assertThat(apiRoutes).as("the core's routes").anyMatch(route -> !isConsent(route));
        assertThat(apiRoutes.stream().filter(ConsentOpenApiTest::isConsent)).as("the consent module's routes").hasSizeGreaterThanOrEqualTo(17);

        for (UriRouteInfo<?, ?> route : apiRoutes) {
            String path = documentPath(route);
            assertThat(paths).as("the document's paths").containsKey(path);
            assertThat(map(paths, path)).as(name(route)).containsKey(method(route));
        }
        assertThat(paths).containsKeys("/api/v1/subjects", "/api/v1/checks", "/api/v1/subjects/{id}/consents",
                "/api/v1/consents/{eventId}/receipt", "/api/v1/subjects/{id}/decisions/{decisionId}/contest");
    }

    @Test
    void everyConsentOperationNamesItsPermissionAndClausesHasATagExamplesAndProblemAnswers() {
        Map<String, Object> tags = new HashMap<>();
        for (Object tag : list(document, "tags")) {
            tags.put(String.valueOf(map(tag).get("name")), map(tag).get("description"));
        }
        Set<String> operationIds = operationIds();
        for (UriRouteInfo<?, ?> route : consentRoutes()) {
            Map<String, Object> operation = operation(route);
            String hint = name(route) + " (annotate it as the other consent routes: @Operation, @ApiResponse with @ExampleObject,"
                    + " ApiProblems; see ConsentApiDocumentation)";
            Permission permission = route.getAnnotationMetadata().enumValue(RequiresPermission.class, Permission.class).orElseThrow();

            assertThat(String.valueOf(operation.get("operationId"))).as("operationId of " + hint).isNotBlank().isIn(operationIds);
            assertThat(String.valueOf(operation.get("summary"))).as("summary of " + hint).isNotBlank().isNotEqualTo("null");
            String description = String.valueOf(operation.get("description"));
            assertThat(description).as("description of " + hint).contains("`" + permission.string() + "`");
            assertThat(CLAUSE.matcher(description).find()).as("a policy clause in the description of " + hint).isTrue();
            assertThat(list(operation, "tags")).as("tags of " + hint).isNotEmpty()
                    .allSatisfy(tag -> assertThat(String.valueOf(tags.get(tag))).as("description of the tag " + tag).isNotBlank()
                            .isNotEqualTo("null"));

            for (String variable : route.getUriMatchTemplate().getVariableNames()) {
                assertThat(list(operation, "parameters")).as("path parameter " + variable + " of " + hint)
                        .anySatisfy(parameter -> assertThat(map(parameter)).containsEntry("name", variable).containsEntry("in", "path"));
            }
            if (operation.containsKey("parameters")) {
                for (Object parameter : list(operation, "parameters")) {
                    assertThat(map(parameter)).as("parameter of " + hint).containsKeys("description", "example");
                }
            }
            if (route.getHttpMethod() == HttpMethod.POST) {
                Map<String, Object> body = map(map(map(operation, "requestBody"), "content"), "application/json");
                assertThat(map(body, "examples")).as("request body examples of " + hint).isNotEmpty();
            }

            Map<String, Object> responses = map(operation, "responses");
            assertThat(responses.keySet()).as("responses of " + hint).anyMatch(code -> code.startsWith("2"))
                    .contains("400", "401", "403");
            responses.forEach((code, response) -> {
                if (code.startsWith("2")) {
                    assertThat(map(response)).as(code + " answer of " + hint).containsKey("content");
                    assertThat(map(map(map(map(response), "content"), "application/json"), "examples"))
                            .as("examples of the " + code + " answer of " + hint).isNotEmpty();
                } else {
                    assertThat(code).as("answers of " + hint).matches("4\\d\\d");
                    assertThat(map(map(map(map(response), "content"), PROBLEM_JSON), "examples"))
                            .as(code + " problem examples of " + hint).isNotEmpty();
                }
            });
        }
    }

    @Test
    void theConsentExamplesFitTheirSchemas() {
        List<String> faults = new ArrayList<>();
        int checked = 0;
        for (UriRouteInfo<?, ?> route : consentRoutes()) {
            Map<String, Object> operation = operation(route);
            List<Map<String, Object>> contents = new ArrayList<>();
            if (operation.containsKey("requestBody")) {
                contents.addAll(contents(map(map(operation, "requestBody"), "content"), name(route) + " request"));
            }
            map(operation, "responses").forEach((code, response) ->
                    contents.addAll(contents(map(map(response), "content"), name(route) + " " + code)));
            for (Map<String, Object> content : contents) {
                for (Map.Entry<String, Object> example : map(content, "examples").entrySet()) {
                    fit(map(example.getValue()).get("value"), content.get("schema"), content.get("where") + " example "
                            + example.getKey(), faults);
                    checked++;
                }
            }
            if (operation.containsKey("parameters")) {
                for (Object parameter : list(operation, "parameters")) {
                    fit(map(parameter).get("example"), map(parameter).get("schema"), name(route) + " parameter "
                            + map(parameter).get("name"), faults);
                    checked++;
                }
            }
        }
        assertThat(checked).as("examples checked").isGreaterThan(100);
        assertThat(faults).as("examples that do not fit their schemas").isEmpty();
    }

    @Test
    void theModuleWritesOneDocumentOfItsOwnWithoutServersOrSignInSchemes() throws IOException {
        List<URL> documents = Collections.list(getClass().getClassLoader().getResources(MODULE_DOCUMENT));

        // One: the main classes'. A test compile that generated one too (a controller among the test classes)
        // would add its operations to the served document.
        assertThat(documents).as(MODULE_DOCUMENT + " on the test class path").singleElement()
                .satisfies(url -> assertThat(url.toString()).doesNotContain("test-classes"));
        Map<String, Object> own;
        try (InputStream in = documents.get(0).openStream()) {
            own = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // The core's document gives the title, the servers and the sign-in schemes; the merge reads only paths,
        // components and tags of a module's document.
        assertThat(own).doesNotContainKeys("servers", "security");
        assertThat(map(own, "components")).doesNotContainKey("securitySchemes");
        assertThat(map(own, "paths").keySet()).as("only the module's own paths")
                .allMatch(path -> consentRoutes().stream().anyMatch(route -> documentPath(route).equals(path)));
        assertThat(map(own, "paths")).doesNotContainKey("/api/v1/subjects");
        List<String> declared = list(own, "tags").stream().map(tag -> String.valueOf(map(tag).get("name"))).toList();
        assertThat(declared).containsExactlyInAnyOrder(ConsentApiDocumentation.CONSENT, ConsentApiDocumentation.CHECKS,
                ConsentApiDocumentation.DECISIONS, ConsentApiDocumentation.REPORTS);
    }

    /** Checks a value against a schema of the document: known fields only, required ones present, codes, ids and times valid. */
    private void fit(Object value, Object schemaNode, String where, List<String> faults) {
        Map<String, Object> schema = resolve(schemaNode);
        if (value == null) {
            return;
        }
        if (schema.containsKey("enum")) {
            if (!((List<?>) schema.get("enum")).contains(String.valueOf(value))) {
                faults.add(where + ": " + value + " is not one of " + schema.get("enum"));
            }
            return;
        }
        String type = String.valueOf(schema.get("type"));
        if ("array".equals(type)) {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    fit(items.get(i), schema.get("items"), where + "[" + i + "]", faults);
                }
            } else {
                faults.add(where + ": not a list");
            }
        } else if ("object".equals(type) || schema.containsKey("properties")) {
            if (!(value instanceof Map<?, ?> object)) {
                faults.add(where + ": not an object");
                return;
            }
            Map<String, Object> properties = schema.containsKey("properties") ? map(schema, "properties") : Map.of();
            object.forEach((key, field) -> {
                if (properties.containsKey(String.valueOf(key))) {
                    fit(field, properties.get(String.valueOf(key)), where + "." + key, faults);
                } else if (!Boolean.TRUE.equals(schema.get("additionalProperties"))) {
                    faults.add(where + ": " + key + " is no field of the schema");
                }
            });
            if (schema.get("required") instanceof List<?> required) {
                required.stream().filter(field -> !object.containsKey(field))
                        .forEach(field -> faults.add(where + ": the required " + field + " is missing"));
            }
        } else if ("string".equals(type)) {
            if (!(value instanceof String text)) {
                faults.add(where + ": " + value + " is not a text");
            } else if (!validFormat(text, String.valueOf(schema.get("format")))) {
                faults.add(where + ": " + text + " is not a " + schema.get("format"));
            } else if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).find()) {
                faults.add(where + ": " + text + " does not match " + pattern);
            }
        } else if ("integer".equals(type) && !(value instanceof Integer || value instanceof Long)
                || "boolean".equals(type) && !(value instanceof Boolean)) {
            faults.add(where + ": " + value + " is not " + type);
        }
    }

    private static boolean validFormat(String text, String format) {
        try {
            switch (format) {
                case "date-time" -> Instant.parse(text);
                case "date" -> LocalDate.parse(text);
                case "uuid" -> {
                    return UUID.fromString(text).toString().equals(text);
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A schema with its reference followed (also the {@code allOf: [$ref]} of a nullable one). */
    private Map<String, Object> resolve(Object node) {
        Map<String, Object> schema = map(node);
        if (schema.get("$ref") instanceof String ref) {
            assertThat(ref).startsWith("#/components/schemas/");
            return resolve(map(map(map(document, "components"), "schemas"), ref.substring("#/components/schemas/".length())));
        }
        if (schema.get("allOf") instanceof List<?> parts && parts.size() == 1) {
            return resolve(parts.get(0));
        }
        return schema;
    }

    private static List<Map<String, Object>> contents(Map<String, Object> content, String where) {
        List<Map<String, Object>> media = new ArrayList<>();
        content.forEach((type, value) -> {
            Map<String, Object> withPlace = new HashMap<>(map(value));
            withPlace.put("where", where + " " + type);
            media.add(withPlace);
        });
        return media;
    }

    private Set<String> operationIds() {
        List<String> ids = new ArrayList<>();
        map(document, "paths").values().forEach(item -> map(item).values().forEach(operation -> {
            if (operation instanceof Map<?, ?> described && described.get("operationId") != null) {
                ids.add(String.valueOf(described.get("operationId")));
            }
        }));
        assertThat(ids).as("operation ids").doesNotHaveDuplicates();
        return new HashSet<>(ids);
    }

    private Map<String, Object> operation(UriRouteInfo<?, ?> route) {
        return map(map(map(document, "paths"), documentPath(route)), method(route));
    }

    private List<UriRouteInfo<?, ?>> apiRoutes() {
        return router.uriRoutes().<UriRouteInfo<?, ?>>map(route -> route)
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                // Micronaut answers HEAD for every GET; the document describes the GET.
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .toList();
    }

    private List<UriRouteInfo<?, ?>> consentRoutes() {
        List<UriRouteInfo<?, ?>> routes = apiRoutes().stream().filter(ConsentOpenApiTest::isConsent).toList();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(17);
        return routes;
    }

    private static boolean isConsent(UriRouteInfo<?, ?> route) {
        return route.getDeclaringType().getPackageName().startsWith("lv.balticom.privacy.consent");
    }

    private static String name(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + documentPath(route);
    }

    private static String method(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName().toLowerCase(Locale.ROOT);
    }

    /** A route template as the document writes it: no query part, no constraints in the variables. */
    private static String documentPath(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "").replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }

    private static Map<String, Object> parse(String yaml) {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        assertThat(parsed).as("the document").isInstanceOf(Map.class);
        return map(parsed);
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
