package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published (as a Micronaut application event) after a consent event is committed, one per event; other
 * modules listen with {@code ApplicationEventListener<ConsentChanged>}. Carries ids and codes only.
 *
 * @param eventId the ledger event
 * @param subjectId whose
 * @param purpose the purpose's catalogue code
 * @param channel the channel, if per channel
 * @param decision given or withdrawn
 * @param collectedVia how
 * @param occurredAt when it happened
 */
public record ConsentChanged(UUID eventId, UUID subjectId, String purpose, @Nullable Channel channel, Decision decision,
                             CollectionMethod collectedVia, Instant occurredAt) {
}
