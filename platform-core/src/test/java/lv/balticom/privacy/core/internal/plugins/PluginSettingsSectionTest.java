package lv.balticom.privacy.core.internal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plugin's configuration section: keys as written, and those that come from environment variables. */
class PluginSettingsSectionTest {

    @Test
    void keysAsWrittenAndFromEnvironmentVariablesAsText() {
        Environment environment = new DefaultEnvironment(List::of);
        environment.addPropertySource(PropertySource.of("conf", Map.of(
                "privacy.plugins.property-owners.batchSize", 25,
                "privacy.plugins.property-owners.mail.from", "dpo@example.lv",
                "privacy.plugins.property-owners.enabled", true,
                "privacy.plugins.other.url", "https://other.example.lv")));
        environment.addPropertySource(PropertySource.of("env", Map.of(
                "PRIVACY_PLUGINS_PROPERTY_OWNERS_URL", "https://registry.example.lv"), PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE));
        environment.start();
        try {
            PluginSettingsSection section = PluginSettingsSection.of(environment, "property-owners");
            assertThat(section.all()).containsEntry("batchSize", "25").containsEntry("mail.from", "dpo@example.lv")
                    .containsEntry("enabled", "true").containsEntry("url", "https://registry.example.lv")
                    .doesNotContainKey("batch-size").doesNotContainKey("other.url");
            assertThat(section.get("url")).contains("https://registry.example.lv");
            assertThat(section.get("missing", "fallback")).isEqualTo("fallback");
            assertThat(PluginSettingsSection.of(environment, "nobody").all()).isEmpty();
        } finally {
            environment.stop();
        }
    }
}
