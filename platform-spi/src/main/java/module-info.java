/**
 * The plugin API of the Balticom Privacy Platform.
 *
 * <p>Plugin authors compile against this module and nothing else: it depends on the JDK only
 * (the build enforces it, and an architecture test checks that its classes use only {@code java.*}).
 * A plugin's main jar is a module that {@code requires lv.balticom.privacy.spi} and
 * {@code provides lv.balticom.privacy.spi.PrivacyPlugin}. docs/writing-a-plugin.md walks through one.
 */
module lv.balticom.privacy.spi {
    requires transitive java.sql;

    exports lv.balticom.privacy.spi;
    exports lv.balticom.privacy.spi.event;
    exports lv.balticom.privacy.spi.register;
    exports lv.balticom.privacy.spi.retention;
    exports lv.balticom.privacy.spi.ropa;
    exports lv.balticom.privacy.spi.subject;

    uses lv.balticom.privacy.spi.PrivacyPlugin;
}
