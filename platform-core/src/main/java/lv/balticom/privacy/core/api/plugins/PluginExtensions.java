package lv.balticom.privacy.core.api.plugins;

import java.util.List;
import java.util.Objects;
import lv.balticom.privacy.spi.event.PrivacyEvent;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.subject.SubjectDataSource;

/**
 * What the running plugins offer the feature modules: the request module asks their subject data
 * sources, the retention module sweeps their retention targets, and every module tells them what
 * happened. The lists are read once, when the plugins start, and never change while the platform runs.
 * Thread-safe.
 */
public interface PluginExtensions {

    /** Every active plugin's subject data sources, ordered by plugin id. */
    List<Contribution<SubjectDataSource>> subjectDataSources();

    /** Every active plugin's retention targets, ordered by plugin id. */
    List<Contribution<RetentionTarget>> retentionTargets();

    /**
     * Tells every active plugin's listeners about an event: after the current transaction commits (never,
     * if it rolls back), or at once outside a transaction. Returns at once; listeners run on threads of
     * their own, and one that throws is logged.
     */
    void publish(PrivacyEvent event);

    /**
     * One thing a plugin contributes, with the plugin's id (for answers, evidence and logs).
     *
     * @param pluginId the id of the plugin that contributes it
     * @param extension what it contributes
     */
    record Contribution<T>(String pluginId, T extension) {
        public Contribution {
            Objects.requireNonNull(pluginId, "pluginId is null");
            Objects.requireNonNull(extension, "extension is null");
        }
    }
}
