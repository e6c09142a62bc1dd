package lv.balticom.privacy.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The served OpenAPI document is the core's with each feature module's paths, schemas and tags added. */
class OpenApiDocumentTest {

    @TempDir
    Path dir;

    @Test
    void aModulesDocumentAddsItsPathsSchemasAndTagsAndTheCoresWinOnAClash() throws IOException {
        Path consent = module("consent", """
                openapi: 3.0.1
                info: {title: consent, version: "0"}
                paths:
                  /api/v1/checks:
                    get: {summary: "Is it permitted?", tags: [Consent]}
                  /health:
                    get: {summary: "a module must not redefine this"}
                components:
                  schemas:
                    CheckAnswer: {type: object}
                tags:
                  - name: Consent
                    description: The consent ledger.
                """);
        Path dsar = module("dsar", """
                openapi: 3.0.1
                info: {title: dsar, version: "0"}
                paths:
                  /api/v1/requests:
                    post: {summary: "Receive a request", tags: [Requests]}
                """);
        ClassLoader loader = new URLClassLoader(new URL[] {consent.toUri().toURL(), dsar.toUri().toURL()}, getClass().getClassLoader());

        Map<String, Object> document = yaml(OpenApiDocument.merged(loader));

        assertThat(map(document.get("info")).get("title")).isEqualTo("Balticom Privacy Platform API");
        Map<String, Object> paths = map(document.get("paths"));
        assertThat(paths).containsKeys("/api/v1/subjects", "/api/v1/checks", "/api/v1/requests");
        assertThat(map(map(paths.get("/health")).get("get")).get("summary")).isNotEqualTo("a module must not redefine this");
        assertThat(map(map(document.get("components")).get("schemas"))).containsKey("CheckAnswer");
        assertThat(map(document.get("components")).get("securitySchemes")).as("the core's sign-in schemes stay").isNotNull();
        assertThat(((List<?>) document.get("tags")).stream().map(tag -> map(tag).get("name")).toList()).contains("Data subjects", "Consent");
    }

    @Test
    void aCoreTypeThatAModuleDescribesAgainWithoutItsJavadocIsNoClash() {
        Map<String, Object> core = yaml("""
                type: object
                required: [title]
                description: An error answer.
                properties:
                  title: {type: string, description: the type's title}
                  description: {type: string, description: a property that happens to be called so}
                """);
        Map<String, Object> sameShape = yaml("""
                type: object
                required: [title]
                properties:
                  title: {type: string}
                  description: {type: string}
                """);
        Map<String, Object> otherShape = yaml("""
                type: object
                required: [title]
                properties:
                  title: {type: integer}
                  description: {type: string}
                """);
        Map<String, Object> lacksAProperty = yaml("""
                type: object
                required: [title]
                properties:
                  title: {type: string}
                """);

        assertThat(OpenApiDocument.differs(core, sameShape)).isFalse();
        assertThat(OpenApiDocument.differs(core, otherShape)).isTrue();
        assertThat(OpenApiDocument.differs(core, lacksAProperty)).as("a property named description is no description").isTrue();
    }

    @Test
    void examplesKeepTheirTimesAndDaysAsWritten() throws IOException {
        Path consent = module("consent", """
                openapi: 3.0.1
                info: {title: consent, version: "0"}
                paths:
                  /api/v1/consents/{eventId}:
                    get:
                      summary: A consent event
                      responses:
                        "200":
                          description: The event.
                          content:
                            application/json:
                              examples:
                                event:
                                  value:
                                    recordedAt: 2026-11-29T08:15:03.512877Z
                                    policyVersion: 2025-10-07
                """);
        ClassLoader loader = new URLClassLoader(new URL[] {consent.toUri().toURL()}, getClass().getClassLoader());

        Object value = yaml(OpenApiDocument.merged(loader));
        for (String key : List.of("paths", "/api/v1/consents/{eventId}", "get", "responses", "200", "content", "application/json",
                "examples", "event", "value")) {
            value = map(value).get(key);
        }

        // A YAML 1.1 reader (this one, Swagger UI's) reads them as texts, unchanged: no microsecond lost, no day made an instant.
        assertThat(map(value)).containsEntry("recordedAt", "2026-11-29T08:15:03.512877Z").containsEntry("policyVersion", "2025-10-07");
    }

    @Test
    void withoutModulesItIsTheCoresDocument() {
        Map<String, Object> document = yaml(OpenApiDocument.merged(getClass().getClassLoader()));
        assertThat(map(document.get("paths"))).containsKey("/api/v1/subjects").doesNotContainKey("/api/v1/checks");
    }

    private Path module(String name, String yaml) throws IOException {
        Path root = dir.resolve(name);
        Path file = root.resolve(OpenApiDocument.MODULE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
