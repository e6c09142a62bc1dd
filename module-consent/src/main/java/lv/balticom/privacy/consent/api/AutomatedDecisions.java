package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;

/**
 * The log of automated decisions with legal effect (POL-10..12). A decision is refused unless the
 * subject's explicit consent to {@code AUTOMATED_DECISIONS} is in force or it rests on the contract or the
 * law; the subject may contest one, which opens a review by a person. Every change is audited.
 * Thread-safe.
 */
public interface AutomatedDecisions {

    /** Logs a decision; 400 naming the field, 404 for an unknown subject, 409 naming {@code basis} when consent is not in force. */
    AutomatedDecision record(Actor actor, UUID subjectId, NewDecision decision);

    /** The subject's decisions, newest first; 404 for an unknown subject. */
    List<AutomatedDecision> of(UUID subjectId);

    /** Contests a decision and opens its review; 404 naming {@code decisionId}, 409 when it is already contested. */
    DecisionReview contest(Actor actor, UUID subjectId, UUID decisionId, @Nullable CollectionMethod collectedVia,
                           @Nullable String reason);

    /** The reviews, open ones first and oldest first; only those with the status when given. */
    List<DecisionReview> reviews(@Nullable DecisionReview.Status status);

    /** Closes a review with its resolution; 404 naming {@code reviewId}, 409 when it is closed already. */
    DecisionReview resolve(Actor actor, UUID reviewId, @Nullable DecisionReview.Resolution resolution, @Nullable String note);
}
