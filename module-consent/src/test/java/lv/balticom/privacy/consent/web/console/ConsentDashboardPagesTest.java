package lv.balticom.privacy.consent.web.console;

import static lv.balticom.privacy.consent.web.console.ConsoleSession.USER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The consent dashboard (/console/consents) over HTTP: the chart of consents given and withdrawn over time (inline
 * SVG with the same numbers in a table), its periods and filters, the tables per purpose and per channel, the
 * opt-out delay report (POL-46) and the reviews of contested automated decisions (POL-12). The database is shared
 * with the other tests, so counts are compared before and after.
 */
@MicronautTest(transactional = false)
@DisplayName("Issue 5 console: the consent dashboard, its chart, the opt-out delay report and the decision reviews")
class ConsentDashboardPagesTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @DisplayName("the menu leads to the dashboard; its chart is inline SVG with a title and a description, the same numbers are in a "
            + "table, and what is recorded today adds to today's bars, to the tiles and to the per purpose and per channel tables")
    void theChartCountsWhatIsRecorded() {
        ConsoleSession admin = new ConsoleSession(http).signInAsAdmin();
        String menu = admin.get("/console").body();
        assertThat(menu).contains("href=\"/console/consents\"").contains(">Piekrišanas</a>");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        ConsoleSession.Page before = admin.get("/console/consents");
        assertThat(before.status()).isEqualTo(200);
        List<Long> todayBefore = numbers(before.body(), today);
        long tileBefore = tile(before.body(), "tile-granted");
        long usageBefore = Long.parseLong(Html.cells(Html.row(Html.element(before.body(), "table", "id=\"by-purpose\""),
                "data-code=\"USAGE_ANALYSIS\"")).get(1));
        long emailBefore = Long.parseLong(Html.cells(Html.row(Html.element(before.body(), "table", "id=\"by-channel\""),
                "data-code=\"EMAIL\"")).get(2));

        String subject = ConsoleSession.subject(http);
        ConsoleSession.consent(http, subject, "USAGE_ANALYSIS", null, "GRANTED", null);
        ConsoleSession.consent(http, subject, "COMMERCIAL_NOTICES", "EMAIL", "GRANTED", null);
        ConsoleSession.consent(http, subject, "COMMERCIAL_NOTICES", "EMAIL", "WITHDRAWN", null);

        String page = admin.get("/console/consents").body();
        assertThat(page).contains("<h1>Piekrišanas</h1>").contains("<a href=\"/console/consents\" aria-current=\"page\" class=\"active\">Piekrišanas</a>")
                .doesNotContain("??");
        assertThat(Html.count(page, "<h1")).isEqualTo(1);
        String chart = Html.element(page, "svg", "id=\"consent-chart\"");
        assertThat(chart).contains("role=\"img\"").contains("aria-labelledby=\"chart-title chart-desc\"")
                .contains("<title id=\"chart-title\">Dotās un atsauktās piekrišanas laika gaitā: Pēdējās 30 dienas, pa dienām</title>")
                .contains("<desc id=\"chart-desc\">Stabiņu diagramma")
                .contains("data-period=\"" + today + "\" data-kind=\"granted\"")
                .contains("data-period=\"" + today + "\" data-kind=\"withdrawn\"")
                .doesNotContain("<script").doesNotContain("style=");
        assertThat(Html.rows(Html.element(page, "table", "id=\"chart-table\""))).as("30 days").hasSize(30);
        assertThat(numbers(page, today)).containsExactly(todayBefore.get(0) + 2, todayBefore.get(1) + 1);
        assertThat(tile(page, "tile-granted")).isEqualTo(tileBefore + 2);
        assertThat(Html.cells(Html.row(Html.element(page, "table", "id=\"by-purpose\""), "data-code=\"USAGE_ANALYSIS\"")).get(1))
                .isEqualTo(Long.toString(usageBefore + 1));
        assertThat(Html.cells(Html.row(Html.element(page, "table", "id=\"by-channel\""), "data-code=\"EMAIL\"")).get(2))
                .isEqualTo(Long.toString(emailBefore + 1));
        assertThat(page).as("every select of the filter has its label").contains("<label for=\"period\"")
                .contains("<label for=\"filter-purpose\"").contains("<label for=\"filter-channel\"");
    }

    @Test
    @DisplayName("the period selector: 30 days by day, 12 weeks by week, 12 months by month; a consent 40 days old is in the weeks and "
            + "the months but not in the days; the purpose and channel filters narrow the chart; bad parameters are 400")
    void periodsAndFilters() {
        ConsoleSession admin = new ConsoleSession(http).signInAsAdmin();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate old = today.minusDays(40);
        LocalDate week = old.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate month = old.withDayOfMonth(1);

        ConsoleSession.Page weeks = admin.get("/console/consents?period=12w");
        assertThat(weeks.status()).isEqualTo(200);
        assertThat(Html.rows(Html.element(weeks.body(), "table", "id=\"chart-table\""))).hasSize(12);
        assertThat(weeks.body()).contains("<option value=\"12w\" selected=\"selected\">");
        List<Long> weekBefore = numbers(weeks.body(), week.toString());
        List<Long> monthBefore = numbers(admin.get("/console/consents?period=12m").body(), month.toString());
        String days30 = admin.get("/console/consents?period=30d").body();
        assertThat(days30).doesNotContain("data-period=\"" + old + "\"");

        String subject = ConsoleSession.subject(http);
        ConsoleSession.consent(http, subject, "PERSONALISED_OFFERS", null, "GRANTED", old.atTime(9, 0).toInstant(ZoneOffset.UTC).toString());
        assertThat(numbers(admin.get("/console/consents?period=12w").body(), week.toString())).containsExactly(weekBefore.get(0) + 1,
                weekBefore.get(1));
        String months = admin.get("/console/consents?period=12m").body();
        assertThat(Html.rows(Html.element(months, "table", "id=\"chart-table\""))).hasSize(12);
        assertThat(numbers(months, month.toString())).containsExactly(monthBefore.get(0) + 1, monthBefore.get(1));
        assertThat(Html.cells(Html.row(months, "data-period=\"" + today.withDayOfMonth(1) + "\"")).get(0))
                .as("a month's label").matches("[a-zēūī]+\\.? " + today.getYear());

        String todayText = today.toString();
        String survey = "/console/consents?purpose=SURVEY_FOLLOW_UP";
        String sms = "/console/consents?channel=SMS";
        List<Long> surveyBefore = numbers(admin.get(survey).body(), todayText);
        List<Long> smsBefore = numbers(admin.get(sms).body(), todayText);
        ConsoleSession.consent(http, subject, "SURVEY_FOLLOW_UP", null, "GRANTED", null);
        ConsoleSession.consent(http, subject, "USAGE_ANALYSIS", null, "GRANTED", null);
        ConsoleSession.consent(http, subject, "PARTNER_COMMERCIAL_NOTICES", "EMAIL", "GRANTED", null);
        String surveyPage = admin.get(survey).body();
        assertThat(numbers(surveyPage, todayText)).as("only the purpose chosen").containsExactly(surveyBefore.get(0) + 1, surveyBefore.get(1));
        assertThat(surveyPage).contains("<option value=\"SURVEY_FOLLOW_UP\" selected=\"selected\">");
        assertThat(numbers(admin.get(sms).body(), todayText)).as("nothing on SMS").isEqualTo(smsBefore);

        for (String bad : List.of("?period=7d", "?purpose=CONTRACT_MESSAGES", "?purpose=NOPE", "?channel=FAX", "?delaysPage=-1",
                "?delaysPage=x")) {
            ConsoleSession.Page refused = admin.get("/console/consents" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("Kaut kas nav kārtībā").doesNotContain("??");
        }
    }

    @Test
    @DisplayName("POL-46: the opt-out delay report lists every withdrawal of commercial notices that took effect later than asked, the "
            + "longest first, flagged over two days; one that took effect at once is not listed")
    void theOptOutDelayReport() {
        String late = ConsoleSession.subject(http);
        String slow = ConsoleSession.subject(http);
        String prompt = ConsoleSession.subject(http);
        ConsoleSession.consent(http, late, "COMMERCIAL_NOTICES", "EMAIL", "WITHDRAWN", Instant.now().minus(3, ChronoUnit.DAYS).toString());
        ConsoleSession.consent(http, prompt, "COMMERCIAL_NOTICES", "EMAIL", "WITHDRAWN", null);
        ConsoleSession admin = new ConsoleSession(http).signInAsAdmin();
        admin.get("/console/subjects/" + slow);
        String typed = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(LocalDateTime.now(ZoneId.of("Europe/Riga")).minusHours(5));
        assertThat(admin.post("/console/consents/subjects/" + slow + "/opt-out", Map.of("collectedVia", "EMAIL", "channel", "SMS",
                "occurredAt", typed)).status()).as("an e-mail read five hours late").isEqualTo(303);

        String lateRow = delayRow(admin, late).orElseThrow(() -> new AssertionError("the late withdrawal is not in the report"));
        assertThat(Html.cells(lateRow)).contains("Balticom komerciālo paziņojumu sūtīšanai E-pasts", "Pašapkalpošanās portāls Mans Balticom");
        assertThat(lateRow).contains("<span class=\"tag warn\">pāri 2 dienām</span>")
                .contains("href=\"/console/subjects/" + late + "\"");
        assertThat(Html.cells(lateRow).get(4)).startsWith("3 d. 0 st.");
        String slowRow = delayRow(admin, slow).orElseThrow(() -> new AssertionError("the slow opt-out is not in the report"));
        assertThat(Html.cells(slowRow).get(4)).as("five hours, not flagged").matches("(4|5) st\\. \\d+ min\\.");
        assertThat(delayRow(admin, prompt)).as("at once").isEmpty();
        String page = admin.get("/console/consents").body();
        assertThat(tile(page, "tile-delays")).isPositive();
        assertThat(page).containsPattern("pēc vairāk nekā divām dienām: [1-9]");
    }

    @Test
    @DisplayName("POL-12: a contested automated decision waits on the dashboard; its review page shows the decision and the contest; a "
            + "refused resolution changes nothing; a privacy officer cannot close it (403); closing it takes it off the list and shows in "
            + "the subject's panel")
    void aContestedDecisionIsReviewed() {
        String subject = ConsoleSession.subject(http);
        Map<String, Object> decision = ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/decisions",
                "{\"kind\":\"INSTALMENT_APPLICATION\",\"outcome\":\"REJECTED\",\"inputsSummary\":\"Credit score below the threshold\",\"basis\":\"CONTRACT\"}");
        Map<String, Object> review = ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/decisions/" + decision.get("id") + "/contest",
                "{\"collectedVia\":\"PHONE\",\"reason\":\"My income was not counted\"}");
        String reviewId = review.get("id").toString();
        String reviewPath = "/console/consents/reviews/" + reviewId;

        ConsoleSession admin = new ConsoleSession(http).signInAsAdmin();
        String dashboard = admin.get("/console/consents").body();
        String row = Html.row(Html.element(dashboard, "table", "id=\"reviews-table\""), "data-review=\"" + reviewId + "\"");
        assertThat(Html.cells(row)).contains("INSTALMENT_APPLICATION → REJECTED", "My income was not counted", "Izskatīt");
        assertThat(row).contains("href=\"" + reviewPath + "\"");
        String panel = admin.get("/console/subjects/" + subject).body();
        assertThat(Html.cells(Html.rows(Html.element(panel, "table", "id=\"consent-decisions\"")).get(0))).contains("Apstrīdēts Izskatīt");
        assertThat(panel).contains("href=\"" + reviewPath + "\"");

        ConsoleSession.Page page = admin.get(reviewPath);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Apstrīdēta automatizēta lēmuma izskatīšana</h1>").contains("Credit score below the threshold")
                .contains("Klientu apkalpošanas tālrunis").contains("id=\"review-form\"").contains("<label for=\"review-note\"")
                .doesNotContain("??");

        String officer = ConsoleSession.user(http, "PRIVACY_OFFICER");
        ConsoleSession reader = new ConsoleSession(http).signIn(officer, USER_PASSWORD);
        String officersPage = reader.get(reviewPath).body();
        assertThat(officersPage).contains("Credit score below the threshold").doesNotContain("id=\"review-form\"");
        assertThat(reader.post(reviewPath, Map.of("resolution", "UPHELD")).status()).as("no consent:write").isEqualTo(403);

        ConsoleSession.Page noResolution = admin.post(reviewPath, Map.of("note", "Checked the income"));
        assertThat(noResolution.status()).isEqualTo(400);
        assertThat(noResolution.body()).contains("Pārbaudiet lauku „Lēmums pēc izskatīšanas”").contains("id=\"problem-resolution\"")
                .contains(">Checked the income</textarea>");
        admin.get(reviewPath);
        assertThat(admin.post(reviewPath, Map.of("resolution", "UPHELD", "note", "x".repeat(2001))).status()).isEqualTo(400);
        admin.get(reviewPath);
        assertThat(admin.post(reviewPath, Map.of("resolution", "MAYBE")).status()).isEqualTo(400);
        assertThat(admin.postRaw(reviewPath, "resolution=UPHELD").status()).as("no form token").isEqualTo(403);
        assertThat(openReview(reviewId)).as("still open").isTrue();

        admin.get(reviewPath);
        ConsoleSession.Page closed = admin.post(reviewPath, Map.of("resolution", "CHANGED", "note", "Income re-counted; approved"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(303);
        assertThat(closed.location()).isEqualTo("/console/consents?done=consent-review-resolved");
        assertThat(openReview(reviewId)).isFalse();
        String after = admin.get(closed.location()).body();
        assertThat(after).contains("Izskatīšana slēgta.").doesNotContain("data-review=\"" + reviewId + "\"");
        String closedPage = admin.get(reviewPath).body();
        assertThat(closedPage).contains("Slēgta").contains("Mainīt: lēmums mainīts").contains("Income re-counted; approved")
                .doesNotContain("id=\"review-form\"");
        assertThat(admin.get("/console/subjects/" + subject).body()).contains("Mainīts pēc izskatīšanas");

        admin.get(reviewPath);
        ConsoleSession.Page again = admin.post(reviewPath, Map.of("resolution", "UPHELD"));
        assertThat(again.status()).as("closed already").isEqualTo(409);
        assertThat(admin.get("/console/consents/reviews/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private boolean openReview(String reviewId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> open = (List<Map<String, Object>>) ConsoleSession.apiGet(http, "/api/v1/decision-reviews?status=OPEN")
                .get("items");
        return open.stream().anyMatch(item -> item.get("id").equals(reviewId));
    }

    /** The report's row of the subject, looked for on every page of the report. */
    private static Optional<String> delayRow(ConsoleSession session, String subject) {
        for (int page = 0; ; page++) {
            String body = session.get("/console/consents?delaysPage=" + page).body();
            if (!body.contains("id=\"delays-table\"")) {
                return Optional.empty();
            }
            String table = Html.element(body, "table", "id=\"delays-table\"");
            if (table.contains("data-subject=\"" + subject + "\"")) {
                return Optional.of(Html.row(table, "data-subject=\"" + subject + "\""));
            }
            if (!body.contains("delaysPage=" + (page + 1))) {
                return Optional.empty();
            }
        }
    }

    /** Given and withdrawn in the chart's table for the period starting on this day. */
    private static List<Long> numbers(String page, String periodStart) {
        List<String> cells = Html.cells(Html.row(Html.element(page, "table", "id=\"chart-table\""), "data-period=\"" + periodStart + "\""));
        return List.of(Long.parseLong(cells.get(1).replaceAll("\\D", "")), Long.parseLong(cells.get(2).replaceAll("\\D", "")));
    }

    private static long tile(String page, String id) {
        return Long.parseLong(Html.text(Html.element(page, "span", "id=\"" + id + "\"")).replaceAll("\\D", ""));
    }
}
