package lv.balticom.privacy.core.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in Latvian and English: everything a person reads exists in both.
 *
 * @param lv the Latvian text (the policy's original language)
 * @param en the English text
 */
@Serdeable
public record Localized(String lv, String en) {

    public Localized {
        Objects.requireNonNull(lv, "lv is null");
        Objects.requireNonNull(en, "en is null");
    }

    /** The text for a locale: Latvian for {@code lv}, English for everything else. */
    public String text(Locale locale) {
        return locale != null && "lv".equals(locale.getLanguage()) ? lv : en;
    }
}
