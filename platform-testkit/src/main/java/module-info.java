/**
 * Test fixtures: valid personal codes, unique identifiers, the test administrator's credentials and
 * assertions on problem answers, used by the platform's modules in their tests; and
 * {@link lv.balticom.privacy.testkit.PluginContractTest}, which plugin authors extend to check a plugin
 * against the SPI's contract in the real platform.
 */
module lv.balticom.privacy.testkit {
    requires transitive lv.balticom.privacy.core;
    requires transitive io.micronaut.micronaut_http_client_core;
    requires org.assertj.core;
    requires transitive org.junit.jupiter.api;

    exports lv.balticom.privacy.testkit;
}
