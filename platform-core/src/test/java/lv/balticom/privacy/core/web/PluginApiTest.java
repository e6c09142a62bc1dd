package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.internal.plugins.TestPlugins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** GET /api/v1/plugins and /api/v1/plugins/{id}: an active plugin and a refused one. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("privacy.plugins.dir", TestPlugins.activeAndRefused().toString());
    }

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsActiveAndRefusedPluginsOrderedById() {
        List<Map<String, Object>> plugins = api.items("/api/v1/plugins");
        assertThat(plugins).extracting(plugin -> plugin.get("id")).containsExactly("needs-core", "processors-test");

        Map<String, Object> refused = plugins.get(0);
        assertThat(refused).containsEntry("state", "FAILED").containsEntry("source", "plugins/needs-core")
                .containsEntry("version", "?").containsEntry("spiVersion", "?").containsEntry("registers", List.of())
                .containsEntry("name", Map.of("lv", "needs-core", "en", "needs-core"));
        assertThat(refused.get("reason").toString()).contains("requires the platform module lv.balticom.privacy.core");
        assertThat((Map<String, Object>) refused.get("contributions")).containsEntry("registers", 0).containsEntry("eventListeners", 0);

        Map<String, Object> active = plugins.get(1);
        assertThat(active).containsEntry("state", "ACTIVE").containsEntry("source", "plugins/processors-test")
                .containsEntry("version", "1.0.0").containsEntry("spiVersion", "1.0").containsEntry("reason", null)
                .containsEntry("registers", List.of("things"))
                .containsEntry("name", Map.of("lv", "Spraudnis processors-test", "en", "Plugin processors-test"));
        assertThat((Map<String, Object>) active.get("contributions")).isEqualTo(Map.of("registers", 1, "subjectDataSources", 0,
                "retentionTargets", 0, "processingContributors", 1, "eventListeners", 2));
    }

    @Test
    void onePluginByItsIdAndA404ForAnother() {
        assertThat(api.get("/api/v1/plugins/processors-test")).containsEntry("state", "ACTIVE");
        assertThat(api.get("/api/v1/plugins/needs-core")).containsEntry("state", "FAILED");
        problem(api.error(admin(HttpRequest.GET("/api/v1/plugins/no-such-plugin"))), 404, "id");
    }

    @Test
    void seeingPluginsNeedsThePermissionPluginRead() {
        String name = "plugins-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = api.post("/api/v1/api-keys", "{\"name\":\"%s\",\"permissions\":[\"catalog:read\"]}".formatted(name))
                .body().get("secret").toString();
        problem(api.error(HttpRequest.GET("/api/v1/plugins").bearerAuth(secret)), 403, null);
        problem(api.error(HttpRequest.GET("/api/v1/plugins")), 401, null);
    }
}
