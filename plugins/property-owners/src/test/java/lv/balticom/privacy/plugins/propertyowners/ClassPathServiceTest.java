package lv.balticom.privacy.plugins.propertyowners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import lv.balticom.privacy.spi.PrivacyPlugin;
import org.junit.jupiter.api.Test;

/** On the class path the plugin is found through {@code META-INF/services}, as a host without module layers would. */
class ClassPathServiceTest {

    @Test
    void thePluginIsAServiceOnTheClassPath() {
        List<PrivacyPlugin> plugins = ServiceLoader.load(PrivacyPlugin.class).stream().map(ServiceLoader.Provider::get).toList();

        assertThat(plugins).singleElement().isInstanceOf(PropertyOwnersPlugin.class);
        assertThat(plugins.get(0).getClass().getModule().isNamed()).as("tests run on the class path").isFalse();
    }
}
