/**
 * The plugin API of the Balticom Privacy Platform.
 *
 * <p>Plugin authors compile against this module and nothing else: it depends on the JDK only
 * (the build enforces it, and an architecture test checks that its classes use only {@code java.*}).
 * A plugin's main jar is a module that {@code requires lv.balticom.privacy.spi} and
 * {@code provides lv.balticom.privacy.spi.PrivacyPlugin}.
 */
module lv.balticom.privacy.spi {
    exports lv.balticom.privacy.spi;
}
