package lv.balticom.privacy.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javax.sql.DataSource;
import lv.balticom.privacy.spi.AuditWriter;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.PluginConfiguration;
import lv.balticom.privacy.spi.PluginContext;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RecordLookup;
import lv.balticom.privacy.spi.register.RecordStore;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * For a plugin's unit tests, without the platform: what a host would give a plugin, in memory: a record store per register the plugin declares, a fixed
 * clock, a catalogue of the given entries, an audit writer and a logger that remember what they were told.
 * No database: {@link #dataSource()} refuses. The record stores check required fields, patterns, choices
 * and references and run the register's validator; the platform checks more (types, catalogue codes,
 * subjects), which {@link PluginContractTest} exercises on the real host.
 */
public final class InMemoryPluginContext implements PluginContext, RecordLookup {

    /** The fixed time of {@link #clock()}. */
    public static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final String pluginId;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Map<String, InMemoryRecordStore> stores = new LinkedHashMap<>();
    private final List<CatalogLookup.Entry> catalog;
    private final List<String> audit = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** A context for {@code plugin}, whose catalogue holds exactly {@code catalog}. */
    public InMemoryPluginContext(PrivacyPlugin plugin, List<CatalogLookup.Entry> catalog) {
        this.pluginId = plugin.id();
        this.catalog = List.copyOf(catalog);
        for (RegisterDefinition register : plugin.registers()) {
            stores.put(register.id(), new InMemoryRecordStore(register, this, clock));
        }
    }

    /** A context for {@code plugin} with an empty catalogue. */
    public InMemoryPluginContext(PrivacyPlugin plugin) {
        this(plugin, List.of());
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public DataSource dataSource() {
        throw new UnsupportedOperationException("no database in this test");
    }

    @Override
    public PluginConfiguration configuration() {
        return new PluginConfiguration() {
            @Override
            public Optional<String> get(String key) {
                return Optional.empty();
            }

            @Override
            public Map<String, String> all() {
                return Map.of();
            }
        };
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public AuditWriter audit() {
        return (action, targetType, targetId, details) -> {
            synchronized (audit) {
                audit.add(action + " " + targetType + " " + targetId);
            }
        };
    }

    @Override
    public CatalogLookup catalog() {
        return new CatalogLookup() {
            @Override
            public Optional<Entry> find(Kind kind, String code) {
                return catalog.stream().filter(entry -> entry.kind() == kind && entry.code().equals(code)).findFirst();
            }

            @Override
            public List<Entry> all(Kind kind) {
                return catalog.stream().filter(entry -> entry.kind() == kind).toList();
            }
        };
    }

    @Override
    public InMemoryRecordStore records(String registerId) {
        InMemoryRecordStore store = stores.get(registerId);
        if (store == null) {
            throw new IllegalArgumentException("the plugin declared no register " + registerId);
        }
        return store;
    }

    @Override
    public Optional<PluginRecord> find(String registerId, String recordId) {
        return records(registerId).find(recordId);
    }

    @Override
    public List<PluginRecord> all(String registerId) {
        return records(registerId).all();
    }

    /** What the plugin wrote to the audit ledger. */
    /** What the plugin wrote to the audit writer, one line per entry. */
    public List<String> audited() {
        synchronized (audit) {
            return List.copyOf(audit);
        }
    }

    /** The warnings the plugin logged, formatted. */
    /** What the plugin logged at WARNING or above. */
    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    @Override
    public System.Logger logger() {
        return new System.Logger() {
            @Override
            public String getName() {
                return pluginId;
            }

            @Override
            public boolean isLoggable(Level level) {
                return true;
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
                remember(level, message);
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                remember(level, params == null || params.length == 0 ? format : java.text.MessageFormat.format(format, params));
            }

            @Override
            public void log(Level level, Supplier<String> message) {
                remember(level, message.get());
            }
        };
    }

    private void remember(System.Logger.Level level, String message) {
        if (level.getSeverity() >= System.Logger.Level.WARNING.getSeverity()) {
            synchronized (warnings) {
                warnings.add(message);
            }
        }
    }
}
