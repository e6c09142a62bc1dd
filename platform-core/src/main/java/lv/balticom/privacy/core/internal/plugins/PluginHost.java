package lv.balticom.privacy.core.internal.plugins;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Finds, checks, starts and stops the plugins (SKELETON: the loading is being written; the signatures
 * of the public methods are the contract other parts of the platform use).
 */
@Singleton
public class PluginHost {

    /** Every plugin found, active or refused, ordered by id. */
    public List<PluginState> plugins() {
        return List.of();
    }

    /** The plugins that run, ordered by id. */
    public List<ActivePlugin> active() {
        return List.of();
    }

    /** The running plugin with this id, if there is one. */
    public Optional<ActivePlugin> active(String pluginId) {
        return active().stream().filter(plugin -> plugin.id().equals(pluginId)).findFirst();
    }
}
