package lv.balticom.privacy.cookies.api;

import static java.util.Objects.requireNonNull;

import lv.balticom.privacy.core.api.Localized;

/**
 * The three cookie categories of the cookie policy (COOKIE-IV). A visitor's consent is given per
 * category and covers every cookie in it, so the banner, the inventory and the consent records all
 * speak in these categories. The Latvian names are the policy's own.
 */
public enum CookieCategory {
    /** Functional cookies the site cannot work without; set by default (COOKIE-III). */
    NECESSARY(new Localized("Nepieciešamās", "Necessary"), false),
    /** Statistics on how the site is used, such as Google Analytics; only with consent. */
    ANALYTICS(new Localized("Analītiskās", "Analytics"), true),
    /** Personalised advertising by the company and its partners, such as Adform and Criteo; only with consent. */
    MARKETING(new Localized("Mērķētās (komerciālās)", "Targeted (marketing)"), true);

    private final Localized name;
    private final boolean needsConsent;

    CookieCategory(Localized name, boolean needsConsent) {
        this.name = requireNonNull(name, "name is null");
        this.needsConsent = needsConsent;
    }

    /** What the banner and the cookie policy page show. */
    public Localized localizedName() {
        return name;
    }

    /**
     * Whether a cookie of this category may be set only after the visitor agreed to the category:
     * necessary cookies need no consent (COOKIE-III, COOKIE-VI), every other category does.
     */
    public boolean needsConsent() {
        return needsConsent;
    }
}
