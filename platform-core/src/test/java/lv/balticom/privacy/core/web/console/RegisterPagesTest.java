package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.internal.registers.RegisterTestPlugins;
import org.junit.jupiter.api.Test;

/** A plugin's register in the console: the list, a new record, its page, the edit and delete forms, and who may use them. */
@MicronautTest
@Property(name = "privacy.test.registers", value = "true")
class RegisterPagesTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String PASSWORD = "correct-horse-battery-7";
    private static final String SUPPLIERS = "/console/plugins/" + RegisterTestPlugins.PLUGIN + "/registers/suppliers";
    private static final String CONTRACTS = "/console/plugins/" + RegisterTestPlugins.PLUGIN + "/registers/contracts";
    private static final Pattern RECORD = Pattern.compile("/registers/[a-z-]+/([0-9a-f-]{36})\\?done=");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aRecordIsCreatedShownEditedAndDeletedInTheConsole() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        ConsoleClient.Page list = admin.get(SUPPLIERS);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Piegādātāji").contains("Testa reģistri").contains("id=\"new-record\"").doesNotContain("??");

        ConsoleClient.Page form = admin.get(SUPPLIERS + "/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).doesNotContain("??")
                .contains("name=\"name\"").contains("maxlength=\"100\"")
                .contains("<textarea id=\"field-notes\" name=\"notes\"")
                .contains("type=\"number\" id=\"field-staff\" name=\"staff\"").contains("step=\"1\"").contains("max=\"10000\"")
                .contains("step=\"any\"")
                .contains("type=\"checkbox\" id=\"field-active\" name=\"active\" value=\"true\"")
                .contains("type=\"date\" id=\"field-since\"")
                .contains("<option value=\"PARTNER\">Sadarbības partneris</option>")
                .contains("<option value=\"LV\">Latvija</option>").contains("<option value=\"DE\">Vācija</option>")
                .contains("<select id=\"field-transfers\" name=\"transfers\" multiple")
                .contains("type=\"email\" id=\"field-email\"")
                .contains("name=\"dataCategories\" value=\"IDENTIFICATION\"").contains("Personas identifikācijas dati (IDENTIFICATION)")
                .contains("Divi burti un trīs cipari.");

        String name = "Konsoles piegādātājs " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> wrong = new LinkedHashMap<>(Map.of("name", name, "code", "abc", "staff", "daudz", "relation", "PARTNER",
                "country", "EE", "email", "nav-adrese", "notes", "Piezīme"));
        ConsoleClient.Page refused = admin.post(SUPPLIERS + "/new", wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Ieraksts nav saglabāts")
                .contains("id=\"problem-code\"").contains("Neatbilst prasītajam pierakstam.")
                .contains("id=\"problem-staff\"").contains("Jābūt veselam skaitlim.")
                .contains("id=\"problem-email\"").contains("Jābūt e-pasta adresei")
                .contains("value=\"" + name + "\"").contains("value=\"abc\"").contains(">Piezīme</textarea>")
                .contains("<option value=\"EE\" selected=\"selected\">Igaunija</option>")
                .contains("aria-invalid=\"true\"");

        // every field right, but the plugin's rule: a partner outside Latvia needs the agreement's date
        ConsoleClient.Page ruled = admin.post(SUPPLIERS + "/new", Map.of("name", name, "relation", "PARTNER", "country", "EE"));
        assertThat(ruled.status()).isEqualTo(400);
        assertThat(ruled.body()).contains("id=\"problem-since\"").contains("Partnerim ārpus Latvijas jānorāda līguma datums.");

        ConsoleClient.Page created = postRepeated(admin, ruled, SUPPLIERS + "/new",
                "name", name, "notes", "Pirmā rinda\r\nOtrā rinda", "staff", "12", "fee", "12,50", "active", "true",
                "since", "2024-07-01", "relation", "PARTNER", "country", "DE", "transfers", "US", "transfers", "GB",
                "email", "Info@Example.LV", "dataCategories", "IDENTIFICATION", "dataCategories", "CONTACT");
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        String id = recordId(created.location());
        assertThat(created.location()).isEqualTo(SUPPLIERS + "/" + id + "?done=record-created");

        ConsoleClient.Page shown = admin.get(created.location());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain("??").contains("Ieraksts ir saglabāts.").contains("<h1>" + name + "</h1>")
                .contains("Sadarbības partneris").doesNotContain(">PARTNER<")
                .contains("Vācija (DE)").contains("Amerikas Savienotās Valstis (US)")
                .contains("Personas identifikācijas dati (IDENTIFICATION)").contains("Personas kontaktinformācija (CONTACT)")
                .contains("Pirmā rinda<br>Otrā rinda").contains("12.50").contains("info@example.lv").contains(">Jā<")
                .contains("2024-07-01").contains("id=\"edit-record\"").contains("id=\"delete-form\"");

        ConsoleClient.Page edit = admin.get(SUPPLIERS + "/" + id + "/edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("name=\"version\" value=\"1\"").contains("value=\"" + name + "\"").contains("value=\"12.50\"")
                .contains("value=\"IDENTIFICATION\" checked=\"checked\"").contains("<option value=\"US\" selected=\"selected\"")
                .contains("name=\"active\" value=\"true\" checked=\"checked\"");

        Map<String, String> change = Map.of("version", "1", "name", name + " (labots)", "relation", "GROUP_COMPANY", "country", "LV");
        ConsoleClient.Page edited = admin.post(SUPPLIERS + "/" + id + "/edit", change);
        assertThat(edited.status()).as(edited.body()).isEqualTo(303);
        assertThat(edited.location()).isEqualTo(SUPPLIERS + "/" + id + "?done=record-updated");
        assertThat(admin.get(edited.location()).body()).contains("Izmaiņas ir saglabātas.").contains(name + " (labots)")
                .contains("id=\"version\">2<").contains(">Nē<");

        admin.get(SUPPLIERS + "/" + id + "/edit");
        ConsoleClient.Page stale = admin.post(SUPPLIERS + "/" + id + "/edit", change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("kāds cits šo ierakstu mainīja").contains("value=\"" + name + " (labots)\"");

        admin.get(SUPPLIERS + "/" + id + "/edit");
        ConsoleClient.Page invalidEdit = admin.post(SUPPLIERS + "/" + id + "/edit", Map.of("version", "2", "name", "", "relation",
                "GROUP_COMPANY", "country", "LV"));
        assertThat(invalidEdit.status()).isEqualTo(400);
        assertThat(invalidEdit.body()).contains("id=\"problem-name\"").contains("Obligāts lauks").contains("name=\"version\" value=\"2\"");

        ConsoleClient.Page search = admin.get(SUPPLIERS + "?q=" + URLEncoder.encode("(LABOTS)", StandardCharsets.UTF_8));
        assertThat(search.body()).contains(name + " (labots)").contains("Ierakstu: ");

        admin.get(SUPPLIERS + "/" + id);
        ConsoleClient.Page noReason = admin.post(SUPPLIERS + "/" + id + "/delete", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"reason-problem\"").contains("Norādiet dzēšanas iemeslu");
        ConsoleClient.Page deleted = admin.post(SUPPLIERS + "/" + id + "/delete", Map.of("reason", "Līgums beidzies"));
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(deleted.location()).isEqualTo(SUPPLIERS + "?done=record-deleted");
        assertThat(admin.get(deleted.location()).body()).contains("Ieraksts ir dzēsts.");
        assertThat(admin.get(SUPPLIERS + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void referencesAreChosenFromTheRecordsAndSubjectsLinkToTheirPages() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        String supplierName = "Atsauces piegādātājs " + UUID.randomUUID().toString().substring(0, 8);
        admin.get(SUPPLIERS + "/new");
        String supplier = recordId(admin.post(SUPPLIERS + "/new", Map.of("name", supplierName, "relation", "GROUP_COMPANY",
                "country", "LV")).location());
        Map<String, Object> subject = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/subjects",
                        Map.of("type", "CLIENT", "identifiers", Map.of("customerNumber", "C-" + UUID.randomUUID().toString().substring(0, 8))))
                .basicAuth("admin", ADMIN_PASSWORD), Argument.mapOf(String.class, Object.class));

        ConsoleClient.Page form = admin.get(CONTRACTS + "/new");
        assertThat(form.body()).contains("<option value=\"" + supplier + "\">" + supplierName + "</option>")
                .contains("id=\"field-person\" name=\"person\"").contains("size=\"36\"");
        ConsoleClient.Page wrongPerson = admin.post(CONTRACTS + "/new", Map.of("title", "Līgums", "supplier", supplier,
                "person", UUID.randomUUID().toString()));
        assertThat(wrongPerson.status()).isEqualTo(400);
        assertThat(wrongPerson.body()).contains("Nav datu subjekta ar šādu identifikatoru.")
                .contains("<option value=\"" + supplier + "\" selected=\"selected\">");

        ConsoleClient.Page created = admin.post(CONTRACTS + "/new", Map.of("title", "Līgums", "supplier", supplier,
                "person", (String) subject.get("id")));
        assertThat(created.status()).isEqualTo(303);
        ConsoleClient.Page shown = admin.get(created.location());
        assertThat(shown.body()).contains("href=\"" + SUPPLIERS + "/" + supplier + "\">" + supplierName + "</a>")
                .contains("href=\"/console/subjects/" + subject.get("id") + "\"");
        assertThat(admin.get(CONTRACTS).body()).contains("href=\"/console/subjects/" + subject.get("id") + "\"");
    }

    @Test
    void aRefusedFormSpeaksThePersonsLanguage() {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        user(username, "PRIVACY_OFFICER");
        ConsoleClient officer = new ConsoleClient(http).signIn(username, PASSWORD);
        officer.get("/console");
        officer.post("/console/language", Map.of("lang", "en", "back", "/console"));
        ConsoleClient.Page form = officer.get(SUPPLIERS + "/new");
        assertThat(form.body()).contains("New record: Suppliers").contains("<option value=\"DE\">Germany</option>")
                .contains("Personal identification data (IDENTIFICATION)").contains("Two letters and three digits.");
        ConsoleClient.Page refused = officer.post(SUPPLIERS + "/new", Map.of("name", "English", "relation", "PARTNER",
                "country", "EE", "staff", "many"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The record is not saved").contains("must be a whole number")
                .doesNotContain("Jābūt veselam skaitlim");
    }

    @Test
    void anAuditorReadsButChangesNothingAndAnAgentSeesNoRegister() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        user("auditor-" + suffix, "AUDITOR");
        user("agent-" + suffix, "AGENT");
        ConsoleClient auditor = new ConsoleClient(http).signIn("auditor-" + suffix, PASSWORD);
        ConsoleClient.Page list = auditor.get(SUPPLIERS);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("id=\"new-record\"");
        assertThat(auditor.get(SUPPLIERS + "/new").status()).isEqualTo(403);
        ConsoleClient.Page refused = auditor.post(SUPPLIERS + "/new", Map.of("name", "Auditor's", "relation", "PARTNER", "country", "LV"));
        assertThat(refused.status()).isEqualTo(403);

        ConsoleClient agent = new ConsoleClient(http).signIn("agent-" + suffix, PASSWORD);
        assertThat(agent.get(SUPPLIERS).status()).isEqualTo(403);
    }

    @Test
    void anUnknownPluginRegisterOrRecordIsNotFound() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        assertThat(admin.get("/console/plugins/no-such-plugin/registers/suppliers").status()).isEqualTo(404);
        assertThat(admin.get("/console/plugins/" + RegisterTestPlugins.PLUGIN + "/registers/no-such-register").status()).isEqualTo(404);
        ConsoleClient.Page missing = admin.get(SUPPLIERS + "/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("</html>");
        assertThat(admin.get(SUPPLIERS + "/" + UUID.randomUUID() + "/edit").status()).isEqualTo(404);
    }

    private void user(String username, String role) {
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "roles", java.util.List.of(role))).basicAuth("admin", ADMIN_PASSWORD));
    }

    /** Sends a form whose names may repeat (check boxes, several selected options), with the token of a page seen. */
    private static ConsoleClient.Page postRepeated(ConsoleClient client, ConsoleClient.Page seen, String path, String... pairs) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(seen.body());
        assertThat(token.find()).as("the page seen has a form token").isTrue();
        StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        for (int i = 0; i < pairs.length; i += 2) {
            body.append('&').append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return client.postRaw(path, body.toString());
    }

    private static String recordId(String location) {
        Matcher matcher = RECORD.matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return matcher.group(1);
    }
}
