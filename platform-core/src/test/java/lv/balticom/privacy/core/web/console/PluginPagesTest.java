package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.internal.plugins.TestPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The console's plugins page: an active plugin with links to its registers, a refused one with the reason. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginPagesTest implements TestPropertyProvider {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("privacy.plugins.dir", TestPlugins.activeAndRefused().toString());
    }

    @Test
    void thePageShowsBothStatesInLatvian() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        ConsoleClient.Page page = admin.get("/console/plugins");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Spraudņi</h1>").contains("href=\"/console/plugins\"").doesNotContain("??")
                .contains("Spraudnis processors-test").contains("data-state=\"ACTIVE\"").contains(">Aktīvs<")
                .contains("href=\"/console/plugins/processors-test/registers/things\"").contains(">Lietas<")
                .contains("data-state=\"FAILED\"").contains(">Atteikts<").contains("Iemesls:")
                .contains("requires the platform module lv.balticom.privacy.core");
    }

    @Test
    void thePageShowsBothStatesInEnglish() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        admin.get("/console/plugins");
        admin.post("/console/language", Map.of("lang", "en", "back", "/console/plugins"));
        String body = admin.get("/console/plugins").body();
        assertThat(body).contains("<h1>Plugins</h1>").contains("Plugin processors-test").contains(">Active<").contains(">Things<")
                .contains(">Failed<").contains("Reason:");
        admin.post("/console/language", Map.of("lang", "lv", "back", "/console/plugins"));
    }

    @Test
    void anAgentNeitherSeesNorOpensThePage() {
        String agent = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users",
                "{\"username\":\"%s\",\"password\":\"agent-password-123\",\"roles\":[\"AGENT\"]}".formatted(agent))
                .basicAuth("admin", ADMIN_PASSWORD));
        ConsoleClient client = new ConsoleClient(http).signIn(agent, "agent-password-123");
        assertThat(client.get("/console").body()).doesNotContain("href=\"/console/plugins\"");
        assertThat(client.get("/console/plugins").status()).isEqualTo(403);
    }
}
