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

    /**
     * The section of the plugin with this id, as the environment holds it now: the keys as written in the
     * configuration files and system properties ({@code batchSize}, {@code batch.size}), and those that
     * come from environment variables ({@code PRIVACY_PLUGINS_<ID>_BATCH_SIZE} gives {@code batch.size}
     * and {@code batch-size}: an environment variable cannot tell a dot from a dash).
     */
    static PluginSettingsSection of(Environment environment, String pluginId) {
        String prefix = "privacy.plugins." + pluginId;
        Map<String, String> values = new TreeMap<>();
        environment.getProperties(prefix, StringConvention.RAW).forEach((key, value) -> put(values, key, value));
        java.util.Set<String> written = new java.util.HashSet<>();
        values.keySet().forEach(key -> written.add(normalized(key)));
        environment.getProperties(prefix).forEach((key, value) -> {
            if (!written.contains(normalized(key))) {
                put(values, key, value);
            }
        });
        return new PluginSettingsSection(values);
    }

    /** A key as Micronaut normalises it: {@code batchSize} is {@code batch-size}. */
    private static String normalized(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static void put(Map<String, String> values, String key, Object value) {
        if (value == null || value instanceof Map) {
            return;
        }
        if (value instanceof Iterable<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object item : list) {
                joined.append(joined.length() == 0 ? "" : ",").append(item);
            }
            values.putIfAbsent(key, joined.toString());
        } else {
            values.putIfAbsent(key, value.toString());
        }
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
