package lv.balticom.privacy.core.web.console;

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
 * A headless Chromium for the console's browser tests (STACK-NOTES.md, "Browser tests"): Debian's
 * chromium and chromedriver at fixed paths so that Selenium Manager never runs, a fresh profile, no
 * network beyond localhost, Latvian preferred over English like a browser in Latvia.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The folder for the documentation's screenshots (docs/console.md); none are written without it. */
    static final String SCREENSHOTS_PROPERTY = "console.screenshots";

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private String baseUrl = "http://localhost";

    private ConsoleBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** What is missing for a browser test, if anything: a sentence for the skipped test's report. */
    static Optional<String> missingBinary() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                return Optional.of(binary + " is missing: the console's browser tests need Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
            }
        }
        return Optional.empty();
    }

    /** Starts Chromium with a 1366x900 window, the size of the documentation's screenshots. */
    static ConsoleBrowser start() {
        // Selenium Manager passes SE_* system properties on as its environment; it should never run
        // at all with the paths below, and if it did it must not go to the network.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("console-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=1366,900",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        // Headless Chromium asks for en-US; --lang does not change that, this preference does.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "lv,en"));
        // The driver's path as a system property: Selenium takes it from there instead of asking Selenium Manager.
        // (Not ChromeDriverService.Builder: its @AutoService annotation, absent from the class path, makes javac warn.)
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
        ConsoleBrowser browser = new ConsoleBrowser(driver, profile);
        browser.viewport(1366, 900);
        return browser;
    }

    /** Where the console under test answers, such as http://localhost:41234. */
    void baseUrl(String url) {
        baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a console path such as /console/audit. */
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

    /** The texts of the menu items the signed-in person has, those in the closed Administration group too. */
    List<String> menu() {
        return findAll(By.cssSelector("nav.menu a")).stream().map(item -> item.getDomProperty("textContent").strip()).toList();
    }

    /** How many lines the menu takes: its items and the Administration group, as they are laid out. */
    long menuLines() {
        return (Long) script("return new Set([...document.querySelectorAll('nav.menu > a, nav.menu > details > summary')]"
                + ".map(item => Math.round(item.getBoundingClientRect().top))).size;");
    }

    String language() {
        return find(By.tagName("html")).getDomAttribute("lang");
    }

    /** Waits for the condition; an element of the page being left while it is read counts as "not yet". */
    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the page shown has this path (and any query). */
    void waitForPath(String path) {
        waitUntil(browser -> path().equals(path) || path().startsWith(path + "?"));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Sets the size of the page's viewport (not of the window around it) in CSS pixels. */
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
                        + (e.className ? '.' + String(e.className).trim().replace(/ +/g, '.') : '')
                        + ' "' + e.textContent.trim().slice(0, 30) + '" to ' + Math.round(e.getBoundingClientRect().right) + ' px')
                    .join('; ');""");
        return String.valueOf(found);
    }

    /** Saves the viewport as {@code name}.png when -Dconsole.screenshots names a folder; otherwise does nothing. */
    void screenshot(String name) {
        String folder = System.getProperty(SCREENSHOTS_PROPERTY, "");
        if (folder.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(folder).toAbsolutePath().normalize();
            Files.createDirectories(target);
            script("document.activeElement && document.activeElement.blur();"); // no caret or focus ring in the docs
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
