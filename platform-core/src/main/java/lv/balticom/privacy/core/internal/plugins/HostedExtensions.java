package lv.balticom.privacy.core.internal.plugins;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Function;
import lv.balticom.privacy.core.api.plugins.PluginExtensions;
import lv.balticom.privacy.spi.event.PrivacyEvent;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.subject.SubjectDataSource;

/** The feature modules' view of the plugins: {@link Plugins} for what they contribute, {@link PluginEvents} for events. */
@Singleton
final class HostedExtensions implements PluginExtensions {

    private final Plugins plugins;
    private final PluginEvents events;

    HostedExtensions(Plugins plugins, PluginEvents events) {
        this.plugins = plugins;
        this.events = events;
    }

    @Override
    public List<Contribution<SubjectDataSource>> subjectDataSources() {
        return contributions(ActivePlugin::subjectDataSources);
    }

    @Override
    public List<Contribution<RetentionTarget>> retentionTargets() {
        return contributions(ActivePlugin::retentionTargets);
    }

    @Override
    public void publish(PrivacyEvent event) {
        events.publish(event);
    }

    private <T> List<Contribution<T>> contributions(Function<ActivePlugin, List<T>> what) {
        return plugins.active().stream()
                .flatMap(plugin -> what.apply(plugin).stream().map(extension -> new Contribution<>(plugin.id(), extension)))
                .toList();
    }
}
