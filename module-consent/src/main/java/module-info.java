/**
 * The consent module: a ledger of every consent given or withdrawn, communication preferences, and the
 * permission check (POL-10..12, POL-33..47).
 *
 * <p>Other modules use only {@code lv.balticom.privacy.consent.api}.
 */
module lv.balticom.privacy.consent {
    requires transitive lv.balticom.privacy.core;

    exports lv.balticom.privacy.consent.api;
}
