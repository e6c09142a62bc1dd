package lv.balticom.privacy.core.internal.plugins;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The plugins the platform found: what the rest of the platform asks the host. {@link PluginHost} is
 * the one implementation; tests that need particular plugins without jars replace it.
 */
public interface Plugins {

    /** Every plugin found, active or refused, ordered by id. */
    List<PluginState> plugins();

    /** The plugins that run, ordered by id. */
    List<ActivePlugin> active();

    /** The running plugin with this id, if there is one. */
    default Optional<ActivePlugin> active(String pluginId) {
        return active().stream().filter(plugin -> plugin.id().equals(pluginId)).findFirst();
    }

    /**
     * The plugin with this id, active or refused; when a refused plugin has the id of an active one (two
     * plugins with one id), the active one.
     */
    default Optional<PluginState> plugin(String pluginId) {
        return plugins().stream().filter(plugin -> plugin.id().equals(pluginId))
                .min(Comparator.comparing(plugin -> plugin.state() == PluginState.State.ACTIVE ? 0 : 1));
    }
}
