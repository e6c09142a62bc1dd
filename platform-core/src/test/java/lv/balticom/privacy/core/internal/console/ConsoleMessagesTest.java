package lv.balticom.privacy.core.internal.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.MessageSource;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import lv.balticom.privacy.core.api.console.ConsoleTexts;
import org.junit.jupiter.api.Test;

/** The console's texts: the core's first, then each module's bundle; the notices include the modules'. */
class ConsoleMessagesTest {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    /** The test sources' example module's bundle (i18n/example/), loaded as a module loads its own. */
    private static final ConsoleTexts EXAMPLE = locale -> ResourceBundle.getBundle("i18n.example.messages", locale);

    @Test
    void theCoresTextsComeFirstThenTheModules() {
        ConsoleMessages messages = new ConsoleMessages(List.of(EXAMPLE));
        assertThat(text(messages, "menu.subjects", LATVIAN)).isEqualTo("Datu subjekti");
        assertThat(text(messages, "example.menu", LATVIAN)).isEqualTo("Piezīmes");
        assertThat(text(messages, "example.menu", Locale.ENGLISH)).isEqualTo("Notes");
        assertThat(messages.getMessage("example.count", MessageSource.MessageContext.of(LATVIAN))).isPresent();
        assertThat(messages.getRawMessage("example.nothing", MessageSource.MessageContext.of(LATVIAN))).isEmpty();
    }

    @Test
    void aModuleCannotReplaceACoreText() {
        ResourceBundle core = ResourceBundle.getBundle(ConsoleMessages.CORE_BUNDLE, Locale.ENGLISH);
        ConsoleTexts shadowing = locale -> new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"menu.subjects", "Someone else's"}, {"shadow.own", "Own"}};
            }
        };
        ConsoleMessages messages = new ConsoleMessages(List.of(shadowing));
        assertThat(text(messages, "menu.subjects", Locale.ENGLISH)).isEqualTo(core.getString("menu.subjects"));
        assertThat(text(messages, "shadow.own", Locale.ENGLISH)).isEqualTo("Own");
    }

    @Test
    void theNoticesAreTheCoresAndTheModules() {
        ConsoleMessages messages = new ConsoleMessages(List.of(EXAMPLE));
        assertThat(messages.isNotice("done.subject-created")).isTrue();
        assertThat(messages.isNotice("done.example-note-added")).isTrue();
        assertThat(messages.isNotice("example.menu")).as("not a notice").isFalse();
        assertThat(new ConsoleMessages(List.of()).isNotice("done.example-note-added")).isFalse();
    }

    @Test
    void aModuleWhoseBundleIsMissingStopsTheStartNamingIt() {
        ConsoleTexts missing = locale -> ResourceBundle.getBundle("i18n.nothing.messages", locale);
        assertThatThrownBy(() -> new ConsoleMessages(List.of(missing))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ResourceBundle.getBundle").hasMessageContaining("ConsoleMessagesTest");
    }

    private static String text(ConsoleMessages messages, String key, Locale locale) {
        return messages.getRawMessage(key, MessageSource.MessageContext.of(locale)).orElseThrow();
    }
}
