package lv.balticom.privacy.core.internal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins stop when the platform does; the class path's plugins load only when asked; no folder, no plugins. */
class PluginLifecycleTest {

    @TempDir
    Path pluginsDir;

    @AfterEach
    void clear() {
        System.clearProperty("test.plugin.stopped.stopper");
        ClassPathTestPlugin.started = null;
    }

    @Test
    void everyActivePluginIsStoppedAtShutdownEvenWhenAnotherStopFails() {
        TestPlugins.working(pluginsDir, "stopper", "stopper");
        TestPlugins.plugin(pluginsDir, "bad-stopper", "bad-stopper", """
                public void stop() { throw new IllegalStateException("cannot stop"); }
                """);
        ApplicationContext context = start(Map.of("privacy.plugins.dir", pluginsDir.toString()));
        PluginHost host = context.getBean(PluginHost.class);
        assertThat(host.active()).extracting(ActivePlugin::id).containsExactly("bad-stopper", "stopper");
        assertThat(System.getProperty("test.plugin.stopped.stopper")).isNull();
        context.close();
        assertThat(System.getProperty("test.plugin.stopped.stopper")).isEqualTo("yes");
        assertThat(host.active()).isEmpty();
    }

    @Test
    void thePluginsOnTheClassPathLoadOnlyWhenAsked() {
        try (ApplicationContext context = start(Map.of("privacy.plugins.dir", pluginsDir.resolve("missing").toString()))) {
            assertThat(context.getBean(PluginHost.class).plugins()).isEmpty();
            assertThat(ClassPathTestPlugin.started).isNull();
        }
        try (ApplicationContext context = start(Map.of("privacy.plugins.dir", pluginsDir.resolve("missing").toString(),
                "privacy.plugins.classpath", "true", "privacy.plugins.from-classpath.mode", "test"))) {
            PluginHost host = context.getBean(PluginHost.class);
            assertThat(host.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("from-classpath");
                assertThat(plugin.source()).isEqualTo("classpath");
                assertThat(plugin.state()).isEqualTo(PluginState.State.ACTIVE);
                assertThat(plugin.registers()).containsExactly("notes");
            });
            assertThat(ClassPathTestPlugin.started.configuration().all()).isEqualTo(Map.of("mode", "test"));
        }
    }

    @Test
    void theDefaultPluginsFolderIsInTheInstallationFolderOrTheWorkingDirectory() {
        assertThat(PluginSettings.of(null, "/opt/privacy")).isEqualTo(Path.of("/opt/privacy/plugins"));
        assertThat(PluginSettings.of("", "")).isEqualTo(Path.of("plugins").toAbsolutePath());
        assertThat(PluginSettings.of("/srv/plugins", "/opt/privacy")).isEqualTo(Path.of("/srv/plugins"));
    }

    @Test
    void aPluginsChangelogTablesAreNamedAfterItsIdWithUnderscores() {
        assertThat(PluginSchema.changelogTable("property-owners")).isEqualTo("plugin_property_owners_changelog");
        assertThat(PluginSchema.lockTable("property-owners")).isEqualTo("plugin_property_owners_changelog_lock");
    }

    private static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder().environments("test").properties(properties).start();
    }
}
