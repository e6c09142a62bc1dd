package lv.balticom.privacy.core.internal.plugins;

import io.micronaut.context.env.Environment;
import io.micronaut.core.naming.conventions.StringConvention;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lv.balticom.privacy.spi.PluginConfiguration;

/** A plugin's section of the configuration, {@code privacy.plugins.<id>.*}, as flat keys and text values; immutable. */
final class PluginSettingsSection implements PluginConfiguration {

    private final Map<String, String> values;

    private PluginSettingsSection(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The section of the plugin with this id, as the environment holds it now. */
    static PluginSettingsSection of(Environment environment, String pluginId) {
        Map<String, String> values = new TreeMap<>();
        Map<String, Object> section = environment.getProperties("privacy.plugins." + pluginId, StringConvention.RAW);
        section.forEach((key, value) -> {
            if (value != null && !(value instanceof Map) && !(value instanceof Iterable<?>)) {
                values.put(key, value.toString());
            } else if (value instanceof Iterable<?> list) {
                StringBuilder joined = new StringBuilder();
                for (Object item : list) {
                    joined.append(joined.length() == 0 ? "" : ",").append(item);
                }
                values.putIfAbsent(key, joined.toString());
            }
        });
        return new PluginSettingsSection(values);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public Map<String, String> all() {
        return values;
    }
}
