/**
 * The company's plugin for owners of properties where its network runs (POL-4.5, POL-5.6, POL-16.6).
 * It needs nothing of the platform but the SPI.
 */
module lv.balticom.privacy.plugins.propertyowners {
    requires lv.balticom.privacy.spi;

    provides lv.balticom.privacy.spi.PrivacyPlugin with lv.balticom.privacy.plugins.propertyowners.PropertyOwnersPlugin;
}
