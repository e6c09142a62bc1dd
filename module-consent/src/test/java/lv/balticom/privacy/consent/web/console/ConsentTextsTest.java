package lv.balticom.privacy.consent.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lv.balticom.privacy.consent.api.Basis;
import lv.balticom.privacy.consent.api.Decision;
import lv.balticom.privacy.consent.api.DecisionReview;
import lv.balticom.privacy.consent.api.DecisionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module's console texts: Latvian and English with the same keys, none empty, typographic apostrophes; no key
 * the core has already; every key a template names exists.
 */
@DisplayName("Issue 5 console: the consent module's texts in Latvian and English")
class ConsentTextsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/views/console/consent");

    @Test
    @DisplayName("messages_lv and messages_en have the same keys, none empty, no plain apostrophe; ConsentTexts loads both")
    void bothLanguagesHaveEveryText() throws IOException {
        Properties lv = load("i18n/consent/messages_lv.properties");
        Properties en = load("i18n/consent/messages_en.properties");
        assertThat(lv.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        for (Properties texts : new Properties[] {lv, en}) {
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
                assertThat(key).as("a key of the module's, or a field's label, or a notice").matches("(consent|field|done\\.consent-)[.a-zA-Z0-9_-]*");
            }
        }
        assertThat(new ConsentTexts().bundle(Locale.forLanguageTag("lv")).getString("consent.menu")).isEqualTo("Piekrišanas");
        assertThat(new ConsentTexts().bundle(Locale.ENGLISH).getString("consent.menu")).isEqualTo("Consents");
    }

    @Test
    @DisplayName("no key is the core's too, and every key the templates name is the module's or the core's, the codes' keys included")
    void everyKeyOfTheTemplatesExists() throws IOException {
        Properties core = load("i18n/messages_en.properties");
        ResourceBundle module = new ConsentTexts().bundle(Locale.ENGLISH);
        Set<String> ours = module.keySet();
        assertThat(ours).as("keys the core defines").doesNotContainAnyElementsOf(core.stringPropertyNames());

        Set<String> named = new HashSet<>();
        Pattern key = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9._-]*)");
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Matcher matcher = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(50);
        for (Decision decision : Decision.values()) {
            named.add("consent.state." + decision);
            named.add("consent.decision." + decision);
        }
        for (Basis basis : Basis.values()) {
            named.add("consent.basis." + basis);
        }
        for (DecisionStatus status : DecisionStatus.values()) {
            named.add("consent.decisionStatus." + status);
        }
        for (DecisionReview.Status status : DecisionReview.Status.values()) {
            named.add("consent.reviewStatus." + status);
        }
        for (DecisionReview.Resolution resolution : DecisionReview.Resolution.values()) {
            named.add("consent.resolution." + resolution);
        }
        for (ChartPeriod period : ChartPeriod.values()) {
            named.add("consent.period." + period.code());
        }
        for (String notice : new String[] {"consent-granted", "consent-withdrawn", "consent-opted-out", "consent-review-resolved"}) {
            named.add("done." + notice);
        }
        for (String name : named) {
            assertThat(ours.contains(name) || core.containsKey(name)).as(name).isTrue();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsentTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
