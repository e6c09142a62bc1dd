package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A module adds pages to the console without touching the core (issue 5 prerequisite): the example
 * module in {@code lv.balticom.privacy.example.console} (test sources) contributes a menu item, a panel
 * on the data subject's page, its own pages with forms, and its texts, through
 * {@code lv.balticom.privacy.core.api.console} only.
 */
@MicronautTest
@Property(name = "privacy.test.example-module", value = "true")
@DisplayName("The console API: a module's menu item, subject panel, pages, forms and texts")
class ConsoleContributionTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String USER_PASSWORD = "module-user-password-1";
    private static final Path EXAMPLE_SOURCES = Path.of("src/test/java/lv/balticom/privacy/example/console");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @DisplayName("the module's menu item is in the menu at its position, with its Latvian label; its page is drawn in the core's layout")
    void theMenuHoldsTheModulesItemInItsPlace() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        String dashboard = admin.get("/console").body();
        List<String> hrefs = menuHrefs(dashboard);
        assertThat(hrefs).as("in the Administration group, at its position").containsSubsequence("/console/users", "/console/api-keys",
                "/console/example", "/console/plugins");
        assertThat(dashboard.substring(dashboard.indexOf("<details class=\"menu-group\""))).contains(">Piezīmes</a>");

        ConsoleClient.Page overview = admin.get("/console/example");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).as("the module's page in the core's layout, with the module's texts")
                .contains("AS Balticom").contains("<h1>Piezīmes</h1>").contains("Jūs esat pierakstījies kā admin.")
                .contains("class=\"active\"").doesNotContain("??");
    }

    @Test
    @DisplayName("the subject page draws the module's panel; its form needs the form token, then adds a note (Post/Redirect/Get "
            + "with the module's notice); a refused form shows the error beside the field")
    void thePanelAndItsFormWork() {
        String subject = createSubject();
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        String page = admin.get("/console/subjects/" + subject).body();
        assertThat(page).contains("data-panel=\"console/example/subject-notes :: panel\"").contains("<h2>Piezīmes</h2>")
                .contains("Piezīmju vēl nav.").contains("id=\"example-note-form\"").doesNotContain("??");
        assertThat(page.indexOf("subject-panel")).as("the panel comes after the identifiers, before the audit entries")
                .isGreaterThan(page.indexOf("class=\"facts\"")).isLessThan(page.indexOf("Audita ieraksti par šo subjektu"));

        String notes = "/console/example/subjects/" + subject + "/notes";
        assertThat(admin.postRaw(notes, "text=without+a+token").status()).as("a form without its token").isEqualTo(403);
        assertThat(admin.postRaw(notes, "_csrf=forged&text=forged+token").status()).as("a form with another token").isEqualTo(403);
        assertThat(admin.get("/console/subjects/" + subject).body()).as("nothing was added").contains("Piezīmju vēl nav.");

        ConsoleClient.Page added = admin.post(notes, Map.of("text", "Called about the invoice"));
        assertThat(added.status()).as(added.body()).isEqualTo(303);
        assertThat(added.location()).isEqualTo("/console/subjects/" + subject + "?done=example-note-added");
        String after = admin.get(added.location()).body();
        assertThat(after).contains("class=\"notice\"").contains("Piezīme pievienota; tā redzama subjekta lapā.")
                .contains("Called about the invoice").contains("user:admin");

        admin.get("/console/example/subjects/" + subject + "/notes/new");
        ConsoleClient.Page refused = admin.post(notes, Map.of("text", "x".repeat(201)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Pārbaudiet lauku „Teksts”: A note has at most 200 characters.")
                .contains("id=\"note-form\"").contains("<h1>Piezīme par datu subjektu</h1>");

        assertThat(admin.get("/console/subjects/" + subject + "?done=example-nothing").body()).as("a notice without a text")
                .doesNotContain("class=\"notice\"");
        assertThat(admin.get("/console/example/subjects/" + UUID.randomUUID() + "/notes/new").status())
                .as("the module's own 404 for an unknown subject").isEqualTo(404);
    }

    @Test
    @DisplayName("in English the module's texts are English, the core's too")
    void theModulesTextsFollowThePersonsLanguage() {
        String subject = createSubject();
        String officer = createUser("PRIVACY_OFFICER");
        ConsoleClient client = new ConsoleClient(http).signIn(officer, USER_PASSWORD);
        client.get("/console");
        assertThat(client.post("/console/language", Map.of("lang", "en", "back", "/console")).status()).isEqualTo(303);
        String page = client.get("/console/subjects/" + subject).body();
        assertThat(page).contains("lang=\"en\"").contains(">Notes</a>").contains("<h2>Notes</h2>").contains("No notes yet.")
                .contains("Data subject").doesNotContain("Piezīmes");
        ConsoleClient.Page added = client.post("/console/example/subjects/" + subject + "/notes", Map.of("text", "In English"));
        assertThat(client.get(added.location()).body()).contains("The note is added; the subject’s page shows it.")
                .contains("user:" + officer);
    }

    @Test
    @DisplayName("a person without the panel's permission sees neither the menu item nor the panel, and gets 403 on the module's pages")
    void theMenuItemAndThePanelFollowThePermissions() {
        String subject = createSubject();
        String agent = createUser("AGENT"); // subject:read, no request:read
        ConsoleClient client = new ConsoleClient(http).signIn(agent, USER_PASSWORD);
        assertThat(menuHrefs(client.get("/console").body())).contains("/console/subjects").doesNotContain("/console/example");
        String page = client.get("/console/subjects/" + subject).body();
        assertThat(page).contains("Datu subjekts").doesNotContain("subject-panel").doesNotContain("Piezīmes");
        assertThat(client.get("/console/example").status()).isEqualTo(403);
        client.get("/console/subjects/" + subject);
        assertThat(client.post("/console/example/subjects/" + subject + "/notes", Map.of("text", "not allowed")).status())
                .isEqualTo(403);

        String auditor = createUser("AUDITOR"); // request:read, no request:manage
        ConsoleClient reader = new ConsoleClient(http).signIn(auditor, USER_PASSWORD);
        assertThat(reader.get("/console/subjects/" + subject).body()).as("the panel without its form")
                .contains("subject-panel").doesNotContain("example-note-form");
    }

    @Test
    @DisplayName("the example module, like a feature module, uses nothing of the core but lv.balticom.privacy.core.api..")
    void theExampleModuleUsesOnlyTheCoreApi() throws IOException {
        assertThat(EXAMPLE_SOURCES).as("run from platform-core, as Maven does").isDirectory();
        Pattern ours = Pattern.compile("^import (static )?(lv\\.balticom\\.privacy\\.[\\w.]+);", Pattern.MULTILINE);
        try (Stream<Path> sources = Files.list(EXAMPLE_SOURCES)) {
            List<Path> files = sources.filter(file -> file.toString().endsWith(".java")).toList();
            assertThat(files).hasSizeGreaterThan(5);
            for (Path file : files) {
                Matcher imports = ours.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (imports.find()) {
                    assertThat(imports.group(2)).as(file.getFileName().toString())
                            .matches("lv\\.balticom\\.privacy\\.(core\\.api|example\\.console)\\..*");
                }
            }
        }
    }

    private static List<String> menuHrefs(String page) {
        String menu = page.substring(page.indexOf("<nav class=\"menu\""), page.indexOf("</nav>"));
        return Pattern.compile("href=\"([^\"]+)\"").matcher(menu).results().map(match -> match.group(1)).toList();
    }

    private String createSubject() {
        Map<String, Object> created = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/subjects", Map.of("type", "CLIENT",
                        "identifiers", Map.of("customerNumber", "M-" + UUID.randomUUID().toString().substring(0, 8))))
                .basicAuth("admin", ADMIN_PASSWORD), Argument.mapOf(String.class, Object.class));
        return created.get("id").toString();
    }

    private String createUser(String role) {
        String name = "module-" + role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users",
                "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}".formatted(name, USER_PASSWORD, role))
                .basicAuth("admin", ADMIN_PASSWORD));
        return name;
    }
}
