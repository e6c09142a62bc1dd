/**
 * Test fixtures: valid personal codes, unique identifiers, the test administrator's credentials and
 * assertions on problem answers. Used by the platform's modules in their tests.
 */
module lv.balticom.privacy.testkit {
    requires transitive lv.balticom.privacy.core;
    requires transitive io.micronaut.micronaut_http_client_core;
    requires org.assertj.core;

    exports lv.balticom.privacy.testkit;
}
