package lv.balticom.privacy.example.console;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.ResourceBundle;
import lv.balticom.privacy.core.api.console.ConsoleTexts;

/** The example module's texts, loaded by its own code (so also on the module path). */
@Singleton
@Requires(property = ExampleConsole.ENABLED, value = "true")
final class ExampleTexts implements ConsoleTexts {

    @Override
    public ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.example.messages", locale);
    }
}
