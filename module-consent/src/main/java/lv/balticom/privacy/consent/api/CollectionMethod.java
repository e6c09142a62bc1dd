package lv.balticom.privacy.consent.api;

import static java.util.Objects.requireNonNull;

import lv.balticom.privacy.core.api.Localized;

/**
 * How a consent was given or withdrawn (POL-34, POL-44). Every consent event records it as evidence,
 * and POL-35 lets the subject withdraw the same way, so the ledger must be able to say which way that
 * was. Integrators send these names as {@code collectedVia}, spelled exactly as issue 5 gives them.
 */
public enum CollectionMethod {
    PORTAL(new Localized("Pašapkalpošanās portāls Mans Balticom", "Self-service portal Mans Balticom"), "POL-34"),
    APPLICATION_FORM(new Localized("Pakalpojumu pieteikšanas forma", "Service application form"), "POL-34"),
    BANNER(new Localized("Baneris", "Banner"), "POL-34"),
    APP(new Localized("Balticom lietotne", "Balticom app"), "POL-34"),
    /** The client calling the customer service phone. */
    PHONE(new Localized("Klientu apkalpošanas tālrunis", "Customer service phone"), "POL-34"),
    EMAIL(new Localized("E-pasts", "E-mail"), "POL-34"),
    /** At the company's office, told to its representative. */
    IN_PERSON(new Localized("Klātienē", "In person"), "POL-34"),
    SHOP(new Localized("Balticom veikals", "Balticom shop"), "POL-44"),
    /**
     * A conversation with a call centre operator, whoever placed the call; kept apart from {@link #PHONE}
     * because POL-44 names it separately for commercial notices.
     */
    CALL_CENTRE(new Localized("Saruna ar zvanu centra operatoru", "Conversation with a call centre operator"), "POL-44");

    private final Localized name;
    private final String clause;

    CollectionMethod(Localized name, String clause) {
        this.name = requireNonNull(name, "name is null");
        this.clause = requireNonNull(clause, "clause is null");
    }

    /** What people read in the console and on receipts. */
    public Localized localizedName() {
        return name;
    }

    /** The policy clause that offers this way of giving consent. */
    public String clause() {
        return clause;
    }
}
