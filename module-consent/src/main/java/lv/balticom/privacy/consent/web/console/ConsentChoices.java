package lv.balticom.privacy.consent.web.console;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.ConsentPurposes;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.Purpose;

/**
 * What the consent forms and tables offer, in the viewer's language: the purposes that may rest on consent (the
 * catalogue's, those integrators hard-code first), the channels, the ways a consent is given.
 */
@Singleton
public final class ConsentChoices {

    private final Catalog catalog;

    ConsentChoices(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The catalogue's purposes that may rest on consent: first those of {@link ConsentPurposes} in their order (the
     * ones other systems ask about), then any other in the catalogue's order.
     */
    public List<Purpose> consentPurposes() {
        List<Purpose> purposes = new ArrayList<>();
        for (String code : ConsentPurposes.ALL) {
            catalog.purpose(code).filter(purpose -> purpose.allows("CONSENT")).ifPresent(purposes::add);
        }
        catalog.purposes().stream().filter(purpose -> purpose.allows("CONSENT"))
                .filter(purpose -> !ConsentPurposes.ALL.contains(purpose.code())).forEach(purposes::add);
        return purposes;
    }

    /**
     * The purposes of {@link ConsentPurposes} that may rest on consent, in their order: the ones other systems ask the
     * permission check about, which the panel and the dashboard always list (other purposes only where they have events).
     */
    public List<Purpose> listedPurposes() {
        return consentPurposes().stream().filter(purpose -> ConsentPurposes.ALL.contains(purpose.code())).toList();
    }

    /** The purpose's name, or its code when the catalogue does not know it (any more). */
    public String purposeName(String code, Locale locale) {
        return catalog.purpose(code).map(purpose -> purpose.name().text(locale)).orElse(code);
    }

    /** The purpose's policy clause, or nothing when the catalogue does not know it (any more). */
    public String clause(String code) {
        return catalog.purpose(code).map(Purpose::clause).orElse("");
    }

    /** Whether the purpose is given per channel. */
    public boolean perChannel(String code) {
        return catalog.purpose(code).map(Purpose::channels).orElse(false);
    }

    public List<Option> purposes(Locale locale) {
        return consentPurposes().stream().map(purpose -> new Option(purpose.code(), purpose.name().text(locale))).toList();
    }

    public List<Option> channels(Locale locale) {
        return Arrays.stream(Channel.values()).map(channel -> new Option(channel.name(), channel.localizedName().text(locale))).toList();
    }

    public List<Option> methods(Locale locale) {
        return Arrays.stream(CollectionMethod.values())
                .map(method -> new Option(method.name(), method.localizedName().text(locale))).toList();
    }
}
