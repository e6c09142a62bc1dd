package lv.balticom.privacy.plugins.processors;

import lv.balticom.privacy.spi.PrivacyPlugin;

/**
 * Processors who act on the company's instructions (POL-13, POL-14) and the transfers of data to
 * partners outside the EU/EEA (POL-18, POL-19). Its registers arrive with the SPI's record registers.
 */
public final class ProcessorsPlugin implements PrivacyPlugin {

    @Override
    public String id() {
        return "processors";
    }

    @Override
    public String name() {
        return "Processors and third-country transfers";
    }

    @Override
    public String version() {
        return "0.1.0";
    }
}
