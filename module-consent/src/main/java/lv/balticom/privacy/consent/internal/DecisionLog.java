package lv.balticom.privacy.consent.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import lv.balticom.privacy.consent.api.AutomatedDecision;
import lv.balticom.privacy.consent.api.AutomatedDecisions;
import lv.balticom.privacy.consent.api.Basis;
import lv.balticom.privacy.consent.api.CheckAnswer;
import lv.balticom.privacy.consent.api.CheckQuery;
import lv.balticom.privacy.consent.api.CheckRule;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.ConsentPurposes;
import lv.balticom.privacy.consent.api.DecisionReview;
import lv.balticom.privacy.consent.api.DecisionStatus;
import lv.balticom.privacy.consent.api.NewDecision;
import lv.balticom.privacy.consent.api.PermissionCheck;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.ProblemException;

/**
 * The log of automated decisions (POL-10..12): a decision on consent needs the subject's consent to
 * {@code AUTOMATED_DECISIONS} in force when it is made (asked of the permission check); contract and law
 * need none. Contesting opens a review by a person.
 */
@Singleton
public class DecisionLog implements AutomatedDecisions {

    static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$");
    static final int MAX_TEXT = 2000;

    private final DecisionRows rows;
    private final ConsentEventRows consents;
    private final PermissionCheck check;
    private final KnownSubjects subjects;
    private final AuditLedger audit;
    private final Clock clock;

    DecisionLog(DecisionRows rows, ConsentEventRows consents, PermissionCheck check, KnownSubjects subjects, AuditLedger audit,
                Clock clock) {
        this.rows = rows;
        this.consents = consents;
        this.check = check;
        this.subjects = subjects;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AutomatedDecision record(Actor actor, UUID subjectId, NewDecision decision) {
        Objects.requireNonNull(actor, "actor is null");
        Objects.requireNonNull(decision, "decision is null");
        Instant now = Times.micros(clock.instant());
        String kind = code(decision.kind(), "kind");
        String outcome = code(decision.outcome(), "outcome");
        String inputs = ConsentLedgerService.text(decision.inputsSummary(), "inputsSummary", MAX_TEXT);
        if (inputs == null) {
            throw ProblemException.invalid("inputsSummary", "is required: a summary of what the decision rests on");
        }
        Basis basis = ConsentLedgerService.required(decision.basis(), "basis");
        if (basis != Basis.CONSENT && basis != Basis.CONTRACT && basis != Basis.LEGAL_OBLIGATION) {
            throw ProblemException.invalid("basis", "must be CONSENT, CONTRACT or LEGAL_OBLIGATION (POL-10..12)");
        }
        Instant decidedAt = decision.decidedAt() == null ? now : Times.micros(decision.decidedAt());
        if (decidedAt.isAfter(now)) {
            throw ProblemException.invalid("decidedAt", "must not lie in the future");
        }
        subjects.require(subjectId, "id");
        UUID consentEvent = null;
        if (basis == Basis.CONSENT) {
            CheckAnswer answer = check.check(new CheckQuery(subjectId, ConsentPurposes.AUTOMATED_DECISIONS, null, decidedAt, null));
            if (answer.rule() != CheckRule.CONSENT_GIVEN) {
                throw ProblemException.conflict("basis", "The subject’s explicit consent to automated decisions is not in force "
                        + "(POL-11): record the decision on the contract or the law, or not at all.");
            }
            consentEvent = consents.ofSubject(subjectId).stream().map(ConsentEventRows.Stored::event)
                    .filter(event -> ConsentPurposes.AUTOMATED_DECISIONS.equals(event.purpose()))
                    .filter(event -> !event.occurredAt().isAfter(decidedAt))
                    .reduce((first, second) -> second).map(ConsentEvent::id).orElse(null);
        }
        AutomatedDecision stored = new AutomatedDecision(UUID.randomUUID(), subjectId, kind, outcome, inputs, basis, consentEvent,
                decidedAt, now, actor.auditName(), DecisionStatus.IN_FORCE);
        rows.insert(stored);
        audit.append(AuditRecord.aboutSubject(actor, "decision.recorded", subjectId, Map.of(
                "decision", stored.id().toString(), "kind", kind, "outcome", outcome, "basis", basis.name())));
        return stored;
    }

    @Override
    @ReadOnly
    public List<AutomatedDecision> of(UUID subjectId) {
        subjects.require(subjectId, "id");
        return rows.ofSubject(subjectId);
    }

    @Override
    @Transactional
    public DecisionReview contest(Actor actor, UUID subjectId, UUID decisionId, CollectionMethod collectedVia, String reason) {
        Objects.requireNonNull(actor, "actor is null");
        CollectionMethod via = ConsentLedgerService.required(collectedVia, "collectedVia");
        String why = ConsentLedgerService.text(reason, "reason", MAX_TEXT);
        subjects.require(subjectId, "id");
        AutomatedDecision decision = rows.find(decisionId).filter(found -> found.subjectId().equals(subjectId))
                .orElseThrow(() -> ProblemException.notFound("decisionId", "The subject has no automated decision with this id."));
        if (!rows.changeStatus(decisionId, DecisionStatus.IN_FORCE, DecisionStatus.CONTESTED)) {
            throw ProblemException.conflict("decisionId", "The decision has been contested already (it is "
                    + rows.find(decisionId).map(AutomatedDecision::status).orElse(decision.status()) + ").");
        }
        DecisionReview review = new DecisionReview(UUID.randomUUID(), decisionId, subjectId, why, via, DecisionReview.Status.OPEN,
                Times.micros(clock.instant()), actor.auditName(), null, null, null, null);
        rows.insert(review);
        audit.append(AuditRecord.aboutSubject(actor, "decision.contested", subjectId, Map.of(
                "decision", decisionId.toString(), "review", review.id().toString(), "collectedVia", via.name())));
        return review;
    }

    @Override
    @ReadOnly
    public List<DecisionReview> reviews(DecisionReview.Status status) {
        return rows.reviews(status);
    }

    @Override
    @Transactional
    public DecisionReview resolve(Actor actor, UUID reviewId, DecisionReview.Resolution resolution, String note) {
        Objects.requireNonNull(actor, "actor is null");
        DecisionReview.Resolution outcome = ConsentLedgerService.required(resolution, "resolution");
        String text = ConsentLedgerService.text(note, "note", MAX_TEXT);
        DecisionReview review = rows.findReview(reviewId)
                .orElseThrow(() -> ProblemException.notFound("reviewId", "No review has this id."));
        if (!rows.close(reviewId, outcome, text, Times.micros(clock.instant()), actor.auditName())) {
            throw ProblemException.conflict("reviewId", "The review is closed already.");
        }
        rows.changeStatus(review.decisionId(), DecisionStatus.CONTESTED,
                outcome == DecisionReview.Resolution.UPHELD ? DecisionStatus.UPHELD : DecisionStatus.CHANGED);
        Map<String, String> details = new TreeMap<>();
        details.put("decision", review.decisionId().toString());
        details.put("review", reviewId.toString());
        details.put("resolution", outcome.name());
        audit.append(AuditRecord.aboutSubject(actor, "decision.reviewed", review.subjectId(), details));
        return rows.findReview(reviewId).orElseThrow();
    }

    private static String code(String value, String field) {
        String stripped = value == null ? "" : value.strip();
        if (!CODE.matcher(stripped).matches()) {
            throw ProblemException.invalid(field, "is required: 1 to 64 letters, digits, '_' or '-'");
        }
        return stripped;
    }
}
