/**
 * The application: its main class, and the modules it brings together. The start script runs it on
 * the module path with {@code --add-modules ALL-MODULE-PATH}.
 */
module lv.balticom.privacy.distribution {
    requires lv.balticom.privacy.core;
    requires lv.balticom.privacy.consent;
    requires lv.balticom.privacy.dsar;
    requires lv.balticom.privacy.retention;
    requires lv.balticom.privacy.cookies;
    requires io.micronaut.micronaut_runtime;
    requires io.micronaut.micronaut_http_server;
    requires org.slf4j;

    exports lv.balticom.privacy.distribution;
}
