package lv.balticom.privacy.consent.api;

/** What a consent event says: the subject gave the consent, or took it back (POL-35). */
public enum Decision {
    GRANTED,
    WITHDRAWN
}
