package lv.balticom.privacy.plugins.propertyowners;

import lv.balticom.privacy.spi.PrivacyPlugin;

/**
 * Owners of the land and buildings where the company's network runs (POL-4.5), whose data comes from
 * public registers (POL-16.6) for network maintenance (POL-5.6). Its register arrives with the SPI's
 * record registers.
 */
public final class PropertyOwnersPlugin implements PrivacyPlugin {

    @Override
    public String id() {
        return "property-owners";
    }

    @Override
    public String name() {
        return "Property owners";
    }

    @Override
    public String version() {
        return "0.1.0";
    }
}
