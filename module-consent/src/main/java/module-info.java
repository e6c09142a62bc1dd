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
    // The console pages (a menu item, a panel on the subject's page, the dashboard, texts): beans, so exported.
    exports lv.balticom.privacy.consent.web.console;

    opens db.changelog.consent;
    // Thymeleaf reads the templates through the class loader. i18n.consent needs no opens: ConsentTexts reads the
    // bundle in the module's own code.
    opens views.console.consent;
}
