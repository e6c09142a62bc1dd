package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A consent to record, as a caller gives it ({@link ConsentLedger#record}).
 *
 * @param purpose the catalogue code of a purpose that may rest on consent
 * @param channel required exactly for purposes given per channel (POL-38..40)
 * @param decision given or withdrawn
 * @param collectedVia how the subject gave or withdrew it
 * @param evidence a reference to the evidence, at most 1,000 characters; no personal data beyond what it needs
 * @param recordedBy who took it down, at most 200 characters
 * @param occurredAt when it happened; null for now; never in the future
 * @param policyVersion the policy version shown; null for the version in force when it happened
 */
public record NewConsent(
        @Nullable String purpose,
        @Nullable Channel channel,
        @Nullable Decision decision,
        @Nullable CollectionMethod collectedVia,
        @Nullable String evidence,
        @Nullable String recordedBy,
        @Nullable Instant occurredAt,
        @Nullable String policyVersion) {
}
