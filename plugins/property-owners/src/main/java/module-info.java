/**
 * The company's plugin for owners of properties where its network runs (POL-4.5, POL-5.6, POL-16.6):
 * registers {@code owners}, {@code properties}, {@code network-elements} and {@code coordinations}, a
 * subject data source, a retention target and a processing activity. It needs nothing of the platform
 * but the SPI. The service is declared here for the module path and in {@code META-INF/services} for the
 * class path.
 */
module lv.balticom.privacy.plugins.propertyowners {
    requires lv.balticom.privacy.spi;

    provides lv.balticom.privacy.spi.PrivacyPlugin with lv.balticom.privacy.plugins.propertyowners.PropertyOwnersPlugin;
}
