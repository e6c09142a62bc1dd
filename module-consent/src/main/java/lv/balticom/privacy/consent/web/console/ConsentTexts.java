package lv.balticom.privacy.consent.web.console;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.ResourceBundle;
import lv.balticom.privacy.core.api.console.ConsoleTexts;

/**
 * The module's console texts, {@code i18n/consent/messages_lv.properties} and {@code _en}. Loaded here, in the
 * module's own code, so that the bundle is found on the module path too (ConsoleTexts says why).
 */
@Singleton
final class ConsentTexts implements ConsoleTexts {

    /** The bundle's base name. */
    static final String BUNDLE = "i18n.consent.messages";

    @Override
    public ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}
