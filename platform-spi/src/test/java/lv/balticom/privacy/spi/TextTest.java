package lv.balticom.privacy.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void holdsBothLanguages() {
        Text text = Text.of("Apstrādātāji", "Processors");

        assertThat(text.lv()).isEqualTo("Apstrādātāji");
        assertThat(text.en()).isEqualTo("Processors");
        assertThat(text).isEqualTo(new Text("Apstrādātāji", "Processors"));
    }

    @Test
    void refusesAMissingOrBlankLanguage() {
        assertThatThrownBy(() -> Text.of("", "Processors")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of("Apstrādātāji", "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of("Apstrādātāji", "\n\t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of(null, "Processors")).isInstanceOf(NullPointerException.class).hasMessageContaining("lv");
        assertThatThrownBy(() -> Text.of("Apstrādātāji", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("en");
    }

    @Test
    void answersInTheLocalesLanguageLatvianOrElseEnglish() {
        Text text = Text.of("Īpašnieki", "Owners");

        assertThat(text.in(Locale.forLanguageTag("lv"))).isEqualTo("Īpašnieki");
        assertThat(text.in(Locale.forLanguageTag("lv-LV"))).isEqualTo("Īpašnieki");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Owners");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("Owners");
        assertThat(text.in(null)).isEqualTo("Owners");
    }
}
