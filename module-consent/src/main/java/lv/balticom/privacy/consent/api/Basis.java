package lv.balticom.privacy.consent.api;

/**
 * The legal basis a permission check answers with (POL-6, POL-37): the codes of the catalogue's legal
 * bases that a check can rest on.
 */
public enum Basis {
    CONSENT,
    CONTRACT,
    LEGITIMATE_INTEREST,
    LEGAL_OBLIGATION,
    VITAL_INTEREST
}
