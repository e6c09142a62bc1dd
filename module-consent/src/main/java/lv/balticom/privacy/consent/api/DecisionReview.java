package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A task for a person: review an automated decision the subject contested (POL-10..12).
 *
 * @param id the task's id
 * @param decisionId the decision contested
 * @param subjectId whose
 * @param reason what the subject says, if anything
 * @param collectedVia how the subject contested it
 * @param status open or closed
 * @param openedAt when it was opened
 * @param openedBy who recorded the contest
 * @param resolution upheld or changed, once closed
 * @param note the reviewer's note, once closed
 * @param closedAt when it was closed
 * @param closedBy who closed it
 */
@Serdeable
public record DecisionReview(
        UUID id,
        UUID decisionId,
        UUID subjectId,
        @Nullable String reason,
        CollectionMethod collectedVia,
        Status status,
        Instant openedAt,
        String openedBy,
        @Nullable Resolution resolution,
        @Nullable String note,
        @Nullable Instant closedAt,
        @Nullable String closedBy) {

    /** Whether a person still has to look at it. */
    public enum Status { OPEN, CLOSED }

    /** What the reviewer decided. */
    public enum Resolution { UPHELD, CHANGED }
}
