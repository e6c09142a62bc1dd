/**
 * The data subject request module: intake, identity checks, the legal clock, fulfilment and the answer
 * (POL-24..32).
 *
 * <p>Other modules use only {@code lv.balticom.privacy.dsar.api}. The other packages are exported
 * because Micronaut skips beans in packages that are not (STACK-NOTES.md).
 */
module lv.balticom.privacy.dsar {
    requires transitive lv.balticom.privacy.core;
    requires io.micronaut.data.micronaut_data_jdbc;
    requires io.micronaut.data.micronaut_data_tx;
    requires io.micronaut.micronaut_router;

    exports lv.balticom.privacy.dsar.api;
    exports lv.balticom.privacy.dsar.internal;
    exports lv.balticom.privacy.dsar.web;

    opens db.changelog.dsar;
}
