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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import lv.balticom.privacy.consent.api.AutomatedDecision;
import lv.balticom.privacy.consent.api.AutomatedDecisions;
import lv.balticom.privacy.consent.api.Basis;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.DecisionReview;
import lv.balticom.privacy.consent.api.NewDecision;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Examples;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Lists;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.TextValues;
import lv.balticom.privacy.core.api.openapi.ApiProblems;

/** Automated decisions with legal effect (POL-10..12): log one, list them, contest one, review it. */
@Controller("/api/v1")
@Tag(name = ConsentApiDocumentation.DECISIONS, description = ConsentApiDocumentation.DECISIONS_DESCRIPTION)
public class DecisionController {

    private static final String DECISION_ID = "The decision's id.";
    private static final String REVIEW_ID = "The review's id.";

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
    @Schema(name = "NewAutomatedDecision", description = "An automated decision with legal effect, as sent.")
    public record DecisionBody(@Nullable @Schema(pattern = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String kind,
                               @Nullable @Schema(pattern = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String outcome,
                               @Nullable @Schema(minLength = 1, maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String inputsSummary,
                               @Nullable @Schema(allowableValues = {"CONSENT", "CONTRACT", "LEGAL_OBLIGATION"}, requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String basis,
                               @Nullable @Schema(format = "date-time") String decidedAt) {
    }

    /**
     * A contest as sent.
     *
     * @param collectedVia how the subject contested
     * @param reason what the subject says
     */
    @Serdeable
    @Schema(name = "DecisionContest", description = "The subject contests an automated decision, as sent.")
    public record ContestBody(@Nullable @Schema(implementation = CollectionMethod.class, requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String collectedVia,
                              @Nullable @Schema(maxLength = 2000) String reason) {
    }

    /**
     * A review's resolution as sent.
     *
     * @param resolution {@code UPHELD} or {@code CHANGED}
     * @param note the reviewer's note
     */
    @Serdeable
    @Schema(name = "DecisionReviewResolution", description = "A reviewer's resolution of a contested decision, as sent.")
    public record ResolutionBody(@Nullable @Schema(implementation = DecisionReview.Resolution.class, requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String resolution,
                                 @Nullable @Schema(maxLength = 2000) String note) {
    }

    @Post("/subjects/{id}/decisions")
    @RequiresPermission(Permission.CONSENT_WRITE)
    @Operation(operationId = "recordDecision", summary = "Log an automated decision",
            description = "Needs the permission `consent:write`. Logs a decision with legal effect made without a person "
                    + "(POL-10..12), such as approving or rejecting an application: its `kind` and `outcome` (1 to 64 "
                    + "letters, digits, `_` or `-`), a summary of its inputs (1 to 2,000 characters) and its basis: "
                    + "`CONSENT`, `CONTRACT` or `LEGAL_OBLIGATION`. On `CONSENT` the subject's explicit consent to "
                    + "`AUTOMATED_DECISIONS` must be in force at `decidedAt` (POL-11), else 409 and nothing is stored; the "
                    + "answer names that consent event. `decidedAt` defaults to now, never in the future. One audit entry "
                    + "`decision.recorded`, with ids and codes only.",
            parameters = @Parameter(name = "id", description = ConsentApiDocumentation.SUBJECT_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE),
            requestBody = @RequestBody(required = true, description = "The decision, its inputs and its basis.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionBody.class),
                            examples = @ExampleObject(name = "credit-check", value = Examples.NEW_DECISION))))
    @ApiResponse(responseCode = "201", description = "Logged, in force.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AutomatedDecision.class),
                    examples = @ExampleObject(name = "credit-check", value = Examples.DECISION)))
    @ApiResponse(responseCode = "400", description = "A field is missing or not valid (`field` names it): a basis other than "
            + "the three, a `decidedAt` in the future, or an id that is not a UUID. Nothing is stored.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "invalid-basis", value = Examples.BASIS_INVALID)))
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    @ApiResponse(responseCode = "409", description = "On `CONSENT`: the subject's consent to automated decisions is not in "
            + "force (`field` is `basis`). Nothing is stored.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "no-consent", value = Examples.NO_DECISION_CONSENT)))
    public HttpResponse<AutomatedDecision> record(@PathVariable UUID id, @Body String body,
                                                  @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        DecisionBody sent = bodies.read(body, DecisionBody.class);
        return HttpResponse.created(decisions.record(actor, id, new NewDecision(sent.kind(), sent.outcome(), sent.inputsSummary(),
                TextValues.code(Basis.class, sent.basis(), "basis"), TextValues.instant(sent.decidedAt(), "decidedAt"))));
    }

    @Get("/subjects/{id}/decisions")
    @RequiresPermission(Permission.CONSENT_READ)
    @Operation(operationId = "listDecisions", summary = "A subject's automated decisions",
            description = "Needs the permission `consent:read`. Every automated decision logged about the subject, newest "
                    + "first, with where it stands: `IN_FORCE`, `CONTESTED`, `UPHELD` or `CHANGED` (POL-10..12).",
            parameters = @Parameter(name = "id", description = ConsentApiDocumentation.SUBJECT_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE))
    @ApiResponse(responseCode = "200", description = "The decisions, newest first.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.Decisions.class),
                    examples = @ExampleObject(name = "credit-check", value = Examples.DECISIONS)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (`field` is `id`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "invalid-id", value = Examples.INVALID_ID)))
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public ItemList<AutomatedDecision> list(@PathVariable UUID id) {
        return new ItemList<>(decisions.of(id));
    }

    @Post("/subjects/{id}/decisions/{decisionId}/contest")
    @RequiresPermission(Permission.CONSENT_WRITE)
    @Operation(operationId = "contestDecision", summary = "Contest an automated decision",
            description = "Needs the permission `consent:write`. The subject contests a decision (POL-12): it becomes "
                    + "`CONTESTED` and a review opens for a person (`GET /api/v1/decision-reviews`). `collectedVia` is "
                    + "required; `reason` is what the subject says. A decision is contested once. One audit entry "
                    + "`decision.contested`.",
            parameters = {
                    @Parameter(name = "id", description = ConsentApiDocumentation.SUBJECT_ID,
                            schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE),
                    @Parameter(name = "decisionId", description = DECISION_ID,
                            schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.DECISION_EXAMPLE)
            },
            requestBody = @RequestBody(required = true, description = "How the subject contested it, and why.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContestBody.class),
                            examples = @ExampleObject(name = "invoices-paid", value = Examples.CONTEST))))
    @ApiResponse(responseCode = "201", description = "Contested: the review opened.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionReview.class),
                    examples = @ExampleObject(name = "invoices-paid", value = Examples.REVIEW_OPEN)))
    @ApiResponse(responseCode = "400", description = "`collectedVia` is missing or unknown, or an id is not a UUID (`field` "
            + "names it). Nothing changes.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "collected-via-required", value = Examples.COLLECTED_VIA_REQUIRED)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = "No data subject has this id (`field` is `id`), or the subject has no "
            + "decision with this id (`decisionId`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "unknown-decision", value = Examples.UNKNOWN_DECISION)))
    @ApiResponse(responseCode = "409", description = "The decision has been contested already (`field` is `decisionId`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "contested-already", value = Examples.CONTESTED_ALREADY)))
    public HttpResponse<DecisionReview> contest(@PathVariable UUID id, @PathVariable UUID decisionId, @Body String body,
                                                @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        ContestBody sent = bodies.read(body, ContestBody.class);
        return HttpResponse.created(decisions.contest(actor, id, decisionId,
                TextValues.code(CollectionMethod.class, sent.collectedVia(), "collectedVia"), sent.reason()));
    }

    @Get("/decision-reviews")
    @RequiresPermission(Permission.CONSENT_READ)
    @Operation(operationId = "listDecisionReviews", summary = "Reviews of contested decisions",
            description = "Needs the permission `consent:read`. The reviewers' work list (POL-12): every review of a "
                    + "contested decision, open ones first, oldest first; `status` keeps only `OPEN` or `CLOSED` ones.",
            parameters = @Parameter(name = "status", description = "`OPEN` or `CLOSED`; both when left out.",
                    schema = @Schema(implementation = DecisionReview.Status.class), example = "OPEN"))
    @ApiResponse(responseCode = "200", description = "The reviews, open ones first, oldest first.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.Reviews.class),
                    examples = @ExampleObject(name = "open", value = Examples.REVIEWS)))
    @ApiResponse(responseCode = "400", description = "`status` is neither `OPEN` nor `CLOSED`.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "invalid-status", value = Examples.STATUS_INVALID)))
    @ApiProblems.SignInRequired
    public ItemList<DecisionReview> reviews(@Nullable @QueryValue String status) {
        return new ItemList<>(decisions.reviews(TextValues.code(DecisionReview.Status.class, status, "status")));
    }

    @Post("/decision-reviews/{reviewId}/resolve")
    @RequiresPermission(Permission.CONSENT_WRITE)
    @Operation(operationId = "resolveDecisionReview", summary = "Resolve a review",
            description = "Needs the permission `consent:write`. A person closes the review of a contested decision "
                    + "(POL-12): `UPHELD` keeps the decision, `CHANGED` changes it; the decision's status becomes the same. "
                    + "`note` is the reviewer's. A review is closed once. One audit entry `decision.reviewed`.",
            parameters = @Parameter(name = "reviewId", description = REVIEW_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.REVIEW_EXAMPLE),
            requestBody = @RequestBody(required = true, description = "The resolution and the reviewer's note.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResolutionBody.class),
                            examples = @ExampleObject(name = "changed", value = Examples.RESOLUTION))))
    @ApiResponse(responseCode = "200", description = "The review, closed.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionReview.class),
                    examples = @ExampleObject(name = "changed", value = Examples.REVIEW_CLOSED)))
    @ApiResponse(responseCode = "400", description = "`resolution` is missing or unknown, the note too long, or the id not a "
            + "UUID (`field` names it). Nothing changes.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "invalid-resolution", value = Examples.RESOLUTION_INVALID)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = "No review has this id (`field` is `reviewId`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "unknown-review", value = Examples.UNKNOWN_REVIEW)))
    @ApiResponse(responseCode = "409", description = "The review is closed already (`field` is `reviewId`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "closed-already", value = Examples.REVIEW_CLOSED_ALREADY)))
    public DecisionReview resolve(@PathVariable UUID reviewId, @Body String body,
                                  @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        ResolutionBody sent = bodies.read(body, ResolutionBody.class);
        return decisions.resolve(actor, reviewId, TextValues.code(DecisionReview.Resolution.class, sent.resolution(), "resolution"),
                sent.note());
    }
}
