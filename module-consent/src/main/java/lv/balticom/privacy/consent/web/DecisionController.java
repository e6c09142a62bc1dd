package lv.balticom.privacy.consent.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import lv.balticom.privacy.consent.api.AutomatedDecision;
import lv.balticom.privacy.consent.api.AutomatedDecisions;
import lv.balticom.privacy.consent.api.Basis;
import lv.balticom.privacy.consent.api.Codes;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.DecisionReview;
import lv.balticom.privacy.consent.api.NewDecision;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;

/** Automated decisions with legal effect (POL-10..12): log one, list them, contest one, review it. */
@Controller("/api/v1")
public class DecisionController {

    private final AutomatedDecisions decisions;
    private final JsonBodies bodies;

    DecisionController(AutomatedDecisions decisions, JsonBodies bodies) {
        this.decisions = decisions;
        this.bodies = bodies;
    }

    /**
     * A decision as sent.
     *
     * @param kind what sort of decision
     * @param outcome what was decided
     * @param inputsSummary a summary of the inputs
     * @param basis {@code CONSENT}, {@code CONTRACT} or {@code LEGAL_OBLIGATION}
     * @param decidedAt when (ISO 8601); now when left out
     */
    @Serdeable
    public record DecisionBody(@Nullable String kind, @Nullable String outcome, @Nullable String inputsSummary,
                               @Nullable String basis, @Nullable String decidedAt) {
    }

    /**
     * A contest as sent.
     *
     * @param collectedVia how the subject contested
     * @param reason what the subject says
     */
    @Serdeable
    public record ContestBody(@Nullable String collectedVia, @Nullable String reason) {
    }

    /**
     * A review's resolution as sent.
     *
     * @param resolution {@code UPHELD} or {@code CHANGED}
     * @param note the reviewer's note
     */
    @Serdeable
    public record ResolutionBody(@Nullable String resolution, @Nullable String note) {
    }

    @Post("/subjects/{id}/decisions")
    @RequiresPermission(Permission.CONSENT_WRITE)
    public HttpResponse<AutomatedDecision> record(@PathVariable UUID id, @Body String body,
                                                  @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        DecisionBody sent = bodies.read(body, DecisionBody.class);
        return HttpResponse.created(decisions.record(actor, id, new NewDecision(sent.kind(), sent.outcome(), sent.inputsSummary(),
                Codes.parse(Basis.class, sent.basis(), "basis"), Inputs.instant(sent.decidedAt(), "decidedAt"))));
    }

    @Get("/subjects/{id}/decisions")
    @RequiresPermission(Permission.CONSENT_READ)
    public ItemList<AutomatedDecision> list(@PathVariable UUID id) {
        return new ItemList<>(decisions.of(id));
    }

    @Post("/subjects/{id}/decisions/{decisionId}/contest")
    @RequiresPermission(Permission.CONSENT_WRITE)
    public HttpResponse<DecisionReview> contest(@PathVariable UUID id, @PathVariable UUID decisionId, @Body String body,
                                                @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        ContestBody sent = bodies.read(body, ContestBody.class);
        return HttpResponse.created(decisions.contest(actor, id, decisionId,
                Codes.parse(CollectionMethod.class, sent.collectedVia(), "collectedVia"), sent.reason()));
    }

    @Get("/decision-reviews")
    @RequiresPermission(Permission.CONSENT_READ)
    public ItemList<DecisionReview> reviews(@Nullable @QueryValue String status) {
        return new ItemList<>(decisions.reviews(Codes.parse(DecisionReview.Status.class, status, "status")));
    }

    @Post("/decision-reviews/{reviewId}/resolve")
    @RequiresPermission(Permission.CONSENT_WRITE)
    public DecisionReview resolve(@PathVariable UUID reviewId, @Body String body,
                                  @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        ResolutionBody sent = bodies.read(body, ResolutionBody.class);
        return decisions.resolve(actor, reviewId, Codes.parse(DecisionReview.Resolution.class, sent.resolution(), "resolution"),
                sent.note());
    }
}
