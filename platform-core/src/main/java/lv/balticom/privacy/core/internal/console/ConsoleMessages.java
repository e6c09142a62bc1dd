package lv.balticom.privacy.core.internal.console;

import io.micronaut.context.AbstractMessageSource;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.console.ConsoleTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's texts, in Latvian and English: the core's ({@code i18n/messages_lv.properties} and
 * {@code _en}) first, then each module's {@link ConsoleTexts}. Thymeleaf's {@code #{...}} reads them
 * (through Micronaut's composite message source, which holds this one).
 *
 * <p>A module's bundle is loaded by the module's own code (see {@link ConsoleTexts}), so the lookup
 * works the same on the class path and on the module path. Created with the application context, so
 * that a module whose bundle cannot be loaded stops the start with a message rather than a page.
 */
@Context
public final class ConsoleMessages extends AbstractMessageSource {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleMessages.class);
    /** The core's bundle. */
    static final String CORE_BUNDLE = "i18n.messages";
    private static final List<Locale> LANGUAGES = List.of(ConsoleLocaleResolver.LATVIAN, Locale.ENGLISH);

    private final ResourceBundleMessageSource core = new ResourceBundleMessageSource(CORE_BUNDLE);
    private final List<ConsoleTexts> contributions;
    private final Set<String> notices;

    ConsoleMessages(List<ConsoleTexts> contributions) {
        this.contributions = List.copyOf(contributions);
        Map<String, String> owners = new HashMap<>();
        ResourceBundle.getBundle(CORE_BUNDLE, Locale.ENGLISH).keySet().forEach(key -> owners.put(key, "the core"));
        Set<String> noticeKeys = new HashSet<>(owners.keySet());
        for (ConsoleTexts texts : this.contributions) {
            String owner = texts.getClass().getName();
            Map<Locale, Set<String>> keys = new HashMap<>();
            for (Locale language : LANGUAGES) {
                try {
                    keys.put(language, texts.bundle(language).keySet());
                } catch (MissingResourceException | NullPointerException missing) {
                    throw new IllegalStateException("The console texts of " + owner + " have no bundle for " + language
                            + ": the module must load it in its own code, with ResourceBundle.getBundle(name, locale)", missing);
                }
            }
            Set<String> english = keys.get(Locale.ENGLISH);
            if (!english.equals(keys.get(ConsoleLocaleResolver.LATVIAN))) {
                LOG.warn("The console texts of {} differ between Latvian and English in the keys {}", owner,
                        difference(english, keys.get(ConsoleLocaleResolver.LATVIAN)));
            }
            for (String key : english) {
                String before = owners.putIfAbsent(key, owner);
                if (before != null) {
                    LOG.warn("The console text {} of {} is not used: {} has it already", key, owner, before);
                }
            }
            noticeKeys.addAll(english);
        }
        this.notices = noticeKeys.stream().filter(key -> key.startsWith("done.")).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<String> getRawMessage(String code, MessageContext context) {
        Optional<String> own = core.getRawMessage(code, context);
        if (own.isPresent() || contributions.isEmpty()) {
            return own;
        }
        Locale locale = context.getLocale();
        for (ConsoleTexts texts : contributions) {
            try {
                ResourceBundle bundle = texts.bundle(locale);
                if (bundle.containsKey(code)) {
                    return Optional.of(bundle.getString(code));
                }
            } catch (MissingResourceException | ClassCastException none) {
                // this module has no text for it
            }
        }
        return Optional.empty();
    }

    /** Whether {@code key} ({@code done.<what>}) is the text of a notice, the core's or a module's. */
    public boolean isNotice(String key) {
        return notices.contains(key);
    }

    private static Set<String> difference(Set<String> one, Set<String> other) {
        Set<String> difference = new HashSet<>(one);
        difference.addAll(other);
        Set<String> both = new HashSet<>(one);
        both.retainAll(other);
        difference.removeAll(both);
        return difference;
    }
}
