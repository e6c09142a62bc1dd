package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.internal.ropa.RopaTestPlugins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The record of processing (GDPR Art. 30) in the console: the page in the person's language, the menu item, the PDFs. */
@MicronautTest(transactional = false)
@Property(name = "privacy.test.ropa", value = "true")
class RopaPageTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeEach
    void standardContribution() {
        RopaTestPlugins.CONTRIBUTION.set(RopaTestPlugins.standard());
    }

    @Test
    @DisplayName("GDPR Art. 30: the record in Latvian and, after switching, in English, with links to both PDFs")
    void theRecordInThePersonsLanguage() {
        String auditor = createUser("AUDITOR");
        ConsoleClient client = new ConsoleClient(http).signIn(auditor, "agent-password-123");

        ConsoleClient.Page latvian = client.get("/console/ropa");
        assertThat(latvian.status()).isEqualTo(200);
        assertThat(latvian.body()).contains("Apstrādes darbību reģistrs").contains("Klienta identificēšanai")
                .contains("Līguma noslēgšana un izpilde").contains("Personas identifikācijas dati")
                .contains(RopaTestPlugins.PROCESSOR).contains("Amerikas Savienotās Valstis").contains(RopaTestPlugins.RECIPIENT_LV)
                .contains("href=\"/console/ropa.pdf?lang=lv\"").contains("href=\"/console/ropa.pdf?lang=en\"")
                .contains("href=\"/console/ropa\"").contains("Apstrādes reģistrs").contains("Ugunsmūri")
                .doesNotContain("??");

        client.post("/console/language", Map.of("lang", "en", "back", "/console/ropa"));
        ConsoleClient.Page english = client.get("/console/ropa");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("Record of processing activities").contains("Identifying the client")
                .contains("Conclusion and performance of a contract").contains("United States").contains(RopaTestPlugins.RECIPIENT_EN)
                .contains(">Record of processing<").contains("Firewalls").doesNotContain("??");
    }

    @Test
    void thePdfsDownloadFromTheConsole() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        for (String lang : new String[] {"lv", "en"}) {
            ConsoleClient.Page pdf = admin.get("/console/ropa.pdf?lang=" + lang);
            assertThat(pdf.status()).as(lang).isEqualTo(200);
            assertThat(pdf.response().getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("application/pdf"));
            assertThat(pdf.response().getHeaders().get("Content-Disposition")).startsWith("attachment; filename=\"ropa-v");
            assertThat(pdf.body()).startsWith("%PDF-");
        }
        ConsoleClient.Page refused = admin.get("/console/ropa.pdf?lang=ru");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("lv or en");
    }

    @Test
    void anAgentSeesTheRecordInTheMenu() {
        ConsoleClient agent = new ConsoleClient(http).signIn(createUser("AGENT"), "agent-password-123");
        assertThat(agent.get("/console").body()).contains("href=\"/console/ropa\"");
        assertThat(agent.get("/console/ropa").status()).isEqualTo(200);
    }

    private String createUser(String role) {
        String name = role.toLowerCase().replace('_', '-') + "-ropa-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users",
                "{\"username\":\"%s\",\"password\":\"agent-password-123\",\"roles\":[\"%s\"]}".formatted(name, role))
                .basicAuth("admin", ADMIN_PASSWORD));
        return name;
    }
}
