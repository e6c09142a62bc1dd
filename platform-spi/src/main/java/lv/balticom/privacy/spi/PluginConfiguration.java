package lv.balticom.privacy.spi;

import java.util.Map;
import java.util.Optional;

/**
 * A plugin's configuration section, {@code privacy.plugins.<id>.*}, as flat keys: {@code url},
 * {@code batch.size}. Values are text, as written; the plugin converts them. Immutable.
 */
public interface PluginConfiguration {

    /** The value of {@code key}, if it is set. */
    Optional<String> get(String key);

    /** The value of {@code key}, or {@code fallback}. */
    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** Every key and its value. */
    Map<String, String> all();
}
