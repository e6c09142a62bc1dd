package lv.balticom.privacy.core.internal.registers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lv.balticom.privacy.core.internal.plugins.ActivePlugin;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * One register of one plugin, with the plugin's other registers (a reference field may point to any of
 * them): what {@link PluginRecords} works on.
 *
 * @param pluginId the plugin
 * @param registers all of the plugin's registers
 * @param definition the register itself, one of {@code registers}
 */
public record PluginRegister(String pluginId, List<RegisterDefinition> registers, RegisterDefinition definition) {

    public PluginRegister {
        Objects.requireNonNull(pluginId, "pluginId is null");
        registers = List.copyOf(registers);
        Objects.requireNonNull(definition, "definition is null");
        if (!registers.contains(definition)) {
            throw new IllegalArgumentException("the register " + definition.id() + " is not one of the plugin's registers");
        }
    }

    /**
     * The register with this id among the plugin's registers.
     *
     * @throws IllegalArgumentException when the plugin has no register with this id
     */
    public static PluginRegister of(String pluginId, List<RegisterDefinition> registers, String registerId) {
        RegisterDefinition definition = registers.stream().filter(register -> register.id().equals(registerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plugin " + pluginId + " declared no register " + registerId));
        return new PluginRegister(pluginId, registers, definition);
    }

    /** The register of a running plugin, if it has one with this id. */
    public static Optional<PluginRegister> of(ActivePlugin plugin, String registerId) {
        return plugin.register(registerId).map(definition -> new PluginRegister(plugin.id(), plugin.registers(), definition));
    }

    /** The register's id. */
    public String id() {
        return definition.id();
    }

    /** The plugin's register with this id, if it has one. */
    public Optional<RegisterDefinition> sibling(String registerId) {
        return registers.stream().filter(register -> register.id().equals(registerId)).findFirst();
    }
}
