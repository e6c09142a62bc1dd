package lv.balticom.privacy.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A text for people in the platform's two languages, Latvian and English. Everything a plugin shows
 * to a person (a register's name, a field's label, an explanation) is a {@code Text}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lv the Latvian text, not blank
 * @param en the English text, not blank
 */
public record Text(String lv, String en) {

    public Text {
        Objects.requireNonNull(lv, "lv is null");
        Objects.requireNonNull(en, "en is null");
        if (lv.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both Latvian and English");
        }
    }

    /** The text in both languages. */
    public static Text of(String lv, String en) {
        return new Text(lv, en);
    }

    /** The text in the language of {@code locale}: Latvian for {@code lv}, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "lv".equals(locale.getLanguage()) ? lv : en;
    }
}
