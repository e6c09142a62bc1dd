package lv.balticom.privacy.core.internal.plugins;

import java.util.List;
import lv.balticom.privacy.spi.register.RecordStore;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * Where the host keeps the records of plugins' registers. The host opens a store for a plugin's
 * {@code PluginContext.records(registerId)}; the REST API and the console use the same stores, so that
 * a record is validated and audited the same way whoever writes it.
 */
public interface PluginRecordStores {

    /**
     * The store of one register, acting as the plugin itself (audit actor {@code plugin:<id>}).
     *
     * @param pluginId the plugin
     * @param registers all of the plugin's registers (a reference field may point to another of them)
     * @param registerId the register to open
     * @throws IllegalArgumentException when {@code registerId} is not one of {@code registers}
     */
    RecordStore open(String pluginId, List<RegisterDefinition> registers, String registerId);
}
