package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * An automated decision with legal effect on a subject (POL-10..12), as logged.
 *
 * @param id the decision's id
 * @param subjectId about whom
 * @param kind what sort of decision (for example {@code CREDIT_CHECK}, {@code APPLICATION})
 * @param outcome what was decided (for example {@code APPROVED}, {@code REJECTED})
 * @param inputsSummary a summary of the inputs it rests on
 * @param basis consent, contract or legal obligation
 * @param consentEventId the consent event in force when it rests on consent
 * @param decidedAt when it was made
 * @param recordedAt when it was logged
 * @param actor who logged it
 * @param status where it stands
 */
@Serdeable
public record AutomatedDecision(
        UUID id,
        UUID subjectId,
        String kind,
        String outcome,
        String inputsSummary,
        Basis basis,
        @Nullable UUID consentEventId,
        Instant decidedAt,
        Instant recordedAt,
        String actor,
        DecisionStatus status) {
}
