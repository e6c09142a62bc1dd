package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A module's console pages in a real headless Chromium: the example module (test sources, see
 * {@code lv.balticom.privacy.example.console}) with stand-ins for the four feature modules' menu items.
 * The console's layout must take them: an administrator's menu on one line at 1366 px in Latvian, the
 * module's panel and form on the subject's page, its page in the core's layout.
 */
@MicronautTest(transactional = false)
@Property(name = "privacy.test.example-module", value = "true")
@Property(name = "privacy.test.feature-module-menu-stand-ins", value = "true")
@DisplayName("The console API in a headless Chromium: a module's menu items, subject panel and form")
class ModuleConsoleBrowserTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";

    private static ConsoleBrowser browser;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

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
    @DisplayName("with the four feature modules' items an administrator's menu fits on one line at 1366 px in Latvian; a module's "
            + "item in the Administration group opens from it")
    void theMenuWithTheModulesItemsFitsOnALaptop() {
        browser.open("/console/sign-in");
        signIn();
        List<String> menu = browser.menu();
        assertThat(menu).containsSubsequence("Pārskats", "Datu subjekti", "Piekrišanas", "Pieprasījumi", "Glabāšana", "Sīkdatnes",
                "Katalogs", "Politikas versijas", "Apstrādes reģistrs", "Audita žurnāls", "Lietotāji", "API atslēgas", "Piezīmes",
                "Spraudņi");
        assertThat(browser.menuLines()).as(() -> "the menu on one line at 1366 px: " + menu + "; its line is "
                        + browser.script("return document.querySelector('nav.menu').clientWidth;") + " px wide, its items end at "
                        + browser.script("return Math.max(...[...document.querySelectorAll('nav.menu > a, nav.menu > details')]"
                        + ".map(item => item.getBoundingClientRect().right));") + " px")
                .isEqualTo(1L);
        assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(1);
        assertThat(browser.find(By.xpath("//nav[@class='menu']//a[.='Lietotāji']")).isDisplayed()).isFalse();

        WebElement group = browser.find(By.cssSelector("nav.menu details.menu-group summary"));
        assertThat(group.getText()).isEqualTo("Administrēšana");
        group.click();
        assertThat(browser.horizontalOverflow()).as(() -> "the open group reaches past the right edge: " + browser.elementsPastTheEdge())
                .isLessThanOrEqualTo(1);
        menuItem("Piezīmes").click();
        browser.waitForPath("/console/example");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Piezīmes");
        assertThat(browser.find(By.cssSelector("nav.menu details.menu-group summary")).getDomAttribute("class"))
                .as("the group shows that the page is one of its").contains("active");
        checkPage("the module's page");
    }

    @Test
    @DisplayName("the module's panel on a subject's page: a note added with its form shows, with the module's notice")
    void aNoteIsAddedOnTheSubjectsPage() {
        String subject = createSubject();
        browser.open("/console/sign-in");
        signIn();
        browser.open("/console/subjects/" + subject);
        WebElement panel = browser.find(By.cssSelector("section.subject-panel"));
        assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("Piezīmes");
        assertThat(panel.getText()).contains("Piezīmju vēl nav.");
        checkPage("the subject's page with the module's panel");

        browser.find(By.id("example-note-text")).sendKeys("Zvanīja par rēķinu");
        browser.find(By.cssSelector("#example-note-form button[type=submit]")).click();
        browser.waitUntil(driver -> browser.path().equals("/console/subjects/" + subject + "?done=example-note-added"));
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Piezīme pievienota; tā redzama subjekta lapā.");
        assertThat(browser.text(By.id("example-notes"))).contains("Zvanīja par rēķinu").contains("user:admin");
        checkPage("the subject's page after the form");
    }

    /** What every console page must be at laptop width: no sideways scrolling, every text found, every field labelled. */
    private void checkPage(String name) {
        assertThat(browser.horizontalOverflow()).as(() -> name + " scrolls sideways: " + browser.elementsPastTheEdge()).isLessThanOrEqualTo(1);
        assertThat(browser.driver().getPageSource()).as(name + ": a message without its text").doesNotContain("??");
        assertThat(browser.findAll(By.tagName("h1"))).as(name + ": one heading").hasSize(1);
        assertThat((List<?>) browser.script("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                    .filter(field => field.labels.length === 0 && !field.getAttribute('aria-label'))
                    .map(field => field.name || field.id);""")).as(name + ": form fields without a label").isEmpty();
    }

    private void signIn() {
        browser.find(By.id("username")).sendKeys(ADMIN);
        browser.find(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.find(By.cssSelector("#sign-in-form button[type=submit]")).click();
        browser.waitUntil(driver -> !browser.path().startsWith("/console/sign-in"));
    }

    private WebElement menuItem(String label) {
        return browser.findAll(By.cssSelector("nav.menu a")).stream().filter(item -> item.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + label + " in " + browser.menu()));
    }

    private String createSubject() {
        Map<String, Object> created = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/subjects", Map.of("type", "CLIENT",
                        "identifiers", Map.of("customerNumber", "B-" + UUID.randomUUID().toString().substring(0, 8))))
                .basicAuth(ADMIN, ADMIN_PASSWORD), Argument.mapOf(String.class, Object.class));
        return created.get("id").toString();
    }
}
