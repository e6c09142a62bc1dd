/**
 * The company's plugin for processors and third-country transfers (POL-13, POL-14, POL-18, POL-19):
 * registers {@code processors} and {@code transfers} and a contribution to the record of processing.
 * It needs nothing of the platform but the SPI. The service is declared here for the module path and in
 * {@code META-INF/services} for the class path.
 */
module lv.balticom.privacy.plugins.processors {
    requires lv.balticom.privacy.spi;

    provides lv.balticom.privacy.spi.PrivacyPlugin with lv.balticom.privacy.plugins.processors.ProcessorsPlugin;
}
