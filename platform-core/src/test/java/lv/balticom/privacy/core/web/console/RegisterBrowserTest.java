package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.balticom.privacy.core.internal.registers.RegisterTestPlugins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A plugin's register in a real headless Chromium: the form drawn from the field list is sent by the
 * browser itself (check boxes, a multiple select, a date input), a refusal marks the field, and the pages
 * fit a tablet held upright.
 */
@MicronautTest(transactional = false)
@Property(name = "privacy.test.registers", value = "true")
@DisplayName("Plugin registers in a headless Chromium")
class RegisterBrowserTest {

    private static final String SUPPLIERS = "/console/plugins/" + RegisterTestPlugins.PLUGIN + "/registers/suppliers";

    private static ConsoleBrowser browser;

    @Inject
    EmbeddedServer server;

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
    @DisplayName("an administrator fills in the generated form, is told which field is wrong, saves and sees the record")
    void theGeneratedFormWorksInABrowser() {
        browser.open("/console/sign-in");
        browser.find(By.id("username")).sendKeys("admin");
        browser.find(By.id("password")).sendKeys("test-admin-password");
        browser.find(By.cssSelector("#sign-in-form button[type=submit]")).click();
        browser.waitUntil(driver -> !browser.path().startsWith("/console/sign-in"));

        browser.open(SUPPLIERS);
        browser.find(By.id("new-record")).click();
        browser.waitForPath(SUPPLIERS + "/new");
        String name = "Pārlūka piegādātājs " + UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.id("field-name")).sendKeys(name);
        browser.find(By.id("field-code")).sendKeys("abc");
        browser.find(By.id("field-notes")).sendKeys("Pirmā rinda\nOtrā rinda");
        browser.find(By.id("field-staff")).sendKeys("12");
        browser.find(By.id("field-active")).click();
        new Select(browser.find(By.id("field-relation"))).selectByValue("PARTNER");
        new Select(browser.find(By.id("field-country"))).selectByVisibleText("Vācija");
        Select transfers = new Select(browser.find(By.id("field-transfers")));
        transfers.selectByValue("US");
        transfers.selectByValue("GB");
        browser.find(By.cssSelector("input[name=dataCategories][value=IDENTIFICATION]")).click();
        browser.find(By.cssSelector("input[name=dataCategories][value=CONTACT]")).click();
        browser.find(By.id("save")).click();

        // the code does not match its pattern, and a partner outside Latvia needs a date: the first, then the second
        browser.waitUntil(driver -> !browser.findAll(By.id("problem-code")).isEmpty());
        assertThat(browser.text(By.id("problem-code"))).isEqualTo("Neatbilst prasītajam pierakstam.");
        assertThat(browser.find(By.id("field-code")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("field-name")).getDomProperty("value")).isEqualTo(name);
        assertThat(browser.find(By.id("field-active")).isSelected()).isTrue();
        assertThat(transfers(browser)).containsExactlyInAnyOrder("US", "GB");
        WebElement code = browser.find(By.id("field-code"));
        code.clear();
        code.sendKeys("AB-123");
        browser.find(By.id("save")).click();
        browser.waitUntil(driver -> !browser.findAll(By.id("problem-since")).isEmpty());
        browser.script("arguments[0].value = '2024-07-01';", browser.find(By.id("field-since")));
        browser.find(By.id("save")).click();

        browser.waitUntil(driver -> browser.path().contains("?done=record-created"));
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Ieraksts ir saglabāts.");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
        assertThat(browser.text(By.id("value-relation"))).isEqualTo("Sadarbības partneris");
        assertThat(browser.text(By.id("value-country"))).isEqualTo("Vācija (DE)");
        assertThat(browser.text(By.id("value-notes"))).isEqualTo("Pirmā rinda\nOtrā rinda");
        assertThat(browser.text(By.id("value-since"))).isEqualTo("2024-07-01");
        assertThat(browser.text(By.id("value-active"))).isEqualTo("Jā");

        browser.open(SUPPLIERS + "?q=" + name.substring(name.length() - 6));
        assertThat(browser.findAll(By.cssSelector("#records tbody tr"))).hasSize(1);

        browser.viewport(768, 1024);
        try {
            for (String page : List.of(SUPPLIERS, SUPPLIERS + "/new")) {
                browser.open(page);
                assertThat(browser.horizontalOverflow()).as(() -> page + " scrolls sideways on a tablet: " + browser.elementsPastTheEdge())
                        .isLessThanOrEqualTo(1);
            }
        } finally {
            browser.viewport(1366, 900);
        }
    }

    private static List<String> transfers(ConsoleBrowser browser) {
        return new Select(browser.find(By.id("field-transfers"))).getAllSelectedOptions().stream()
                .map(option -> option.getDomAttribute("value")).toList();
    }
}
