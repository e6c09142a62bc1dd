package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * The current state of one consent of a subject: what the latest event (by when it occurred) says.
 *
 * @param purpose the purpose's catalogue code
 * @param channel the channel, for purposes given per channel
 * @param decision given or withdrawn
 * @param since when the subject gave or withdrew it (the first event of the current unbroken run)
 * @param eventId the latest event
 * @param collectedVia how the latest event was given
 * @param policyVersion the policy version of the latest event
 * @param occurredAt when the latest event occurred
 */
@Serdeable
public record ConsentState(
        String purpose,
        @Nullable Channel channel,
        Decision decision,
        Instant since,
        UUID eventId,
        CollectionMethod collectedVia,
        String policyVersion,
        Instant occurredAt) {
}
