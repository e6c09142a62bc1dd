package lv.balticom.privacy.plugins.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import lv.balticom.privacy.spi.PrivacyPlugin;
import org.junit.jupiter.api.Test;

/**
 * The plugin is found the way the host finds it: as a service its module provides, in a module layer
 * of its own beside the SPI.
 */
class ProcessorsPluginTest {

    @Test
    void itsModuleProvidesThePluginServiceWithAHostableSpiVersion() throws Exception {
        ModuleFinder finder = ModuleFinder.of(location(ProcessorsPlugin.class), location(PrivacyPlugin.class));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("lv.balticom.privacy.plugins.processors"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        Class<?> spi = layer.findLoader("lv.balticom.privacy.spi").loadClass(PrivacyPlugin.class.getName());

        List<?> plugins = ServiceLoader.load(layer, spi).stream().map(ServiceLoader.Provider::get).toList();

        assertThat(plugins).hasSize(1);
        Object plugin = plugins.get(0);
        assertThat(plugin.getClass().getName()).isEqualTo(ProcessorsPlugin.class.getName());
        assertThat(spi.getMethod("id").invoke(plugin)).isEqualTo("processors");
        Object version = spi.getMethod("spiVersion").invoke(plugin);
        Object host = spi.getClassLoader().loadClass("lv.balticom.privacy.spi.SpiVersion").getField("CURRENT").get(null);
        assertThat(host.getClass().getMethod("canHost", host.getClass()).invoke(host, version)).isEqualTo(true);
    }

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
