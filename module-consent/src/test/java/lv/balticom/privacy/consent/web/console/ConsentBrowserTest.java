package lv.balticom.privacy.consent.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The consent pages in a real headless Chromium, as an agent and a privacy officer use them. One browser for the
 * class; each test starts without cookies. With {@code -Dconsole.screenshots=<folder>} the tests also save the
 * screenshots of docs/console.md, "Piekrišanas (Consents)" (a relative folder is resolved against module-consent,
 * where Maven runs the tests), after recording a month of example consents so that the chart has something to show.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Issue 5 console: the consent pages in a headless Chromium (Selenium with Debian's chromium and chromium-driver)")
class ConsentBrowserTest {

    private static ConsentBrowser browser;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    static void startChromium() {
        if (ConsentBrowser.missingBinary().isEmpty()) {
            browser = ConsentBrowser.start();
        }
    }

    @AfterAll
    static void quitChromium() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void freshStart() {
        Optional<String> missing = ConsentBrowser.missingBinary();
        Assumptions.assumeTrue(browser != null, () -> missing.orElse("Chromium did not start"));
        browser.baseUrl(server.getURL().toString());
        browser.viewport(1366, 900);
        browser.forgetEverything();
    }

    @Test
    @Order(1)
    @DisplayName("POL-34, POL-46: an agent records a consent on the subject's page, sees it in the panel and on the dashboard's chart, "
            + "opts the subject out of commercial notices and finds both in the history")
    void anAgentRecordsAConsentAndAnOptOut() {
        if (ConsentBrowser.screenshotsWanted()) {
            exampleMonth();
        }
        String subject = ConsoleSession.subject(http);
        ConsoleSession.consent(http, subject, "USAGE_ANALYSIS", null, "GRANTED", Instant.now().minus(12, ChronoUnit.DAYS).toString());
        ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/purchases",
                "{\"productCategory\":\"MOBILE_PREPAID\",\"purchasedAt\":\"%s\",\"prepaid\":true}".formatted(Instant.now().minus(40, ChronoUnit.DAYS)));
        String agent = ConsoleSession.user(http, "AGENT");
        browser.open("/console/sign-in");
        signIn(agent);

        browser.open("/console/subjects/" + subject);
        WebElement panel = browser.find(By.cssSelector("section.subject-panel[data-panel^='console/consent/']"));
        assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("Piekrišanas un saziņas izvēles");
        assertThat(browser.text(By.cssSelector("#consent-channels tr[data-channel=EMAIL]"))).contains("Nav reģistrēta");
        browser.find(By.cssSelector("#consent-record-details summary")).click();
        checkPage("the subject's page with the consent form open");

        new Select(browser.find(By.id("consent-purpose"))).selectByValue("COMMERCIAL_NOTICES");
        new Select(browser.find(By.id("consent-channel"))).selectByValue("EMAIL");
        browser.find(By.id("consent-decision-granted")).click();
        new Select(browser.find(By.id("consent-collectedVia"))).selectByValue("PHONE");
        browser.find(By.id("consent-evidence")).sendKeys("ZV-2026-11-0421");
        browser.find(By.id("consent-record")).click();
        browser.waitUntil(driver -> browser.path().equals("/console/subjects/" + subject + "?done=consent-granted"));
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Piekrišana reģistrēta; pārbaudes pēc tās atbild uzreiz.");
        String email = browser.text(By.cssSelector("#consent-channels tr[data-channel=EMAIL] td[data-purpose=COMMERCIAL_NOTICES]"));
        assertThat(email).startsWith("Dota").contains("Klientu apkalpošanas tālrunis");
        checkPage("the subject's page after recording");
        browser.script("document.getElementById('consents').scrollIntoView({block: 'start'});");
        browser.screenshot("consent-panel");

        browser.find(By.cssSelector("nav.menu a[href='/console/consents']")).click();
        browser.waitForPath("/console/consents");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Piekrišanas");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        WebElement chart = browser.find(By.id("consent-chart"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getRect().getWidth()).as("the chart fills the column").isGreaterThan(900);
        assertThat(browser.findAll(By.cssSelector("#consent-chart rect[data-period='" + today + "'][data-kind=granted]"))).hasSize(1);
        browser.find(By.cssSelector("#chart-numbers summary")).click();
        long given = Long.parseLong(browser.text(By.cssSelector("#chart-table tr[data-period='" + today + "'] td:nth-child(2)")).replaceAll("\\D", ""));
        assertThat(given).as("today's grants in the table").isPositive();
        checkPage("the dashboard");
        browser.find(By.cssSelector("#chart-numbers summary")).click();
        browser.script("document.getElementById('chart-heading').scrollIntoView({block: 'start'});");
        browser.screenshot("consents-dashboard");
        browser.script("document.getElementById('delays').scrollIntoView({block: 'start'});");
        browser.screenshot("consents-dashboard-reports");

        browser.open("/console/subjects/" + subject);
        browser.find(By.cssSelector("#opt-out-details summary")).click();
        new Select(browser.find(By.id("opt-out-collectedVia"))).selectByValue("EMAIL");
        browser.find(By.id("opt-out-evidence")).sendKeys("E-pasts 2026-11-29 Nr. 77");
        browser.find(By.id("opt-out-submit")).click();
        browser.waitUntil(driver -> browser.path().equals("/console/subjects/" + subject + "?done=consent-opted-out"));
        assertThat(browser.text(By.cssSelector(".notice"))).startsWith("Atteikums reģistrēts");
        assertThat(browser.text(By.cssSelector("#consent-channels tr[data-channel=EMAIL] td[data-purpose=COMMERCIAL_NOTICES]")))
                .startsWith("Atsaukta").endsWith("E-pasts");
        assertThat(browser.text(By.cssSelector("#consent-channels tr[data-channel=VIBER] td[data-purpose=PARTNER_COMMERCIAL_NOTICES]")))
                .startsWith("Atsaukta");
        assertThat(browser.text(By.cssSelector("#consent-purposes tr[data-purpose=USAGE_ANALYSIS]"))).as("not a commercial notice")
                .contains("Dota");

        browser.find(By.id("consent-history-link")).click();
        browser.waitForPath("/console/consents/subjects/" + subject + "/history");
        List<WebElement> rows = browser.findAll(By.cssSelector("#consent-history tbody tr"));
        assertThat(rows).hasSize(22);
        assertThat(rows.get(rows.size() - 2).getText()).contains("ZV-2026-11-0421").contains("user:" + agent);
        assertThat(rows.get(0).getText()).contains("atteikums").contains("E-pasts 2026-11-29 Nr. 77");
        checkPage("the history");
        browser.screenshot("consent-history");

        rows.get(rows.size() - 2).findElement(By.linkText("Ieraksts")).click();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Piekrišanas ieraksts");
        assertThat(browser.text(By.id("consent-receipt"))).contains("COMMERCIAL_NOTICES").contains("ZV-2026-11-0421")
                .contains("Spēkā ir vēlāks notikums.");
        checkPage("an event's record");
        browser.screenshot("consent-record");
    }

    @Test
    @Order(2)
    @DisplayName("a refused form: a commercial notice without its channel comes back with the problem beside the channel, the rest as typed")
    void aRefusedFormShowsTheProblemBesideTheField() {
        String subject = ConsoleSession.subject(http);
        browser.open("/console/sign-in");
        signIn(ConsoleSession.user(http, "ADMIN"));
        browser.open("/console/subjects/" + subject);
        browser.find(By.cssSelector("#consent-record-details summary")).click();
        new Select(browser.find(By.id("consent-purpose"))).selectByValue("PARTNER_COMMERCIAL_NOTICES");
        browser.find(By.id("consent-decision-granted")).click();
        new Select(browser.find(By.id("consent-collectedVia"))).selectByValue("SHOP");
        browser.find(By.id("consent-evidence")).sendKeys("Veikals Origo, anketa 112");
        browser.find(By.id("consent-record")).click();
        browser.waitForPath("/console/consents/subjects/" + subject + "/consents");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Reģistrēt piekrišanu vai tās atsaukumu");
        assertThat(browser.text(By.cssSelector("main .error[role=alert]"))).startsWith("Pārbaudiet lauku „Kanāls”");
        WebElement channel = browser.find(By.id("consent-channel"));
        assertThat(channel.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("problem-channel")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("consent-evidence")).getDomProperty("value")).isEqualTo("Veikals Origo, anketa 112");
        checkPage("a refused form");
        browser.screenshot("consent-refused");
        assertThat(ConsoleSession.historySize(http, subject)).isZero();
    }

    @Test
    @Order(3)
    @DisplayName("POL-12: a privacy officer sees a contested decision on the dashboard; an administrator closes its review")
    void aContestedDecisionIsReviewed() {
        String subject = ConsoleSession.subject(http);
        Map<String, Object> decision = ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/decisions",
                "{\"kind\":\"INSTALMENT_APPLICATION\",\"outcome\":\"REJECTED\",\"inputsSummary\":\"Payment history of 24 months, 3 late invoices\",\"basis\":\"CONTRACT\"}");
        String review = ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/decisions/" + decision.get("id") + "/contest",
                "{\"collectedVia\":\"CALL_CENTRE\",\"reason\":\"The late invoices were the bank’s error\"}").get("id").toString();
        browser.open("/console/sign-in");
        signIn(ConsoleSession.user(http, "PRIVACY_OFFICER"));
        browser.open("/console/consents#reviews");
        WebElement row = browser.find(By.cssSelector("#reviews-table tr[data-review='" + review + "']"));
        assertThat(row.getText()).contains("INSTALMENT_APPLICATION → REJECTED").contains("bank’s error");
        row.findElement(By.linkText("Skatīt")).click();
        browser.waitForPath("/console/consents/reviews/" + review);
        assertThat(browser.findAll(By.id("review-form"))).as("a privacy officer cannot close it").isEmpty();
        checkPage("a review as a privacy officer");

        browser.forgetEverything();
        browser.open("/console/sign-in");
        signIn(ConsoleSession.user(http, "ADMIN"));
        browser.open("/console/consents/reviews/" + review);
        browser.find(By.id("resolution-changed")).click();
        browser.find(By.id("review-note")).sendKeys("Bankas kļūda apstiprināta; pieteikums apstiprināts.");
        checkPage("a review with its form");
        browser.screenshot("consent-review");
        browser.find(By.id("review-resolve")).click();
        browser.waitUntil(driver -> browser.path().equals("/console/consents?done=consent-review-resolved"));
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Izskatīšana slēgta.");
        assertThat(browser.findAll(By.cssSelector("#reviews-table tr[data-review='" + review + "']"))).isEmpty();
    }

    @Test
    @Order(4)
    @DisplayName("at tablet width (820x1180) and at 1366 px no consent page scrolls sideways, in Latvian and in English")
    void noPageIsWiderThanTheScreen() {
        String subject = ConsoleSession.subject(http);
        String event = ConsoleSession.consent(http, subject, "PARTNER_COMMERCIAL_NOTICES", "MESSENGER", "GRANTED", null).get("id").toString();
        ConsoleSession.consent(http, subject, "COMMERCIAL_NOTICES", "PORTAL", "WITHDRAWN", Instant.now().minus(4, ChronoUnit.DAYS).toString());
        Map<String, Object> decision = ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/decisions",
                "{\"kind\":\"CREDIT_LIMIT_CHANGE\",\"outcome\":\"LIMIT_LOWERED_TO_FIFTY_EUROS\",\"inputsSummary\":\"x\",\"basis\":\"CONTRACT\"}");
        String review = ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/decisions/" + decision.get("id") + "/contest",
                "{\"collectedVia\":\"APPLICATION_FORM\"}").get("id").toString();
        browser.open("/console/sign-in");
        // an administrator of its own: the language chosen below is remembered for the user, and the other tests expect
        // the test administrator in Latvian
        signIn(ConsoleSession.user(http, "ADMIN"));
        List<String> pages = List.of("/console/subjects/" + subject, "/console/consents", "/console/consents?period=12m",
                "/console/consents?period=12w&purpose=PARTNER_COMMERCIAL_NOTICES", "/console/consents/subjects/" + subject + "/history",
                "/console/consents/subjects/" + subject + "/consents", "/console/consents/subjects/" + subject + "/opt-out",
                "/console/consents/events/" + event, "/console/consents/reviews/" + review);
        List<String> tooWide = new ArrayList<>();
        for (String language : List.of("lv", "en")) {
            if (language.equals("en")) {
                browser.find(By.cssSelector("form.language button[value=en]")).click();
                browser.waitUntil(driver -> "en".equals(browser.find(By.tagName("html")).getDomAttribute("lang")));
            }
            for (int[] size : new int[][] {{1366, 900}, {820, 1180}}) {
                browser.viewport(size[0], size[1]);
                for (String page : pages) {
                    browser.open(page);
                    for (WebElement details : browser.findAll(By.cssSelector("main details"))) {
                        browser.script("arguments[0].open = true;", details);
                    }
                    assertThat(browser.findAll(By.tagName("h1"))).as(page).hasSize(1);
                    assertThat(browser.driver().getPageSource()).as(page).doesNotContain("??");
                    long overflow = browser.horizontalOverflow();
                    if (overflow > 1) {
                        tooWide.add(language + " " + size[0] + " " + page + " (" + overflow + " px: " + browser.elementsPastTheEdge() + ")");
                    }
                }
            }
            browser.viewport(1366, 900);
        }
        assertThat(tooWide).as("pages wider than the screen").isEmpty();
        if (ConsentBrowser.screenshotsWanted()) {
            browser.open("/console/consents");
            browser.screenshot("consents-dashboard-en");
        }
    }

    /** What every page must be: no sideways scrolling at its width, every text found, one heading, every field labelled. */
    private void checkPage(String name) {
        assertThat(browser.horizontalOverflow()).as(() -> name + " scrolls sideways: " + browser.elementsPastTheEdge()).isLessThanOrEqualTo(1);
        assertThat(browser.driver().getPageSource()).as(name + ": a message without its text").doesNotContain("??");
        assertThat(browser.findAll(By.tagName("h1"))).as(name + ": one heading").hasSize(1);
        assertThat((List<?>) browser.script("""
                const main = document.querySelector('main');
                const column = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
                return [...document.querySelectorAll('main table, main svg, main form')]
                    .filter(element => element.getBoundingClientRect().right > column + 1)
                    .map(element => element.id || element.tagName);""")).as(name + ": wider than the page's column").isEmpty();
        assertThat((List<?>) browser.script("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                    .filter(field => field.labels.length === 0 && !field.getAttribute('aria-label'))
                    .map(field => field.name || field.id);""")).as(name + ": form fields without a label").isEmpty();
    }

    private void signIn(String username) {
        if (!browser.path().startsWith("/console/sign-in")) {
            browser.open("/console/sign-in");
        }
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(ConsoleSession.USER_PASSWORD);
        browser.find(By.cssSelector("#sign-in-form button[type=submit]")).click();
        browser.waitUntil(driver -> !browser.path().startsWith("/console/sign-in"));
    }

    /**
     * A month of example consents for the documentation's screenshots: grants and withdrawals over the last 30 days
     * on several purposes and channels, two late opt-outs (one beyond two days) and a contested decision.
     */
    private void exampleMonth() {
        Random random = new Random(20261129);
        String[] channels = {"EMAIL", "SMS", "PHONE_CALL", "APP_PUSH", "WHATSAPP", "PORTAL"};
        String[] purposes = {"USAGE_ANALYSIS", "PERSONALISED_OFFERS", "SURVEY_FOLLOW_UP", "AUTOMATED_DECISIONS"};
        Instant now = Instant.now();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            subjects.add(ConsoleSession.subject(http));
        }
        for (int day = 29; day >= 0; day--) {
            int events = 2 + random.nextInt(day % 7 == 5 || day % 7 == 6 ? 3 : 8);
            for (int e = 0; e < events; e++) {
                String subject = subjects.get(random.nextInt(subjects.size()));
                Instant at = now.minus(day, ChronoUnit.DAYS).minus(random.nextInt(8 * 60), ChronoUnit.MINUTES);
                if (at.isAfter(now)) {
                    at = now;
                }
                boolean grant = random.nextInt(10) < 7;
                // commercial notices are only granted back-dated: a back-dated withdrawal of one is a late opt-out (POL-46),
                // and the report should show the two below, not dozens
                if (grant && random.nextBoolean()) {
                    ConsoleSession.consent(http, subject, random.nextBoolean() ? "COMMERCIAL_NOTICES" : "PARTNER_COMMERCIAL_NOTICES",
                            channels[random.nextInt(channels.length)], grant ? "GRANTED" : "WITHDRAWN", at.toString());
                } else {
                    ConsoleSession.consent(http, subject, purposes[random.nextInt(purposes.length)], null, grant ? "GRANTED" : "WITHDRAWN",
                            at.toString());
                }
            }
        }
        ConsoleSession.consent(http, subjects.get(0), "COMMERCIAL_NOTICES", "SMS", "WITHDRAWN", now.minus(5, ChronoUnit.HOURS).toString());
        ConsoleSession.consent(http, subjects.get(1), "COMMERCIAL_NOTICES", "EMAIL", "WITHDRAWN",
                now.minus(3, ChronoUnit.DAYS).minus(2, ChronoUnit.HOURS).toString());
        Map<String, Object> decision = ConsoleSession.api(http, "/api/v1/subjects/" + subjects.get(2) + "/decisions",
                "{\"kind\":\"CREDIT_CHECK\",\"outcome\":\"REJECTED\",\"inputsSummary\":\"Credit bureau score\",\"basis\":\"CONTRACT\"}");
        ConsoleSession.api(http, "/api/v1/subjects/" + subjects.get(2) + "/decisions/" + decision.get("id") + "/contest",
                "{\"collectedVia\":\"EMAIL\",\"reason\":\"The score is out of date\"}");
    }
}
