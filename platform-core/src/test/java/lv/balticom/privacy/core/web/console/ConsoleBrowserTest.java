package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real headless Chromium, as people use it (issue 3, "The console"). One browser for
 * the class; each test starts without cookies. The database is shared with the other tests: names
 * are unique and the purpose edited here is put back.
 *
 * <p>With {@code -Dconsole.screenshots=<folder>} the tests also save the screenshots of docs/console.md
 * (a relative folder is resolved against platform-core, where Maven runs the tests).
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Issue 3: the console in a headless Chromium (Selenium with Debian's chromium and chromium-driver)")
class ConsoleBrowserTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String USER_PASSWORD = "browser-password-123";
    private static final String PURPOSE = "COMMERCIAL_NOTICES";
    private static final String PURPOSE_PAGE = "/console/catalog/purposes/" + PURPOSE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static ConsoleBrowser browser;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    /** Starts Chromium if it is installed; without it every test is skipped, saying what is missing. */
    @BeforeAll
    static void startChromium() {
        if (ConsoleBrowser.missingBinary().isEmpty()) {
            browser = ConsoleBrowser.start();
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
        Optional<String> missing = ConsoleBrowser.missingBinary();
        Assumptions.assumeTrue(browser != null, () -> missing.orElse("Chromium did not start"));
        browser.baseUrl(server.getURL().toString());
        browser.viewport(1366, 900);
        browser.forgetEverything();
    }

    @Test
    @Order(1)
    @DisplayName("POL-4, POL-42: an administrator signs in (Latvian by default), records a data subject, finds it by customer "
            + "number, edits a purpose (a new revision), sees catalog.edited and subject.created in the audit ledger, "
            + "verifies the chain and signs out")
    void anAdministratorRecordsASubjectEditsAPurposeAndSeesItAudited() {
        Map<String, Object> original = purposeOverApi();
        try {
            browser.open("/console");
            browser.waitForPath("/console/sign-in");
            assertThat(browser.language()).as("a browser preferring Latvian gets Latvian").isEqualTo("lv");
            assertThat(browser.text(By.cssSelector("label[for=username]"))).isEqualTo("Lietotājvārds");
            assertThat(browser.text(By.cssSelector("label[for=password]"))).isEqualTo("Parole");
            signIn(ADMIN, ADMIN_PASSWORD);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sveicināti, admin!");
            assertThat(browser.text(By.cssSelector(".brand .controller"))).as("the controller's name in the header")
                    .isEqualTo("AS Balticom");

            // record a data subject
            String customerNumber = "K-" + digits(8);
            String email = "klients." + customerNumber.substring(2) + "@example.lv";
            menuItem("Datu subjekti").click();
            browser.find(By.linkText("Reģistrēt datu subjektu")).click();
            browser.waitForPath("/console/subjects/new");
            browser.find(By.id("customerNumber")).sendKeys(customerNumber);
            browser.find(By.id("email")).sendKeys(email);
            browser.find(By.cssSelector("main form.stacked button.primary")).click();
            browser.waitUntil(driver -> browser.path().contains("done=subject-created"));
            assertThat(notice()).isEqualTo("Datu subjekts ir reģistrēts.");
            String subjectPath = browser.path().substring(0, browser.path().indexOf('?'));
            String subjectId = subjectPath.substring(subjectPath.lastIndexOf('/') + 1);

            // search it by customer number and open it
            menuItem("Datu subjekti").click();
            browser.waitForPath("/console/subjects");
            new Select(browser.find(By.id("kind"))).selectByValue("customerNumber");
            browser.find(By.id("value")).sendKeys(customerNumber);
            browser.find(By.cssSelector("#subject-search button[type=submit]")).click();
            browser.waitUntil(driver -> browser.path().startsWith("/console/subjects?"));
            List<WebElement> rows = browser.findAll(By.cssSelector("table.list tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getText()).contains(customerNumber).contains(email);
            rows.get(0).findElement(By.linkText(customerNumber)).click();
            browser.waitForPath(subjectPath);
            assertThat(browser.text(By.cssSelector("dl.facts"))).contains(customerNumber).contains(email);
            assertThat(browser.text(By.cssSelector("main section table.list"))).as("the subject's audit entries")
                    .contains("subject.created");

            // edit a purpose: tick one more data category
            menuItem("Katalogs").click();
            browser.find(By.cssSelector("a.tile[href='/console/catalog/purposes']")).click();
            browser.find(By.linkText(PURPOSE)).click();
            browser.waitForPath(PURPOSE_PAGE);
            List<String> categoriesBefore = purposeCategoriesOnPage();
            int revisionsBefore = browser.findAll(By.cssSelector("#revisions tbody tr")).size();
            browser.find(By.id("edit")).click();
            browser.waitForPath(PURPOSE_PAGE + "/edit");
            WebElement unticked = browser.findAll(By.cssSelector("input[name=dataCategories]")).stream()
                    .filter(box -> !box.isSelected()).findFirst().orElseThrow();
            String category = unticked.getDomAttribute("value");
            unticked.click();
            browser.find(By.id("save")).click();
            browser.waitUntil(driver -> browser.path().startsWith(PURPOSE_PAGE + "?done=catalog-edited"));
            assertThat(notice()).isEqualTo("Izmaiņas ir saglabātas kā jauna redakcija.");
            assertThat(purposeCategoriesOnPage()).containsAll(categoriesBefore).contains(category);
            List<WebElement> revisions = browser.findAll(By.cssSelector("#revisions tbody tr"));
            assertThat(revisions).hasSize(revisionsBefore + 1);
            assertThat(revisions.get(0).getText()).as("the newest revision").contains("user:admin");

            // the audit ledger: both entries, and the chain verified
            menuItem("Audita žurnāls").click();
            browser.waitForPath("/console/audit");
            List<WebElement> entries = browser.findAll(By.cssSelector("#audit-entries tbody tr"));
            assertThat(entries).as("catalog.edited for " + PURPOSE).anySatisfy(row -> assertThat(row.getText())
                    .contains("catalog.edited").contains("user:admin").contains(PURPOSE));
            assertThat(entries).as("subject.created, linking to the subject").anySatisfy(row -> {
                assertThat(row.getText()).contains("subject.created");
                assertThat(row.findElement(By.cssSelector("a")).getDomAttribute("href")).isEqualTo(subjectPath);
            });
            WebElement verify = browser.find(By.id("verify"));
            assertThat(verify.getText()).isEqualTo("Pārbaudīt ķēdi");
            verify.click();
            WebElement verification = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("verification")));
            assertThat(verification.getDomAttribute("class")).isEqualTo("notice");
            assertThat(verification.getText()).matches("Ķēde ir vesela: pārbaudīti [\\d\\s\\u00a0\\u202f]+ ieraksti\\.");
            assertThat(browser.find(By.cssSelector("#audit-entries tbody tr a[href='" + subjectPath + "']")).isDisplayed()).isTrue();
            assertThat(subjectId).hasSize(36);

            // put the purpose back as it was, through the same form
            browser.open(PURPOSE_PAGE + "/edit");
            browser.find(By.id("category-" + category)).click();
            browser.find(By.id("save")).click();
            browser.waitUntil(driver -> browser.path().startsWith(PURPOSE_PAGE + "?done=catalog-edited"));
            assertThat(purposeCategoriesOnPage()).isEqualTo(categoriesBefore);

            // sign out: the sign-in page, and the console is closed again
            browser.find(By.id("sign-out")).click();
            browser.waitForPath("/console/sign-in");
            assertThat(browser.path()).isEqualTo("/console/sign-in?done=signed-out");
            assertThat(notice()).isEqualTo("Jūs esat izgājis no konsoles.");
            browser.open("/console/audit");
            browser.waitForPath("/console/sign-in");
            assertThat(browser.path()).isEqualTo("/console/sign-in?next=%2Fconsole%2Faudit");
        } finally {
            restorePurpose(original);
        }
    }

    @Test
    @Order(2)
    @DisplayName("Issue 3 roles: an AGENT sees no \"Lietotāji\" or \"API atslēgas\" in the menu and gets the 403 page at "
            + "/console/users; the switch to English is remembered for the user after signing in again")
    void anAgentSeesNoUserManagementAndKeepsTheLanguageChosen() {
        String agent = createUser("AGENT");
        browser.open("/console/sign-in");
        signIn(agent, USER_PASSWORD);
        assertThat(browser.menu()).contains("Pārskats", "Datu subjekti", "Katalogs")
                .doesNotContain("Lietotāji", "API atslēgas", "Audita žurnāls");

        browser.open("/console/users");
        assertThat(browser.path()).isEqualTo("/console/users");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Nav atļauts");
        assertThat(browser.text(By.cssSelector("main"))).contains("Jūsu loma neļauj atvērt šo lapu.");
        assertThat(browser.script("return fetch('/console/users', {redirect: 'manual'}).then(answer => answer.status);"))
                .as("the HTTP status of the page").isEqualTo(403L);

        browser.open("/console");
        browser.find(By.cssSelector("form.language button[value=en]")).click();
        browser.waitUntil(driver -> "en".equals(browser.language()));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome, " + agent + ".");
        assertThat(browser.menu()).contains("Dashboard", "Data subjects", "Catalogue").doesNotContain("Users", "API keys");
        assertThat(browser.find(By.cssSelector("form.language button[value=en]")).isEnabled()).isFalse();
        assertThat(browser.text(By.cssSelector("footer.bottom"))).as("an apostrophe survives the message formatting")
                .contains("the company’s privacy policy");
        browser.screenshot("dashboard-agent-en");
        browser.open(PURPOSE_PAGE);
        assertThat(browser.findAll(By.id("edit"))).as("an agent reads the catalogue, does not edit it").isEmpty();
        browser.screenshot("purpose-en");

        browser.find(By.id("sign-out")).click();
        browser.waitForPath("/console/sign-in");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(notice()).isEqualTo("You have signed out.");

        // another browser, as far as the console can tell: no cookies, Latvian preferred
        browser.forgetEverything();
        browser.open("/console/sign-in");
        assertThat(browser.language()).isEqualTo("lv");
        signIn(agent, USER_PASSWORD);
        assertThat(browser.language()).as("remembered for the user").isEqualTo("en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome, " + agent + ".");
    }

    @Test
    @Order(3)
    @DisplayName("Issue 3 layout: the sign-in form works with the keyboard alone (TAB, ENTER), focus is visible, and at "
            + "tablet width (820x1180) no main page scrolls sideways")
    void theKeyboardIsEnoughAndATabletNeedsNoSidewaysScrolling() {
        Map<String, Object> subject = createSubject();
        browser.open("/console/sign-in");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).as("the user name has the focus")
                .isEqualTo("username");
        new Actions(browser.driver()).sendKeys(ADMIN).sendKeys(Keys.TAB).sendKeys(ADMIN_PASSWORD).sendKeys(Keys.ENTER).perform();
        browser.waitForPath("/console");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sveicināti, admin!");

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getDomAttribute("href")).as("the first TAB reaches the link to the content").isEqualTo("#content");
        assertThat(skip.getText()).isEqualTo("Pāriet uz saturu");
        assertThat(browser.find(By.cssSelector("nav.menu")).getDomAttribute("aria-label")).isEqualTo("Izvēlne");
        WebElement languages = browser.find(By.cssSelector("form.language"));
        assertThat(languages.getDomAttribute("role")).isEqualTo("group");
        assertThat(languages.getDomAttribute("aria-label")).isEqualTo("Valoda");
        assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle;")).as("a visible focus")
                .isEqualTo("solid");
        assertThat(skip.getRect().getX()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle;")).isEqualTo("solid");

        browser.viewport(820, 1180);
        try {
            List<String> pages = List.of("/console", "/console/subjects",
                    "/console/subjects?kind=customerNumber&value=" + subject.get("customerNumber"),
                    "/console/subjects/" + subject.get("id"),
                    "/console/subjects/new", "/console/catalog", "/console/catalog/purposes", "/console/catalog/data-categories",
                    "/console/catalog/legitimate-interests", PURPOSE_PAGE, PURPOSE_PAGE + "/edit", "/console/audit", "/console/users",
                    "/console/users/new", "/console/api-keys", "/console/policy", "/console/account");
            List<String> overflowing = new ArrayList<>();
            for (String page : pages) {
                browser.open(page);
                assertThat(browser.path()).as(page).isEqualTo(page);
                assertThat(browser.text(By.tagName("h1"))).as(page)
                        .isNotIn("Nav atļauts", "Kaut kas nav kārtībā", "Not permitted", "Something is wrong");
                long overflow = browser.horizontalOverflow();
                if (overflow > 1) {
                    overflowing.add(page + " (" + overflow + " px too wide: " + browser.elementsPastTheEdge() + ")");
                }
            }
            browser.find(By.id("sign-out")).click();
            browser.waitForPath("/console/sign-in");
            if (browser.horizontalOverflow() > 1) {
                overflowing.add("/console/sign-in");
            }
            assertThat(overflowing).as("pages wider than a tablet held upright").isEmpty();
        } finally {
            browser.viewport(1366, 900);
        }
    }

    @Test
    @Order(4)
    @DisplayName("Issue 3 done-when: at laptop width (1366x900) the main pages need no sideways scrolling, an API key's secret "
            + "is shown once; with -Dconsole.screenshots=<folder> they are saved for docs/console.md")
    void theMainPagesAtLaptopWidthAndTheirScreenshots() {
        boolean forDocs = !System.getProperty(ConsoleBrowser.SCREENSHOTS_PROPERTY, "").isBlank();
        Map<String, Object> subject = createSubject();

        browser.open("/console/sign-in");
        page("sign-in");
        signIn(ADMIN, ADMIN_PASSWORD);
        page("dashboard");
        assertThat(browser.menuLines()).as("an administrator's menu on one line at 1366 px, in Latvian: " + browser.menu()).isEqualTo(1L);
        WebElement administration = browser.find(By.cssSelector("nav.menu details.menu-group summary"));
        assertThat(administration.getText()).isEqualTo("Administrēšana");
        administration.click();
        assertThat(browser.findAll(By.cssSelector("nav.menu .menu-group-items a")).stream().map(WebElement::getText))
                .containsExactly("Lietotāji", "API atslēgas", "Spraudņi");
        assertThat(browser.horizontalOverflow()).as(() -> "the open group reaches past the edge: " + browser.elementsPastTheEdge())
                .isLessThanOrEqualTo(1);
        browser.screenshot("menu-administration");
        administration.click();

        browser.open("/console/subjects?kind=customerNumber&value=" + subject.get("customerNumber"));
        assertThat(browser.findAll(By.cssSelector("table.list tbody tr"))).hasSize(1);
        page("subjects");
        browser.open("/console/subjects/" + subject.get("id"));
        page("subject");

        browser.open("/console/catalog");
        page("catalog");
        browser.open("/console/catalog/purposes");
        page("catalog-purposes");
        browser.open(PURPOSE_PAGE);
        page("purpose");
        browser.open(PURPOSE_PAGE + "/edit");
        page("purpose-edit");
        browser.script("arguments[0].scrollIntoView({block: 'start'});",
                browser.find(By.cssSelector("input[name=dataCategories]")).findElement(By.xpath("ancestor::fieldset")));
        browser.screenshot("purpose-edit-categories");

        browser.open("/console/audit");
        browser.find(By.id("verify")).click();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("verification")));
        page("audit");

        browser.open("/console/users");
        page("users");

        String keyName = forDocs ? "demo-crm" : "demo-crm-" + digits(6);
        browser.open("/console/api-keys");
        browser.find(By.id("name")).sendKeys(keyName);
        browser.find(By.id("permission-subject-read")).click();
        browser.find(By.id("permission-consent-check")).click();
        browser.find(By.cssSelector("#key-form button.primary")).click();
        WebElement secret = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("secret")));
        assertThat(secret.getText()).startsWith("bpp_");
        assertThat(browser.text(By.cssSelector(".secret"))).contains("tikai šo vienu reizi").contains(keyName);
        page("api-keys");
        WebElement row = browser.findAll(By.cssSelector("#api-keys tbody tr")).stream()
                .filter(candidate -> candidate.findElement(By.cssSelector("td")).getText().equals(keyName)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button.danger")).click();
        browser.waitUntil(driver -> browser.path().equals("/console/api-keys?done=key-revoked"));
        assertThat(browser.findAll(By.id("secret"))).as("the secret is shown once only").isEmpty();

        browser.open("/console/policy");
        page("policy");
        browser.open("/console/ropa");
        page("ropa");

        browser.find(By.id("sign-out")).click();
        browser.waitForPath("/console/sign-in");
        browser.forgetEverything();
        browser.open("/console/sign-in?lang=en");
        assertThat(browser.text(By.cssSelector("label[for=username]"))).isEqualTo("User name");
        page("sign-in-en");
    }

    /** Checks the page at laptop width and saves its screenshot when asked to. */
    private void page(String name) {
        assertThat(browser.horizontalOverflow()).as(() -> name + " scrolls sideways at 1366 px: " + browser.elementsPastTheEdge())
                .isLessThanOrEqualTo(1);
        assertThat(browser.driver().getPageSource()).as(name + ": a message without its text").doesNotContain("??");
        assertThat(browser.findAll(By.tagName("h1"))).as(name + ": one heading").hasSize(1);
        assertThat((List<?>) browser.script("""
                const main = document.querySelector('main');
                const column = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
                return [...document.querySelectorAll('main table')].filter(table => table.getBoundingClientRect().right > column + 1)
                    .map(table => table.id || table.className);""")).as(name + ": tables wider than the page's column").isEmpty();
        assertThat((List<?>) browser.script("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                    .filter(field => field.labels.length === 0 && !field.getAttribute('aria-label'))
                    .map(field => field.name || field.id);""")).as(name + ": form fields without a label").isEmpty();
        browser.screenshot(name);
    }

    private void signIn(String username, String password) {
        if (!browser.path().startsWith("/console/sign-in")) {
            browser.open("/console/sign-in");
        }
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.cssSelector("#sign-in-form button[type=submit]")).click();
        browser.waitUntil(driver -> !browser.path().startsWith("/console/sign-in") || !browser.findAll(By.cssSelector(".error")).isEmpty());
        assertThat(browser.path()).as("signed in as " + username).doesNotStartWith("/console/sign-in");
    }

    private WebElement menuItem(String label) {
        return browser.findAll(By.cssSelector("nav.menu a")).stream().filter(item -> item.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + label + " in " + browser.menu()));
    }

    private String notice() {
        return browser.text(By.cssSelector(".notice"));
    }

    private List<String> purposeCategoriesOnPage() {
        return browser.findAll(By.xpath("//dl[@id='entry']/dt[.='Datu kategorijas']/following-sibling::dd[1]/span")).stream()
                .map(WebElement::getText).toList();
    }

    private String createUser(String role) {
        String name = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users",
                        Map.of("username", name, "password", USER_PASSWORD, "roles", List.of(role)))
                .basicAuth(ADMIN, ADMIN_PASSWORD));
        return name;
    }

    /** A made-up client: a random customer number and an example.lv address. */
    private Map<String, Object> createSubject() {
        String customerNumber = "K-" + digits(8);
        String email = "klients." + customerNumber.substring(2) + "@example.lv";
        Map<String, Object> created = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/subjects", Map.of("type", "CLIENT",
                        "identifiers", Map.of("customerNumber", customerNumber, "email", email)))
                .basicAuth(ADMIN, ADMIN_PASSWORD), Argument.mapOf(String.class, Object.class));
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", created.get("id"));
        subject.put("customerNumber", customerNumber);
        return subject;
    }

    private Map<String, Object> purposeOverApi() {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/v1/catalog/purposes/" + PURPOSE).basicAuth(ADMIN, ADMIN_PASSWORD),
                Argument.mapOf(String.class, Object.class));
    }

    /** Puts the purpose back over the API should the test have stopped before doing it in the browser. */
    private void restorePurpose(Map<String, Object> original) {
        if (purposeOverApi().get("dataCategories").equals(original.get("dataCategories"))) {
            return;
        }
        Map<String, Object> edit = new LinkedHashMap<>();
        for (String field : List.of("name", "legalBases", "legitimateInterests", "dataCategories", "channels")) {
            edit.put(field, original.get(field));
        }
        http.toBlocking().exchange(HttpRequest.PUT("/api/v1/catalog/purposes/" + PURPOSE, edit).basicAuth(ADMIN, ADMIN_PASSWORD));
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
