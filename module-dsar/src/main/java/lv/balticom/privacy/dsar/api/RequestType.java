package lv.balticom.privacy.dsar.api;

import lv.balticom.privacy.core.api.Localized;

/**
 * What a data subject asks for: one type for each right that clause 26 of the privacy policy grants
 * (POL-26). The names follow the policy's own words, so that the letter answering a request uses the
 * words the client read; the article is the GDPR (Regulation (EU) 2016/679) article that grants the
 * right, printed on that letter so the client can look it up.
 */
public enum RequestType {
    /** To learn whether and which personal data the company processes, and how. */
    ACCESS(new Localized("Piekļuve personas datiem", "Access to personal data"), "15"),

    /** To have inaccurate data corrected and incomplete data completed. */
    RECTIFICATION(new Localized("Datu papildināšana un labošana", "Rectification and completion of data"), "16"),

    /** To have data erased, as far as no legal duty requires keeping them (POL-27). */
    ERASURE(new Localized("Datu dzēšana", "Erasure of data"), "17"),

    /** To receive a copy of the data processed; the policy lists it apart from access. */
    COPY(new Localized("Datu kopijas izsniegšana", "Copy of the data"), "15(3)"),

    /** To object to processing based on legitimate interests, or to direct marketing. */
    OBJECTION(new Localized("Iebildums pret datu apstrādi", "Objection to processing"), "21"),

    /** To have processing limited to storage while a dispute about the data is settled. */
    RESTRICTION(new Localized("Datu apstrādes ierobežošana", "Restriction of processing"), "18"),

    /** To receive the data the subject provided in a machine-readable form, or have them sent on. */
    PORTABILITY(new Localized("Datu pārnesamība", "Data portability"), "20");

    private final Localized localizedName;
    private final String gdprArticle;

    RequestType(Localized localizedName, String gdprArticle) {
        this.localizedName = localizedName;
        this.gdprArticle = gdprArticle;
    }

    /** The name of the request in Latvian and English, as the console and the answer letter show it. */
    public Localized localizedName() {
        return localizedName;
    }

    /**
     * The GDPR article granting the right, with its paragraph where the right is only part of an
     * article: {@code "15"}, {@code "15(3)"}.
     */
    public String gdprArticle() {
        return gdprArticle;
    }
}
