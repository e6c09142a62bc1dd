package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the consent ledger: a consent given or withdrawn. Events are never changed or deleted;
 * the current state is derived from them (POL-36).
 *
 * @param id the event's id
 * @param subjectId whose consent
 * @param purpose the catalogue code of the purpose
 * @param channel the communication channel it covers, for purposes given per channel (POL-38..40), else null
 * @param decision given or withdrawn
 * @param collectedVia how the subject gave or withdrew it (POL-34, POL-44)
 * @param evidence a reference to the evidence (form number, call id, ...), if any
 * @param recordedBy who took it down, as the caller says (an agent, a system), if said
 * @param actor who recorded it in the platform, as the audit ledger names it ({@code user:anna}, {@code api-key:crm})
 * @param occurredAt when the subject gave or withdrew it
 * @param recordedAt when the platform recorded it; from then on every check answers by it
 * @param policyVersion the version of the privacy policy (the notice) the subject was shown
 * @param optOutId the opt-out this event is part of (POL-46), if any
 */
@Serdeable
public record ConsentEvent(
        UUID id,
        UUID subjectId,
        String purpose,
        @Nullable Channel channel,
        Decision decision,
        CollectionMethod collectedVia,
        @Nullable String evidence,
        @Nullable String recordedBy,
        String actor,
        Instant occurredAt,
        Instant recordedAt,
        String policyVersion,
        @Nullable UUID optOutId) {

    public ConsentEvent {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(subjectId, "subjectId is null");
        Objects.requireNonNull(purpose, "purpose is null");
        Objects.requireNonNull(decision, "decision is null");
        Objects.requireNonNull(collectedVia, "collectedVia is null");
        Objects.requireNonNull(actor, "actor is null");
        Objects.requireNonNull(occurredAt, "occurredAt is null");
        Objects.requireNonNull(recordedAt, "recordedAt is null");
        Objects.requireNonNull(policyVersion, "policyVersion is null");
    }
}
