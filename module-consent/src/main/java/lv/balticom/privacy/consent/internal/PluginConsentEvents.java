package lv.balticom.privacy.consent.internal;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import lv.balticom.privacy.consent.api.ConsentChanged;
import lv.balticom.privacy.consent.api.Decision;
import lv.balticom.privacy.core.api.plugins.PluginExtensions;
import lv.balticom.privacy.spi.event.PrivacyEvent;

/**
 * Tells the plugins' event listeners of every committed consent event (the SPI's
 * {@link PrivacyEvent.ConsentChanged}): the purpose's code, given or withdrawn, how it was collected
 * ({@code PORTAL}, {@code CALL_CENTRE}, ...) and when. The ledger publishes {@link ConsentChanged} after
 * the commit, so the plugins never hear of a consent that was rolled back.
 */
@Singleton
final class PluginConsentEvents implements ApplicationEventListener<ConsentChanged> {

    private final PluginExtensions plugins;

    PluginConsentEvents(PluginExtensions plugins) {
        this.plugins = plugins;
    }

    @Override
    public void onApplicationEvent(ConsentChanged event) {
        plugins.publish(new PrivacyEvent.ConsentChanged(event.subjectId(), event.purpose(), event.decision() == Decision.GRANTED,
                event.collectedVia().name(), event.occurredAt()));
    }
}
