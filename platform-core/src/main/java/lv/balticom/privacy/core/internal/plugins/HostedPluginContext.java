package lv.balticom.privacy.core.internal.plugins;

import io.micronaut.context.BeanProvider;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import lv.balticom.privacy.spi.AuditWriter;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.PluginConfiguration;
import lv.balticom.privacy.spi.PluginContext;
import lv.balticom.privacy.spi.register.RecordStore;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/** What the host gives one plugin: thread-safe, as the SPI promises. */
final class HostedPluginContext implements PluginContext {

    private final String pluginId;
    private final DataSource dataSource;
    private final PluginConfiguration configuration;
    private final Clock clock;
    private final AuditWriter audit;
    private final CatalogLookup catalog;
    private final List<RegisterDefinition> registers;
    private final BeanProvider<PluginRecordStores> recordStores;
    private final Map<String, RecordStore> stores = new ConcurrentHashMap<>();
    private final System.Logger logger;

    HostedPluginContext(String pluginId, DataSource dataSource, PluginConfiguration configuration, Clock clock, AuditWriter audit,
                        CatalogLookup catalog, List<RegisterDefinition> registers, BeanProvider<PluginRecordStores> recordStores) {
        this.pluginId = pluginId;
        this.dataSource = dataSource;
        this.configuration = configuration;
        this.clock = clock;
        this.audit = audit;
        this.catalog = catalog;
        this.registers = List.copyOf(registers);
        this.recordStores = recordStores;
        this.logger = System.getLogger("plugin." + pluginId);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public PluginConfiguration configuration() {
        return configuration;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public AuditWriter audit() {
        return audit;
    }

    @Override
    public CatalogLookup catalog() {
        return catalog;
    }

    @Override
    public RecordStore records(String registerId) {
        if (registers.stream().noneMatch(register -> register.id().equals(registerId))) {
            throw new IllegalArgumentException("the plugin " + pluginId + " declared no register " + registerId);
        }
        return stores.computeIfAbsent(registerId, id -> {
            if (!recordStores.isPresent()) {
                throw new IllegalStateException("records are not available");
            }
            return recordStores.get().open(pluginId, registers, id);
        });
    }

    @Override
    public System.Logger logger() {
        return logger;
    }

    @Override
    public String toString() {
        return "PluginContext[" + pluginId + "]";
    }
}
