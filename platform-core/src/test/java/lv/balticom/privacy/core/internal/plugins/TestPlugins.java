package lv.balticom.privacy.core.internal.plugins;

import java.nio.file.Path;

/**
 * Plugin folders for the host's tests, written with {@link TestPluginJars}. Each plugin is a module
 * {@code test.<folder>} with a class {@code test.<folder>.Plugin} that implements
 * {@code Supplier<Map<String, Object>>} besides {@code PrivacyPlugin}: a test reads what the plugin saw
 * through it (the plugin's classes live in a class loader of their own; the JDK's interface is shared).
 */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** The plugin class's source: {@code id()}, {@code name()}, {@code version()}, and {@code members}. */
    public static String source(String folder, String id, String members) {
        return """
                package %s;

                import java.util.*;
                import lv.balticom.privacy.spi.*;
                import lv.balticom.privacy.spi.event.*;
                import lv.balticom.privacy.spi.register.*;
                import lv.balticom.privacy.spi.retention.*;
                import lv.balticom.privacy.spi.ropa.*;
                import lv.balticom.privacy.spi.subject.*;

                public class Plugin implements PrivacyPlugin, java.util.function.Supplier<Map<String, Object>> {
                    protected final Map<String, Object> seen = new java.util.concurrent.ConcurrentHashMap<>();

                    public Map<String, Object> get() { return seen; }
                    public String id() { return "%s"; }
                    public Text name() { return Text.of("Spraudnis %s", "Plugin %s"); }
                    public String version() { return "1.0.0"; }
                    %s
                    %s
                }
                """.formatted(pkg(folder), id, id, id,
                        members.contains("spiVersion()") ? "" : "public SpiVersion spiVersion() { return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR); }",
                        members);
    }

    /** The package of the plugin in {@code folder}. */
    public static String pkg(String folder) {
        return "test." + folder.replace('-', '_');
    }

    /** A module declaration providing the plugin class, with {@code extra} declarations. */
    public static String moduleInfo(String folder, String extra) {
        return "module " + pkg(folder) + " {\n    requires lv.balticom.privacy.spi;\n    " + extra + "\n    provides "
                + PluginLoader.SERVICE + " with " + pkg(folder) + ".Plugin;\n}\n";
    }

    /** A plugin folder {@code dir/folder} with one jar: the module {@code test.<folder>} and its plugin of this id. */
    public static Path plugin(Path dir, String folder, String id, String members) {
        return plugin(dir, folder, id, members, "");
    }

    /** The same, with extra module declarations ({@code requires ...; opens ...;}). */
    public static Path plugin(Path dir, String folder, String id, String members, String moduleExtra) {
        return TestPluginJars.jar(folder + "-1.0.0.jar")
                .moduleInfo(moduleInfo(folder, moduleExtra))
                .source(pkg(folder) + ".Plugin", source(folder, id, members))
                .writeTo(dir.resolve(folder));
    }

    /**
     * A plugin that works: a register {@code things}, a contributor to the record of processing, a
     * listener that notes the subjects erased (and one that always throws), and in {@code start()} it
     * reads its configuration, looks up the catalogue, writes to the audit ledger and uses the database.
     * {@code stop()} sets the system property {@code test.plugin.stopped.<id>}.
     */
    public static Path working(Path dir, String folder, String id) {
        return plugin(dir, folder, id, """
                public List<RegisterDefinition> registers() {
                    return List.of(RegisterDefinition.builder("things", Text.of("Lietas", "Things"))
                            .field(FieldDefinition.text("title", Text.of("Nosaukums", "Title")).required()).build());
                }

                public void start(PluginContext context) throws Exception {
                    seen.put("pluginId", context.pluginId());
                    seen.put("config", context.configuration().all());
                    seen.put("category", context.catalog().find(CatalogLookup.Kind.DATA_CATEGORY, "CALL_RECORDINGS")
                            .map(entry -> entry.name().en() + " / " + entry.name().lv() + " / " + entry.clause()).orElse("none"));
                    seen.put("purposes", context.catalog().all(CatalogLookup.Kind.PURPOSE).size());
                    seen.put("unknown", context.catalog().find(CatalogLookup.Kind.SOURCE, "NO_SUCH_CODE").isPresent());
                    context.audit().record("thing.checked", "thing", "thing-1", Map.of("greeting", context.configuration().get("greeting", "none")));
                    try {
                        context.audit().record("Not An Action", "thing", "thing-1", Map.of());
                    } catch (IllegalArgumentException e) {
                        seen.put("badAction", "refused");
                    }
                    seen.put("logger", context.logger().getName());
                    seen.put("clock", context.clock().getZone().getId());
                    try (java.sql.Connection connection = context.dataSource().getConnection()) {
                        seen.put("database", connection.getMetaData().getDatabaseProductName());
                    }
                    try {
                        context.records("no-such-register");
                    } catch (IllegalArgumentException e) {
                        seen.put("noSuchRegister", e.getMessage());
                    }
                    try {
                        seen.put("records", context.records("things").getClass().getName());
                    } catch (IllegalStateException e) {
                        seen.put("records", e.getMessage());
                    }
                }

                public List<ProcessingContributor> processingContributors(PluginContext context) {
                    return List.of(ProcessingContribution::none);
                }

                public List<PrivacyEventListener> eventListeners(PluginContext context) {
                    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
                    seen.put("heard", heard);
                    return List.of(event -> {
                        if (event instanceof PrivacyEvent.SubjectErased erased) {
                            heard.add(erased.subjectId() + " on " + Thread.currentThread().getName());
                        }
                    }, event -> {
                        throw new IllegalStateException("this listener always fails");
                    });
                }

                public void stop() {
                    System.setProperty("test.plugin.stopped.%s", "yes");
                }
                """.formatted(id));
    }

    /**
     * A new plugins folder with two plugins: {@code processors-test} ({@link #working}, ACTIVE, register
     * {@code things}) and {@code needs-core} ({@link #requiringTheCore}, FAILED).
     */
    public static Path activeAndRefused() {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("plugins-");
            working(dir, "processors-test", "processors-test");
            requiringTheCore(dir, "needs-core", "needs-core");
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A plugin whose module requires the core: refused. */
    public static Path requiringTheCore(Path dir, String folder, String id) {
        return plugin(dir, folder, id, "", "requires lv.balticom.privacy.core;");
    }
}
