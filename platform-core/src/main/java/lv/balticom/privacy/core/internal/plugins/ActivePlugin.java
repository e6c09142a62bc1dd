package lv.balticom.privacy.core.internal.plugins;

import java.util.List;
import java.util.Optional;
import lv.balticom.privacy.spi.PluginContext;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.event.PrivacyEventListener;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;
import lv.balticom.privacy.spi.subject.SubjectDataSource;

/**
 * A plugin that started, with everything it contributes (read once, at start-up).
 *
 * @param plugin the plugin's instance
 * @param context the context it was started with
 * @param registers its record registers
 * @param subjectDataSources what it holds about data subjects
 * @param retentionTargets what retention rules apply to
 * @param processingContributors what it adds to the record of processing
 * @param eventListeners who hears the platform's events
 */
public record ActivePlugin(PrivacyPlugin plugin, PluginContext context, List<RegisterDefinition> registers,
                           List<SubjectDataSource> subjectDataSources, List<RetentionTarget> retentionTargets,
                           List<ProcessingContributor> processingContributors, List<PrivacyEventListener> eventListeners) {

    public ActivePlugin {
        registers = List.copyOf(registers);
        subjectDataSources = List.copyOf(subjectDataSources);
        retentionTargets = List.copyOf(retentionTargets);
        processingContributors = List.copyOf(processingContributors);
        eventListeners = List.copyOf(eventListeners);
    }

    /** The plugin's id. */
    public String id() {
        return plugin.id();
    }

    /** The register with this id, if the plugin has one. */
    public Optional<RegisterDefinition> register(String registerId) {
        return registers.stream().filter(register -> register.id().equals(registerId)).findFirst();
    }
}
