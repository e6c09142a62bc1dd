package lv.balticom.privacy.core.internal.console;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The console's texts, in Latvian and English: {@code i18n/messages_lv.properties} and {@code _en}. */
@Factory
final class ConsoleI18n {

    @Singleton
    MessageSource consoleMessages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
