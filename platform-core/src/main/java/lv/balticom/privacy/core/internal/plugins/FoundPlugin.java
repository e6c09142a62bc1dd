package lv.balticom.privacy.core.internal.plugins;

import io.micronaut.core.annotation.Nullable;
import lv.balticom.privacy.spi.PrivacyPlugin;

/**
 * A plugin the host found and created, not yet checked or started; or why it could not be created.
 *
 * @param source where it came from: {@code plugins/<folder>} or {@code classpath}
 * @param name what to call it until its id is known: the folder's name, or the class's
 * @param plugin the created plugin, or null when it was refused while loading
 * @param refusal why it was refused while loading, or null
 * @param resources what to close when the plugin is refused or stopped (its class loader), or null
 */
record FoundPlugin(String source, String name, @Nullable PrivacyPlugin plugin, @Nullable String refusal,
                   @Nullable AutoCloseable resources) {

    static FoundPlugin loaded(String source, String name, PrivacyPlugin plugin, @Nullable AutoCloseable resources) {
        return new FoundPlugin(source, name, plugin, null, resources);
    }

    static FoundPlugin refused(String source, String name, String reason) {
        return new FoundPlugin(source, name, null, reason, null);
    }
}
