package lv.balticom.privacy.consent.web.console;

import static lv.balticom.privacy.consent.web.console.ConsoleSession.USER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The consent panel on the data subject's page and the pages it leads to, over HTTP as a browser sends them:
 * the current consents and preferences, the forms to record a consent, a withdrawal and an opt-out
 * (Post/Redirect/Get, form token, refused forms that change nothing), the history and an event's record; who may
 * see and do what.
 */
@MicronautTest(transactional = false)
@DisplayName("Issue 5 console: the consent panel on the subject's page, its forms, the history and the records")
class ConsentPanelPagesTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @DisplayName("the panel shows every consent purpose and every channel, nothing recorded yet, the history link and, for an "
            + "administrator, both forms; after the identifiers and before the audit entries")
    void thePanelOfANewSubject() {
        String subject = ConsoleSession.subject(http);
        ConsoleSession admin = new ConsoleSession(http).signInAsAdmin();
        ConsoleSession.Page page = admin.get("/console/subjects/" + subject);
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("data-panel=\"console/consent/subject-panel :: panel\"")
                .contains("<h2 id=\"consents\">Piekrišanas un saziņas izvēles</h2>")
                .contains("Notikumi piekrišanu žurnālā: 0.")
                .contains("href=\"/console/consents/subjects/" + subject + "/history\"")
                .contains("id=\"consent-form\"").contains("id=\"opt-out-form\"")
                .doesNotContain("??");
        assertThat(body.indexOf("data-panel=\"console/consent/subject-panel")).as("after the identifiers, before the audit entries")
                .isGreaterThan(body.indexOf("class=\"facts\"")).isLessThan(body.indexOf("Audita ieraksti par šo subjektu"));
        for (String purpose : List.of("USAGE_ANALYSIS", "PERSONALISED_OFFERS", "AUTOMATED_DECISIONS", "SURVEY_FOLLOW_UP")) {
            assertThat(Html.cells(Html.row(body, "data-purpose=\"" + purpose + "\""))).as(purpose).contains("Nav reģistrēta", "—");
        }
        assertThat(Html.rows(Html.element(body, "table", "id=\"consent-purposes\""))).as("contract messages need no consent")
                .noneMatch(row -> row.contains("CONTRACT_MESSAGES"));
        String channels = Html.element(body, "table", "id=\"consent-channels\"");
        assertThat(Html.rows(channels)).hasSize(10);
        assertThat(channels).contains("<th>Balticom komerciālie paziņojumi</th>").contains("<th>Partneru komerciālie paziņojumi</th>");
        assertThat(Html.cells(Html.row(channels, "data-channel=\"WHATSAPP\""))).containsExactly("WhatsApp", "Nav reģistrēta", "Nav reģistrēta");
        assertThat(body).contains("Neviens pirkums nav reģistrēts.").contains("Neviens automatizēts lēmums nav reģistrēts.");
        // every field of the forms has its label
        for (String id : List.of("consent-purpose", "consent-channel", "consent-collectedVia", "consent-evidence", "consent-occurredAt",
                "opt-out-channel", "opt-out-collectedVia", "opt-out-evidence", "opt-out-occurredAt")) {
            assertThat(body).as(id).contains("<label for=\"" + id + "\"");
        }
    }

    @Test
    @DisplayName("POL-34, POL-35, POL-38: a consent recorded with the panel's form (Post/Redirect/Get with a notice) shows in the panel "
            + "with since when and how; the time typed is Riga time; a withdrawal replaces it; one audit entry each")
    void aConsentAndItsWithdrawalThroughTheForm() {
        String subject = ConsoleSession.subject(http);
        ConsoleSession admin = new ConsoleSession(http).signInAsAdmin();
        admin.get("/console/subjects/" + subject);
        long audit = ConsoleSession.auditSize(http);
        LocalDateTime typed = LocalDateTime.now(RIGA).minusHours(3).truncatedTo(ChronoUnit.MINUTES);

        ConsoleSession.Page recorded = admin.post("/console/consents/subjects/" + subject + "/consents", Map.of("purpose", "COMMERCIAL_NOTICES",
                "channel", "EMAIL", "decision", "GRANTED", "collectedVia", "PHONE", "evidence", "CALL-2026-1", "occurredAt", FIELD.format(typed)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(303);
        assertThat(recorded.location()).isEqualTo("/console/subjects/" + subject + "?done=consent-granted");
        assertThat(ConsoleSession.auditSize(http)).as("one audit entry").isEqualTo(audit + 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> event = ((List<Map<String, Object>>) ConsoleSession.apiGet(http,
                "/api/v1/subjects/" + subject + "/consents/history").get("items")).get(0);
        assertThat(event).containsEntry("purpose", "COMMERCIAL_NOTICES").containsEntry("channel", "EMAIL")
                .containsEntry("collectedVia", "PHONE").containsEntry("evidence", "CALL-2026-1").containsEntry("actor", "user:admin");
        assertThat(Instant.parse(event.get("occurredAt").toString())).as("typed in Riga time").isEqualTo(typed.atZone(RIGA).toInstant());

        String after = admin.get(recorded.location()).body();
        assertThat(after).contains("class=\"notice\"").contains("Piekrišana reģistrēta; pārbaudes pēc tās atbild uzreiz.")
                .contains("Notikumi piekrišanu žurnālā: 1.");
        String email = Html.row(Html.element(after, "table", "id=\"consent-channels\""), "data-channel=\"EMAIL\"");
        assertThat(Html.cells(email)).containsExactly("E-pasts",
                "Dota kopš " + typed.toString().replace('T', ' ') + ", Klientu apkalpošanas tālrunis", "Nav reģistrēta");
        assertThat(ConsoleSession.apiGet(http, "/api/v1/checks?subject=" + subject + "&purpose=COMMERCIAL_NOTICES&channel=EMAIL"))
                .containsEntry("permitted", true);

        ConsoleSession.Page withdrawn = admin.post("/console/consents/subjects/" + subject + "/consents", Map.of("purpose", "COMMERCIAL_NOTICES",
                "channel", "EMAIL", "decision", "WITHDRAWN", "collectedVia", "EMAIL"));
        assertThat(withdrawn.location()).isEqualTo("/console/subjects/" + subject + "?done=consent-withdrawn");
        String now = admin.get(withdrawn.location()).body();
        assertThat(now).contains("Atsaukums reģistrēts; pārbaudes pēc tā atbild uzreiz.");
        assertThat(Html.cells(Html.row(Html.element(now, "table", "id=\"consent-channels\""), "data-channel=\"EMAIL\"")).get(1))
                .startsWith("Atsaukta kopš ").endsWith(", E-pasts");
        assertThat(ConsoleSession.apiGet(http, "/api/v1/checks?subject=" + subject + "&purpose=COMMERCIAL_NOTICES&channel=EMAIL"))
                .containsEntry("permitted", false);

        ConsoleSession.Page usage = admin.post("/console/consents/subjects/" + subject + "/consents", Map.of("purpose", "USAGE_ANALYSIS",
                "decision", "GRANTED", "collectedVia", "IN_PERSON"));
        assertThat(usage.status()).isEqualTo(303);
        assertThat(Html.cells(Html.row(admin.get(usage.location()).body(), "data-purpose=\"USAGE_ANALYSIS\"")))
                .contains("Dota", "Klātienē");
        assertThat(ConsoleSession.auditSize(http)).isEqualTo(audit + 3);
    }

    @Test
    @DisplayName("POL-35..40: refused forms change nothing and show their page again with the problem beside the field and what was "
            + "typed: a channel missing or not wanted, no decision, an unknown way, a future or unreadable time, a purpose without "
            + "consent, too long evidence; 403 without the form token; 404 for an unknown subject")
    void refusedFormsChangeNothing() {
        String subject = ConsoleSession.subject(http);
        ConsoleSession admin = new ConsoleSession(http).signInAsAdmin();
        admin.get("/console/subjects/" + subject);
        String path = "/console/consents/subjects/" + subject + "/consents";
        long audit = ConsoleSession.auditSize(http);

        ConsoleSession.Page noChannel = admin.post(path, Map.of("purpose", "COMMERCIAL_NOTICES", "decision", "GRANTED",
                "collectedVia", "SHOP", "evidence", "FORM-77"));
        assertThat(noChannel.status()).isEqualTo(400);
        assertThat(noChannel.body()).contains("<h1>Reģistrēt piekrišanu vai tās atsaukumu</h1>")
                .contains("Pārbaudiet lauku „Kanāls”: is required")
                .contains("<p class=\"problem\" id=\"problem-channel\">is required")
                .containsPattern("<select id=\"consent-channel\" name=\"channel\" aria-invalid=\"true\" aria-describedby=\"problem-channel consent-channel-help\">")
                .containsPattern("<option value=\"COMMERCIAL_NOTICES\" selected=\"selected\">")
                .containsPattern("<option value=\"SHOP\" selected=\"selected\">")
                .contains("value=\"FORM-77\"")
                .containsPattern("value=\"GRANTED\" id=\"consent-decision-granted\" required checked=\"checked\"")
                .contains("href=\"/console/subjects/" + subject + "\"").doesNotContain("??");

        refused(admin, path, Map.of("purpose", "USAGE_ANALYSIS", "channel", "SMS", "decision", "GRANTED", "collectedVia", "APP"), "channel",
                "Kanāls");
        refused(admin, path, Map.of("purpose", "USAGE_ANALYSIS", "collectedVia", "APP"), "decision", "Lēmums");
        refused(admin, path, Map.of("purpose", "USAGE_ANALYSIS", "decision", "GRANTED", "collectedVia", "CARRIER_PIGEON"), "collectedVia",
                "Kā subjekts to pauda");
        refused(admin, path, Map.of("purpose", "USAGE_ANALYSIS", "decision", "GRANTED"), "collectedVia", "Kā subjekts to pauda");
        refused(admin, path, Map.of("purpose", "USAGE_ANALYSIS", "decision", "GRANTED", "collectedVia", "APP",
                "occurredAt", FIELD.format(LocalDateTime.now(RIGA).plusDays(1))), "occurredAt", "Kad");
        refused(admin, path, Map.of("purpose", "USAGE_ANALYSIS", "decision", "GRANTED", "collectedVia", "APP", "occurredAt", "yesterday"),
                "occurredAt", "Kad");
        refused(admin, path, Map.of("purpose", "CONTRACT_MESSAGES", "decision", "GRANTED", "collectedVia", "APP"), "purpose", "Nolūks");
        refused(admin, path, Map.of("purpose", "NO_SUCH_PURPOSE", "decision", "GRANTED", "collectedVia", "APP"), "purpose", "Nolūks");
        refused(admin, path, Map.of("decision", "GRANTED", "collectedVia", "APP"), "purpose", "Nolūks");
        refused(admin, path, Map.of("purpose", "USAGE_ANALYSIS", "decision", "GRANTED", "collectedVia", "APP", "evidence", "x".repeat(1001)),
                "evidence", "Pierādījums");

        assertThat(admin.postRaw(path, "purpose=USAGE_ANALYSIS&decision=GRANTED&collectedVia=APP").status()).as("no form token").isEqualTo(403);
        assertThat(admin.postRaw(path, "_csrf=forged&purpose=USAGE_ANALYSIS&decision=GRANTED&collectedVia=APP").status())
                .as("a forged form token").isEqualTo(403);

        assertThat(ConsoleSession.historySize(http, subject)).as("nothing recorded").isZero();
        assertThat(ConsoleSession.auditSize(http)).as("nothing audited").isEqualTo(audit);

        String unknown = UUID.randomUUID().toString();
        admin.get("/console/subjects/" + subject);
        assertThat(admin.post("/console/consents/subjects/" + unknown + "/consents", Map.of("purpose", "USAGE_ANALYSIS", "decision", "GRANTED",
                "collectedVia", "APP")).status()).isEqualTo(404);
        assertThat(admin.get("/console/consents/subjects/" + unknown + "/consents").status()).isEqualTo(404);
        assertThat(admin.get("/console/consents/subjects/not-an-id/consents").status()).isIn(400, 404);

        ConsoleSession.Page form = admin.get(path);
        assertThat(form.status()).as("the form's own page").isEqualTo(200);
        assertThat(form.body()).contains("<h1>Reģistrēt piekrišanu vai tās atsaukumu</h1>").contains("id=\"consent-form\"")
                .doesNotContain("class=\"problem\"").doesNotContain("??");
    }

    @Test
    @DisplayName("POL-46: an opt-out through the panel's form withdraws every commercial notice of the company and its partners on "
            + "every channel, or on the one chosen; a refused opt-out changes nothing")
    void optOutThroughTheForm() {
        String subject = ConsoleSession.subject(http);
        ConsoleSession.consent(http, subject, "COMMERCIAL_NOTICES", "EMAIL", "GRANTED", null);
        ConsoleSession.consent(http, subject, "PARTNER_COMMERCIAL_NOTICES", "SMS", "GRANTED", null);
        ConsoleSession.consent(http, subject, "USAGE_ANALYSIS", null, "GRANTED", null);
        ConsoleSession admin = new ConsoleSession(http).signInAsAdmin();
        admin.get("/console/subjects/" + subject);
        String path = "/console/consents/subjects/" + subject + "/opt-out";
        long audit = ConsoleSession.auditSize(http);

        ConsoleSession.Page noWay = admin.post(path, Map.of("channel", "SMS"));
        assertThat(noWay.status()).isEqualTo(400);
        assertThat(noWay.body()).contains("<h1>Atteikties no komerciālajiem paziņojumiem</h1>")
                .contains("Pārbaudiet lauku „Kā subjekts to pauda”").contains("id=\"problem-collectedVia\"")
                .containsPattern("<option value=\"SMS\" selected=\"selected\">");
        refused(admin, path, Map.of("collectedVia", "EMAIL", "channel", "FAX"), "channel", "Kanāls");
        refused(admin, path, Map.of("collectedVia", "EMAIL", "occurredAt", FIELD.format(LocalDateTime.now(RIGA).plusHours(2))), "occurredAt", "Kad");
        assertThat(admin.postRaw(path, "collectedVia=EMAIL").status()).as("no form token").isEqualTo(403);
        assertThat(ConsoleSession.historySize(http, subject)).isEqualTo(3);
        assertThat(ConsoleSession.auditSize(http)).isEqualTo(audit);

        admin.get("/console/subjects/" + subject);
        ConsoleSession.Page all = admin.post(path, Map.of("collectedVia", "EMAIL", "evidence", "MAIL-5"));
        assertThat(all.status()).as(all.body()).isEqualTo(303);
        assertThat(all.location()).isEqualTo("/console/subjects/" + subject + "?done=consent-opted-out");
        assertThat(ConsoleSession.historySize(http, subject)).as("every channel of both purposes").isEqualTo(3 + 20);
        assertThat(ConsoleSession.auditSize(http)).as("one audit entry for the opt-out").isEqualTo(audit + 1);
        String page = admin.get(all.location()).body();
        assertThat(page).contains("Atteikums reģistrēts: komerciālie paziņojumi atsaukti");
        String channels = Html.element(page, "table", "id=\"consent-channels\"");
        for (String row : Html.rows(channels)) {
            assertThat(Html.cells(row).subList(1, 3)).as(row).allMatch(cell -> cell.startsWith("Atsaukta kopš ") && cell.endsWith(", E-pasts"));
        }
        assertThat(Html.cells(Html.row(page, "data-purpose=\"USAGE_ANALYSIS\""))).as("other purposes stay").contains("Dota");

        ConsoleSession.consent(http, subject, "COMMERCIAL_NOTICES", "SMS", "GRANTED", null);
        admin.get("/console/subjects/" + subject);
        ConsoleSession.Page one = admin.post(path, Map.of("collectedVia", "PHONE", "channel", "SMS"));
        assertThat(one.status()).isEqualTo(303);
        assertThat(ConsoleSession.historySize(http, subject)).as("one channel of both purposes").isEqualTo(3 + 20 + 1 + 2);
        assertThat(Html.cells(Html.row(admin.get(one.location()).body(), "data-channel=\"SMS\"")).get(1)).endsWith(", Klientu apkalpošanas tālrunis");

        assertThat(admin.get(path).body()).as("the opt-out form's own page").contains("<h1>Atteikties no komerciālajiem paziņojumiem</h1>")
                .contains("id=\"opt-out-form\"");
    }

    @Test
    @DisplayName("POL-36: the history page lists every event newest first, 25 a page, with a pager; each event's record (ISO/IEC TS "
            + "27560) has a page; bad page numbers are 400, unknown subjects and events 404")
    void theHistoryAndTheRecords() {
        String subject = ConsoleSession.subject(http);
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 27; i++) {
            ConsoleSession.consent(http, subject, "SURVEY_FOLLOW_UP", null, i % 2 == 0 ? "GRANTED" : "WITHDRAWN",
                    start.plus(i, ChronoUnit.MINUTES).toString());
        }
        ConsoleSession admin = new ConsoleSession(http).signInAsAdmin();
        assertThat(admin.get("/console/subjects/" + subject).body()).contains("Notikumi piekrišanu žurnālā: 27.");

        ConsoleSession.Page first = admin.get("/console/consents/subjects/" + subject + "/history");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("<h1>Piekrišanu vēsture</h1>").contains("kopā 27").contains("1. lapa no 2")
                .contains("href=\"/console/consents/subjects/" + subject + "/history?page=1\"").doesNotContain("??");
        List<String> rows = Html.rows(Html.element(first.body(), "table", "id=\"consent-history\""));
        assertThat(rows).hasSize(25);
        String riga = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(RIGA).format(start.plus(26, ChronoUnit.MINUTES));
        assertThat(Html.cells(rows.get(0)).get(0)).as("newest first").isEqualTo(riga);
        assertThat(Html.cells(rows.get(0))).contains("Dota").anyMatch(cell -> cell.startsWith("Pašapkalpošanās portāls"));
        assertThat(Html.cells(rows.get(1))).contains("Atsaukta");

        ConsoleSession.Page second = admin.get("/console/consents/subjects/" + subject + "/history?page=1");
        assertThat(Html.rows(Html.element(second.body(), "table", "id=\"consent-history\""))).hasSize(2);
        assertThat(second.body()).contains("2. lapa no 2").contains("history?page=0\"");
        assertThat(admin.get("/console/consents/subjects/" + subject + "/history?page=-1").status()).isEqualTo(400);
        assertThat(admin.get("/console/consents/subjects/" + subject + "/history?page=two").status()).isEqualTo(400);
        assertThat(admin.get("/console/consents/subjects/" + UUID.randomUUID() + "/history").status()).isEqualTo(404);

        String eventId = rows.get(0).replaceAll("(?s).*data-event=\"([^\"]+)\".*", "$1");
        ConsoleSession.Page record = admin.get("/console/consents/events/" + eventId);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("<h1>Piekrišanas ieraksts</h1>").contains("ISO/IEC TS 27560")
                .contains("<code>SURVEY_FOLLOW_UP</code>").contains("POL-47").contains("AS Balticom")
                .contains("Šis notikums ir spēkā esošais.").contains("user:admin").doesNotContain("??");
        String older = rows.get(1).replaceAll("(?s).*data-event=\"([^\"]+)\".*", "$1");
        assertThat(admin.get("/console/consents/events/" + older).body()).contains("Spēkā ir vēlāks notikums.");
        assertThat(admin.get("/console/consents/events/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("the panel lists the subject's purchases (POL-43) and automated decisions (POL-10..12) briefly, newest first")
    void purchasesAndDecisionsBriefly() {
        String subject = ConsoleSession.subject(http);
        for (int i = 0; i < 7; i++) {
            ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/purchases", "{\"productCategory\":\"CAT-%d\",\"purchasedAt\":\"%s\",\"prepaid\":%s}"
                    .formatted(i, Instant.now().minus(10 - i, ChronoUnit.DAYS), i == 6));
        }
        ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/decisions",
                "{\"kind\":\"CREDIT_CHECK\",\"outcome\":\"REJECTED\",\"inputsSummary\":\"Payment history\",\"basis\":\"CONTRACT\"}");
        String page = new ConsoleSession(http).signInAsAdmin().get("/console/subjects/" + subject).body();
        String purchases = Html.element(page, "ul", "id=\"consent-purchases\"");
        assertThat(Html.count(purchases, "<li>")).isEqualTo(5);
        assertThat(purchases.indexOf("CAT-6")).as("newest first").isLessThan(purchases.indexOf("CAT-5"));
        assertThat(purchases).contains("priekšapmaksas klients").doesNotContain("CAT-1<");
        assertThat(page).contains("Un vēl 2.");
        String decisions = Html.element(page, "table", "id=\"consent-decisions\"");
        assertThat(Html.cells(Html.rows(decisions).get(0))).contains("CREDIT_CHECK → REJECTED", "Līgums", "Spēkā");
    }

    @Test
    @DisplayName("a privacy officer and an auditor see the panel without its forms, and get 403 for the forms' pages and for sending "
            + "them, which changes nothing")
    void readersSeeTheConsentsButRecordNothing() {
        String subject = ConsoleSession.subject(http);
        for (String role : List.of("PRIVACY_OFFICER", "AUDITOR")) {
            ConsoleSession reader = new ConsoleSession(http).signIn(ConsoleSession.user(http, role), USER_PASSWORD);
            String page = reader.get("/console/subjects/" + subject).body();
            assertThat(page).as(role).contains("Piekrišanas un saziņas izvēles").contains("id=\"consent-channels\"")
                    .doesNotContain("id=\"consent-form\"").doesNotContain("id=\"opt-out-form\"");
            assertThat(reader.get("/console/consents/subjects/" + subject + "/history").status()).as(role).isEqualTo(200);
            assertThat(reader.get("/console/consents/subjects/" + subject + "/consents").status()).as(role).isEqualTo(403);
            assertThat(reader.get("/console/consents/subjects/" + subject + "/opt-out").status()).as(role).isEqualTo(403);
            reader.get("/console/subjects/" + subject);
            assertThat(reader.post("/console/consents/subjects/" + subject + "/consents", Map.of("purpose", "USAGE_ANALYSIS",
                    "decision", "GRANTED", "collectedVia", "APP")).status()).as(role).isEqualTo(403);
            reader.get("/console/subjects/" + subject);
            assertThat(reader.post("/console/consents/subjects/" + subject + "/opt-out", Map.of("collectedVia", "APP")).status())
                    .as(role).isEqualTo(403);
        }
        assertThat(ConsoleSession.historySize(http, subject)).isZero();
        assertThat(new ConsoleSession(http).get("/console/consents/subjects/" + subject + "/history").status())
                .as("without signing in: to the sign-in page").isEqualTo(303);
    }

    @Test
    @DisplayName("POL-34, POL-46: an agent (call centre) finds the subject, records a consent given on the phone and an opt-out by "
            + "e-mail, and sees both in the panel, the history and the dashboard")
    void theAgentFlow() {
        String subject = ConsoleSession.subject(http);
        String agent = ConsoleSession.user(http, "AGENT");
        ConsoleSession session = new ConsoleSession(http).signIn(agent, USER_PASSWORD);
        String menu = session.get("/console").body();
        assertThat(menu).contains("href=\"/console/consents\"").contains(">Piekrišanas</a>");
        String page = session.get("/console/subjects/" + subject).body();
        assertThat(page).contains("id=\"consent-form\"").contains("id=\"opt-out-form\"");

        ConsoleSession.Page granted = session.post("/console/consents/subjects/" + subject + "/consents", Map.of("purpose",
                "PARTNER_COMMERCIAL_NOTICES", "channel", "SMS", "decision", "GRANTED", "collectedVia", "CALL_CENTRE", "evidence", "CALL-991"));
        assertThat(granted.status()).as(granted.body()).isEqualTo(303);
        String after = session.get(granted.location()).body();
        assertThat(Html.row(after, "data-channel=\"SMS\"")).contains("Dota").contains("Saruna ar zvanu centra operatoru");

        ConsoleSession.Page optedOut = session.post("/console/consents/subjects/" + subject + "/opt-out", Map.of("collectedVia", "EMAIL"));
        assertThat(optedOut.status()).isEqualTo(303);
        assertThat(Html.row(session.get(optedOut.location()).body(), "data-channel=\"SMS\"")).contains("Atsaukta").contains("E-pasts");
        String history = session.get("/console/consents/subjects/" + subject + "/history").body();
        assertThat(history).contains("kopā 21").contains("user:" + agent).contains("CALL-991");
        ConsoleSession.Page dashboard = session.get("/console/consents");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h1>Piekrišanas</h1>").contains("id=\"consent-chart\"");
    }

    @Test
    @DisplayName("in English the panel, its forms, its notices and the history are English")
    void inEnglish() {
        String subject = ConsoleSession.subject(http);
        // an administrator of its own: the language is remembered for the user, and the other tests expect Latvian
        ConsoleSession admin = new ConsoleSession(http).signIn(ConsoleSession.user(http, "ADMIN"), USER_PASSWORD).english();
        String page = admin.get("/console/subjects/" + subject).body();
        assertThat(page).contains("lang=\"en\"").contains("Consents and communication preferences").contains("Not recorded")
                .contains("Balticom’s commercial notices").contains("Record a consent or a withdrawal").contains(">Consents</a>")
                .doesNotContain("Piekrišanas").doesNotContain("??");
        ConsoleSession.Page recorded = admin.post("/console/consents/subjects/" + subject + "/consents", Map.of("purpose", "USAGE_ANALYSIS",
                "decision", "GRANTED", "collectedVia", "APP"));
        assertThat(admin.get(recorded.location()).body()).contains("The consent is recorded; checks answer by it at once.")
                .contains("Balticom app");
        ConsoleSession.Page refused = admin.post("/console/consents/subjects/" + subject + "/consents", Map.of("purpose", "USAGE_ANALYSIS",
                "decision", "GRANTED"));
        assertThat(refused.body()).contains("Check the field &quot;How the subject said so&quot;");
        assertThat(admin.get("/console/consents/subjects/" + subject + "/history").body()).contains("<h1>Consent history</h1>")
                .contains("Given");
    }

    /** Sends the form, which must be refused with 400 naming the field beside it, and checks the page. */
    private static void refused(ConsoleSession session, String path, Map<String, String> fields, String field, String label) {
        ConsoleSession.Page page = session.post(path, fields);
        assertThat(page.status()).as(fields + ": " + Html.text(page.body())).isEqualTo(400);
        assertThat(page.body()).as(fields.toString()).contains("Pārbaudiet lauku „" + label + "”")
                .contains("id=\"problem-" + field + "\"").contains("aria-invalid=\"true\"").doesNotContain("??");
    }
}
