package lv.balticom.privacy.core.internal.plugins;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.SpiVersion;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.event.PrivacyEventListener;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;
import lv.balticom.privacy.spi.subject.SubjectDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds, checks, starts and stops the plugins (docs/architecture.md, "Plugin host").
 *
 * <p>At start-up, after the schema migrations and the other start-up listeners (the catalogue is seeded then), it
 * loads every folder under the plugins folder in the order of their names (see {@link PluginLoader}),
 * and the plugins on the class path when {@code privacy.plugins.classpath=true}. Each plugin is checked,
 * its changelog run, {@link PrivacyPlugin#start} called and its factories called once; a plugin that
 * fails any step is refused (state {@code FAILED} with the reason, one warning in the log, an audit
 * entry {@code plugin.refused}) and contributes nothing, while the platform starts without it. A
 * started one is audited as {@code plugin.started}. At shutdown every active plugin is stopped.
 *
 * <p>The lists it answers are immutable snapshots; thread-safe.
 */
@Singleton
@Order(PluginHost.ORDER)
public class PluginHost implements Plugins, ApplicationEventListener<StartupEvent>, Ordered {

    /**
     * The host's place among the start-up listeners: the last, after the catalogue is seeded and the first
     * admin made. Micronaut sorts listeners by their bean's {@code @Order} (default 0) and then by
     * {@link Ordered} (default the lowest precedence); the host is last by both.
     */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE;

    /** The audit actor of the host's own entries. */
    static final Actor HOST = Actor.system("plugin-host");
    /** A plugin's id: 2 to 40 lower-case letters, digits and dashes, starting with a letter. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private static final int LONGEST_AUDITED_REASON = 500;
    private static final long STOP_WAIT_NANOS = 5_000_000_000L;
    private static final Comparator<PluginState> BY_ID = Comparator.comparing(PluginState::id).thenComparing(PluginState::source);

    private final PluginSettings settings;
    private final Environment environment;
    private final DataSource dataSource;
    private final Clock clock;
    private final AuditLedger ledger;
    private final CatalogLookup catalog;
    private final TransactionOperations<Connection> transactions;
    private final BeanProvider<PluginRecordStores> recordStores;

    private final Object lock = new Object();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private boolean loaded;
    private volatile List<PluginState> states = List.of();
    private volatile List<ActivePlugin> active = List.of();
    private volatile List<ListenerQueue> listeners = List.of();

    PluginHost(PluginSettings settings, Environment environment, DataSource dataSource, Clock clock, AuditLedger ledger,
               Catalog catalog, TransactionOperations<Connection> transactions, BeanProvider<PluginRecordStores> recordStores) {
        this.settings = settings;
        this.environment = environment;
        // Plugins take their own connections: give them the pool itself, not the transaction-bound wrapper.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.clock = clock;
        this.ledger = ledger;
        this.catalog = new PlatformCatalogLookup(catalog);
        this.transactions = transactions;
        this.recordStores = recordStores;
    }

    @Override
    public List<PluginState> plugins() {
        return states;
    }

    @Override
    public List<ActivePlugin> active() {
        return active;
    }

    /** Loads the plugins once the platform has started (schema migrated, catalogue seeded). */
    @Override
    public void onApplicationEvent(StartupEvent event) {
        load();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** The listeners of the active plugins, each with its own thread (for {@link PluginEvents}). */
    List<ListenerQueue> listenerQueues() {
        return listeners;
    }

    /** Finds, checks and starts the plugins; a second call does nothing. */
    void load() {
        synchronized (lock) {
            if (loaded) {
                return;
            }
            loaded = true;
            PluginLoader loader = PluginLoader.forThisRuntime();
            List<FoundPlugin> found = new ArrayList<>(loader.folders(settings.dir()));
            if (settings.classpath()) {
                found.addAll(loader.classPath());
            }
            List<PluginState> all = new ArrayList<>();
            Map<String, Running> running = new LinkedHashMap<>();
            for (FoundPlugin plugin : found) {
                all.add(start(plugin, running));
            }
            List<ListenerQueue> queues = new ArrayList<>();
            List<ActivePlugin> started = running.values().stream().map(Running::plugin)
                    .sorted(Comparator.comparing(ActivePlugin::id)).toList();
            for (ActivePlugin plugin : started) {
                for (PrivacyEventListener listener : plugin.eventListeners()) {
                    queues.add(new ListenerQueue(plugin.id(), listener));
                }
            }
            all.sort(BY_ID);
            states = List.copyOf(all);
            active = started;
            listeners = List.copyOf(queues);
            if (!found.isEmpty()) {
                LOG.info("Plugins from {}{}: {} active, {} refused.", settings.dir(), settings.classpath() ? " and the class path" : "",
                        started.size(), all.size() - started.size());
            }
        }
    }

    /** Checks and starts one plugin; its state either way. */
    private PluginState start(FoundPlugin found, Map<String, Running> running) {
        Identity known = new Identity(found.name());
        if (found.refusal() != null) {
            return refuse(found, known, found.refusal(), null);
        }
        PrivacyPlugin plugin = found.plugin();
        String who = found.source() + ": the plugin " + describe(plugin);
        boolean started = false;
        try {
            String id = call(who, "id()", plugin::id);
            if (!ID.matcher(id).matches()) {
                throw new PluginRefusal(who + " has the id \"" + PluginRefusal.shorten(id, 60)
                        + "\", which is not 2 to 40 lower-case letters, digits and dashes starting with a letter");
            }
            if (PluginSettings.RESERVED_IDS.contains(id)) {
                throw new PluginRefusal(who + " has the id " + id + ", which is reserved (privacy.plugins." + id + " is a setting)");
            }
            known.id = id;
            who = found.source() + ": the plugin " + id + " (" + describe(plugin) + ")";
            if (running.containsKey(id)) {
                throw new PluginRefusal(who + ": the id " + id + " is already taken by the plugin from "
                        + running.get(id).source() + "; plugin ids must be unique");
            }
            known.name = call(who, "name()", plugin::name);
            String version = call(who, "version()", plugin::version);
            if (version.isBlank() || version.length() > 100) {
                throw new PluginRefusal(who + ": version() must be 1 to 100 characters");
            }
            known.version = version;
            SpiVersion spi = call(who, "spiVersion()", plugin::spiVersion);
            known.spiVersion = spi.toString();
            if (!SpiVersion.CURRENT.canHost(spi)) {
                throw new PluginRefusal(who + " was built for SPI " + spi + ", and this platform offers SPI " + SpiVersion.CURRENT
                        + (spi.major() != SpiVersion.CURRENT.major() ? " (the major versions differ)" : " (the plugin needs a newer minor version)"));
            }
            List<RegisterDefinition> registers = registers(who, plugin);
            Optional<String> changelog = call(who, "changelog()", plugin::changelog);
            if (changelog.isPresent()) {
                migrate(who, id, plugin, changelog.get());
            }
            HostedPluginContext context = new HostedPluginContext(id, dataSource, PluginSettingsSection.of(environment, id), clock,
                    new PluginAuditWriter(id, ledger, transactions), catalog, registers, recordStores);
            call(who, "start()", () -> {
                plugin.start(context);
                return Boolean.TRUE;
            });
            started = true;
            List<SubjectDataSource> sources = list(who, "subjectDataSources()", () -> plugin.subjectDataSources(context));
            List<RetentionTarget> targets = list(who, "retentionTargets()", () -> plugin.retentionTargets(context));
            List<ProcessingContributor> contributors = list(who, "processingContributors()", () -> plugin.processingContributors(context));
            List<PrivacyEventListener> eventListeners = list(who, "eventListeners()", () -> plugin.eventListeners(context));
            ActivePlugin activePlugin = new ActivePlugin(plugin, context, registers, sources, targets, contributors, eventListeners);
            running.put(id, new Running(activePlugin, found.source()));
            if (found.resources() != null) {
                resources.add(found.resources());
            }
            PluginState state = new PluginState(id, known.name, version, spi.toString(), found.source(), PluginState.State.ACTIVE,
                    Optional.empty(), registers.stream().map(RegisterDefinition::id).toList(),
                    new PluginState.Contributions(registers.size(), sources.size(), targets.size(), contributors.size(),
                            eventListeners.size()));
            audit("plugin.started", id, Map.of("version", PluginRefusal.shorten(version, 100), "source", found.source()));
            LOG.info("Plugin {} {} started from {} ({}).", id, version, found.source(), state.contributions());
            return state;
        } catch (PluginRefusal refusal) {
            return refuse(found, known, refusal.reason(), started ? plugin : null);
        }
    }

    /** The plugin's registers: valid definitions, one id each, references to registers it declares. */
    private static List<RegisterDefinition> registers(String who, PrivacyPlugin plugin) throws PluginRefusal {
        List<RegisterDefinition> registers;
        try {
            registers = plugin.registers();
        } catch (IllegalArgumentException e) {
            throw new PluginRefusal(who + ": a register definition is invalid: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            throw new PluginRefusal(who + ": registers() failed: " + PluginRefusal.describe(e));
        }
        if (registers == null) {
            throw new PluginRefusal(who + ": registers() returned null");
        }
        Set<String> ids = new HashSet<>();
        for (RegisterDefinition register : registers) {
            if (register == null) {
                throw new PluginRefusal(who + ": registers() holds null");
            }
            if (!ids.add(register.id())) {
                throw new PluginRefusal(who + ": two registers have the id " + register.id());
            }
        }
        for (RegisterDefinition register : registers) {
            for (FieldDefinition field : register.fields()) {
                Optional<String> referenced = field.referencedRegister();
                if (referenced.isPresent() && !ids.contains(referenced.get())) {
                    throw new PluginRefusal(who + ": the field " + register.id() + "." + field.id() + " refers to the register "
                            + referenced.get() + ", which the plugin does not declare");
                }
            }
        }
        return List.copyOf(registers);
    }

    private void migrate(String who, String id, PrivacyPlugin plugin, String changelog) throws PluginRefusal {
        if (changelog.isBlank()) {
            throw new PluginRefusal(who + ": changelog() names no file");
        }
        try {
            PluginSchema.migrate(dataSource, id, plugin.getClass().getClassLoader(), changelog);
            LOG.info("Plugin {}: its tables are up to date ({}, history in {}).", id, changelog, PluginSchema.changelogTable(id));
        } catch (Exception | LinkageError e) {
            throw new PluginRefusal(who + ": its changelog " + changelog + " failed: " + PluginRefusal.describe(e));
        }
    }

    private PluginState refuse(FoundPlugin found, Identity known, String reason, PrivacyPlugin started) {
        if (started != null) {
            stopQuietly(known.id, started);
        }
        if (found.resources() != null) {
            try {
                found.resources().close();
            } catch (Exception e) {
                LOG.debug("Plugin {}: its class loader did not close: {}", known.id, e.toString());
            }
        }
        LOG.warn("Plugin refused: {}", reason);
        audit("plugin.refused", PluginRefusal.shorten(known.id, 200),
                Map.of("reason", PluginRefusal.shorten(reason, LONGEST_AUDITED_REASON), "source", found.source()));
        return new PluginState(known.id, known.name, known.version, known.spiVersion, found.source(), PluginState.State.FAILED,
                Optional.of(reason), List.of(), PluginState.Contributions.NONE);
    }

    private void audit(String action, String pluginId, Map<String, String> details) {
        transactions.executeWrite(status -> ledger.append(AuditRecord.about(HOST, action, "plugin", pluginId, details)));
    }

    /** Stops every active plugin at shutdown: first their listeners' queues, then the plugins, newest first. */
    @PreDestroy
    void stop() {
        synchronized (lock) {
            List<ListenerQueue> queues = listeners;
            listeners = List.of();
            queues.forEach(ListenerQueue::shutdown);
            long deadline = System.nanoTime() + STOP_WAIT_NANOS;
            queues.forEach(queue -> queue.awaitUntil(deadline));
            List<ActivePlugin> running = new ArrayList<>(active);
            active = List.of();
            for (int i = running.size() - 1; i >= 0; i--) {
                if (stopQuietly(running.get(i).id(), running.get(i).plugin())) {
                    LOG.info("Plugin {} stopped.", running.get(i).id());
                }
            }
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception e) {
                    LOG.debug("A plugin class loader did not close: {}", e.toString());
                }
            }
            resources.clear();
        }
    }

    private static boolean stopQuietly(String id, PrivacyPlugin plugin) {
        try {
            plugin.stop();
            return true;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.warn("Plugin {}: stop() failed with {}: {}", id, e.getClass().getName(), e.getMessage());
            return false;
        }
    }

    /** What a factory returned, without nulls. */
    private static <T> List<T> list(String who, String what, Callable<List<T>> factory) throws PluginRefusal {
        List<T> items = call(who, what, factory);
        for (T item : items) {
            if (item == null) {
                throw new PluginRefusal(who + ": " + what + " holds null");
            }
        }
        return List.copyOf(items);
    }

    /** Calls the plugin; what it throws, or a null it returns, refuses it. */
    private static <T> T call(String who, String what, Callable<T> call) throws PluginRefusal {
        T value;
        try {
            value = call.call();
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            throw new PluginRefusal(who + ": " + what + " failed: " + PluginRefusal.describe(e));
        }
        if (value == null) {
            throw new PluginRefusal(who + ": " + what + " returned null");
        }
        return value;
    }

    /** The plugin's class, and its module when it has a named one. */
    private static String describe(PrivacyPlugin plugin) {
        Module module = plugin.getClass().getModule();
        return plugin.getClass().getName() + (module.isNamed() ? " in module " + module.getName() : "");
    }

    /** A plugin started during loading, with where it came from. */
    private record Running(ActivePlugin plugin, String source) {
    }

    /** What is known of a plugin so far, for its state if it is refused. */
    private static final class Identity {
        String id;
        Text name;
        String version = "?";
        String spiVersion = "?";

        Identity(String fallback) {
            this.id = fallback;
            this.name = Text.of(fallback, fallback);
        }
    }
}
