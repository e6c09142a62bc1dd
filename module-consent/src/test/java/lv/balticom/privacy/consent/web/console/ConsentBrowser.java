package lv.balticom.privacy.consent.web.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the consent pages' browser test: a copy of the core's test helper (ConsoleBrowser, in the
 * core's test sources, which modules cannot use), cut down to what this module needs. Debian's chromium and
 * chromedriver at fixed paths so that Selenium Manager never runs, a fresh profile, no network beyond localhost,
 * Latvian preferred over English like a browser in Latvia.
 */
final class ConsentBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The folder for the documentation's screenshots (docs/console.md); none are written without it. */
    static final String SCREENSHOTS_PROPERTY = "console.screenshots";

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private String baseUrl = "http://localhost";

    private ConsentBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** What is missing for a browser test, if anything: a sentence for the skipped test's report. */
    static Optional<String> missingBinary() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                return Optional.of(binary + " is missing: the console's browser tests need Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver)");
            }
        }
        return Optional.empty();
    }

    /** Starts Chromium with a 1366x900 viewport, the size of the documentation's screenshots. */
    static ConsentBrowser start() {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("consent-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=1366,900",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "lv,en"));
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
        ConsentBrowser browser = new ConsentBrowser(driver, profile);
        browser.viewport(1366, 900);
        return browser;
    }

    void baseUrl(String url) {
        baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The path and query of the page shown. */
    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** A fresh start: no session, no language chosen before. */
    void forgetEverything() {
        if (!path().startsWith("/console")) {
            open("/console/assets/console.css");
        }
        driver.manage().deleteAllCookies();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return find(by).getText();
    }

    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    void waitForPath(String path) {
        waitUntil(browser -> path().equals(path) || path().startsWith(path + "?"));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Sets the size of the page's viewport in CSS pixels. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) script("return window.innerWidth;");
        long innerHeight = (Long) script("return window.innerHeight;");
        if (innerWidth != width || innerHeight != height) {
            driver.manage().window().setSize(new Dimension(width + (int) (width - innerWidth), height + (int) (height - innerHeight)));
        }
    }

    /** How many CSS pixels the page is wider than the viewport (0: no horizontal scrolling). */
    long horizontalOverflow() {
        return (Long) script("return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** The innermost elements that reach past the right edge of the viewport, for a failure's message. */
    String elementsPastTheEdge() {
        Object found = script("""
                const width = document.documentElement.clientWidth;
                const past = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1);
                return past.filter(e => !past.some(other => other !== e && e.contains(other))).slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + ' "' + e.textContent.trim().slice(0, 30) + '" to ' + Math.round(e.getBoundingClientRect().right) + ' px')
                    .join('; ');""");
        return String.valueOf(found);
    }

    /** Whether -Dconsole.screenshots names a folder. */
    static boolean screenshotsWanted() {
        return !System.getProperty(SCREENSHOTS_PROPERTY, "").isBlank();
    }

    /** Saves the viewport as {@code name}.png when -Dconsole.screenshots names a folder; otherwise does nothing. */
    void screenshot(String name) {
        if (!screenshotsWanted()) {
            return;
        }
        try {
            Path target = Path.of(System.getProperty(SCREENSHOTS_PROPERTY)).toAbsolutePath().normalize();
            Files.createDirectories(target);
            script("document.activeElement && document.activeElement.blur();");
            Files.write(target.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // a profile left in /tmp does no harm
            }
        }
    }
}
