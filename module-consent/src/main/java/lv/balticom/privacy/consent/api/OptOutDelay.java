package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A withdrawal of commercial notices whose effect came later than when the subject asked (POL-46): the
 * platform recorded it after it occurred, so checks in between still permitted sending.
 *
 * @param eventId the withdrawal
 * @param subjectId whose
 * @param purpose the purpose withdrawn
 * @param channel the channel, if per channel
 * @param collectedVia how the subject asked
 * @param occurredAt when the subject asked
 * @param recordedAt when it took effect
 * @param delaySeconds how long that took
 * @param beyondPolicyBound whether it took longer than the policy's outer bound of two days
 * @param optOutId the opt-out it was part of, if any
 */
@Serdeable
public record OptOutDelay(UUID eventId, UUID subjectId, String purpose, @Nullable Channel channel, CollectionMethod collectedVia,
                          Instant occurredAt, Instant recordedAt, long delaySeconds, boolean beyondPolicyBound,
                          @Nullable UUID optOutId) {
}
