package lv.balticom.privacy.spi;

import java.util.List;
import java.util.Optional;
import lv.balticom.privacy.spi.event.PrivacyEventListener;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;
import lv.balticom.privacy.spi.subject.SubjectDataSource;

/**
 * The one entry point of a plugin, found with {@link java.util.ServiceLoader}: a plugin's module
 * declares {@code provides lv.balticom.privacy.spi.PrivacyPlugin with ...}.
 *
 * <h2>Lifecycle</h2>
 * <ol>
 *   <li>The host loads the plugin's folder, checks its modules and creates one instance with the public
 *       no-argument constructor (or the {@code provider()} method).</li>
 *   <li>It reads {@link #id()}, {@link #name()}, {@link #version()}, {@link #spiVersion()},
 *       {@link #changelog()} and {@link #registers()}, runs the changelog if there is one, and then
 *       calls {@link #start(PluginContext)} once.</li>
 *   <li>After a successful start it calls each factory method ({@link #subjectDataSources},
 *       {@link #retentionTargets}, {@link #processingContributors}, {@link #eventListeners}) once and
 *       keeps what they return until shutdown.</li>
 *   <li>At shutdown it calls {@link #stop()} once.</li>
 * </ol>
 * If any of these steps throws, the plugin is refused (state {@code FAILED}, with the reason) and the
 * platform runs on without it; nothing the plugin contributed is used.
 *
 * <h2>Threading</h2>
 * The host calls the methods of this interface from one thread, one after the other; an implementation
 * needs no synchronisation for them. What the factories return is called later from request threads,
 * several at a time: those objects must be thread-safe (each extension point's documentation says so
 * again).
 *
 * <h2>What a plugin may use</h2>
 * This module and the JDK, and libraries it ships in its own folder; nothing of the platform besides
 * this SPI (the host refuses a plugin whose modules require anything else). Logging goes through
 * {@link System.Logger} ({@link PluginContext#logger()}).
 */
public interface PrivacyPlugin {

    /** A stable id: 2 to 40 lower-case letters, digits and dashes, starting with a letter ({@code processors}). */
    String id();

    /** A name for people, in Latvian and English. */
    Text name();

    /** The plugin's own version, as its author numbers it. */
    String version();

    /**
     * The SPI version the plugin was built against; the host refuses another major version and a newer
     * minor one. Answer {@code new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR)}: the compiler copies
     * those constants into the plugin's class, so the answer stays the version it was compiled against.
     * (There is no default: a default method would run the platform's code and answer its version.)
     */
    SpiVersion spiVersion();

    /**
     * A Liquibase changelog (XML or YAML) in the plugin's own module, for tables of the plugin's own, as
     * a resource path such as {@code lv/balticom/example/changelog.xml}; the package that holds it must
     * be {@code opens}ed in the module declaration. The host runs it before {@link #start} with a
     * changelog table of the plugin's own ({@code plugin_<id>_changelog}). Name tables
     * {@code plugin_<id>_...} (dashes as underscores) so that they never meet the platform's.
     */
    default Optional<String> changelog() {
        return Optional.empty();
    }

    /**
     * The registers whose records the host keeps for this plugin: it stores, validates, audits and
     * serves them over REST ({@code /api/v1/plugins/{pluginId}/registers/{registerId}/records}) and in
     * the console. Read once, before {@link #start}.
     */
    default List<RegisterDefinition> registers() {
        return List.of();
    }

    /**
     * Called once, after the changelog and before the factories, with what the host offers this plugin.
     * Keep the context if the plugin needs it later; it stays valid until {@link #stop()}.
     *
     * @throws Exception anything: the plugin is then refused, with the exception's message as the reason
     */
    default void start(PluginContext context) throws Exception {
    }

    /** What this plugin holds about data subjects, for access, erasure and the other requests. */
    default List<SubjectDataSource> subjectDataSources(PluginContext context) {
        return List.of();
    }

    /** Records this plugin keeps that the platform's retention rules apply to. */
    default List<RetentionTarget> retentionTargets(PluginContext context) {
        return List.of();
    }

    /** What this plugin adds to the record of processing (GDPR Art. 30): recipients, processors, transfers, activities. */
    default List<ProcessingContributor> processingContributors(PluginContext context) {
        return List.of();
    }

    /** Listeners for what happens in the platform: consent given or withdrawn, a subject erased, a request completed. */
    default List<PrivacyEventListener> eventListeners(PluginContext context) {
        return List.of();
    }

    /** Called once at shutdown; release what {@link #start} took. Exceptions are logged and ignored. */
    default void stop() {
    }
}
