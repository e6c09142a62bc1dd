/**
 * The data subject request module: intake, identity checks, the legal clock, fulfilment and the answer
 * (POL-24..32).
 *
 * <p>Other modules use only {@code lv.balticom.privacy.dsar.api}.
 */
module lv.balticom.privacy.dsar {
    requires transitive lv.balticom.privacy.core;

    exports lv.balticom.privacy.dsar.api;
}
