package lv.balticom.privacy.consent.web.console;

import io.micronaut.core.annotation.Nullable;
import lv.balticom.privacy.consent.api.AutomatedDecision;
import lv.balticom.privacy.consent.api.DecisionReview;

/**
 * A review of a contested automated decision (POL-12) with the decision it is about.
 *
 * @param review the review
 * @param decision the decision, or null if the log no longer finds it
 */
public record ReviewRow(DecisionReview review, @Nullable AutomatedDecision decision) {
}
