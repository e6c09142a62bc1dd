/**
 * The company's plugin for processors and third-country transfers (POL-13, POL-14, POL-18, POL-19).
 * It needs nothing of the platform but the SPI.
 */
module lv.balticom.privacy.plugins.processors {
    requires lv.balticom.privacy.spi;

    provides lv.balticom.privacy.spi.PrivacyPlugin with lv.balticom.privacy.plugins.processors.ProcessorsPlugin;
}
