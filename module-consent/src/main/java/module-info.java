/**
 * The consent module: a ledger of every consent given or withdrawn, communication preferences, and the
 * permission check (POL-10..12, POL-33..47).
 *
 * <p>Other modules use only {@code lv.balticom.privacy.consent.api}. The other packages are exported
 * because Micronaut skips beans in packages that are not (STACK-NOTES.md).
 */
module lv.balticom.privacy.consent {
    requires transitive lv.balticom.privacy.core;
    requires io.micronaut.data.micronaut_data_jdbc;
    requires io.micronaut.data.micronaut_data_tx;
    requires io.micronaut.micronaut_router;
    requires org.slf4j;

    exports lv.balticom.privacy.consent.api;
    exports lv.balticom.privacy.consent.internal;
    exports lv.balticom.privacy.consent.web;

    opens db.changelog.consent;
}
