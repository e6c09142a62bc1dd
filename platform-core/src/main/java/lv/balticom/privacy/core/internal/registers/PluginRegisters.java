package lv.balticom.privacy.core.internal.registers;

import jakarta.inject.Singleton;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.internal.plugins.ActivePlugin;
import lv.balticom.privacy.core.internal.plugins.Plugins;

/**
 * Finds the running plugin and its register that an API or console address names, or answers 404: a
 * plugin that is not running (refused, or not installed) has no registers to show.
 */
@Singleton
public class PluginRegisters {

    private final Plugins host;

    PluginRegisters(Plugins host) {
        this.host = host;
    }

    /**
     * The running plugin with this id.
     *
     * @throws ProblemException 404 naming {@code pluginId} when no such plugin runs
     */
    public ActivePlugin plugin(String pluginId) {
        return host.active(pluginId).orElseThrow(() -> ProblemException.notFound("pluginId", "No running plugin has this id."));
    }

    /**
     * The register with this id of the running plugin with this id.
     *
     * @throws ProblemException 404 naming {@code pluginId} or {@code registerId}
     */
    public PluginRegister register(String pluginId, String registerId) {
        return PluginRegister.of(plugin(pluginId), registerId)
                .orElseThrow(() -> ProblemException.notFound("registerId", "The plugin has no register with this id."));
    }
}
