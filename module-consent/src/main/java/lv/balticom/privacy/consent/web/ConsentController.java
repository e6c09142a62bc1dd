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
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.ConsentLedger;
import lv.balticom.privacy.consent.api.ConsentReceipt;
import lv.balticom.privacy.consent.api.ConsentState;
import lv.balticom.privacy.consent.api.Decision;
import lv.balticom.privacy.consent.api.NewConsent;
import lv.balticom.privacy.consent.api.OptOut;
import lv.balticom.privacy.consent.api.OptOutResult;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Examples;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Lists;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.TextValues;
import lv.balticom.privacy.core.api.openapi.ApiProblems;

/**
 * The consent ledger over HTTP (POL-33..47): record a consent or a withdrawal, opt out, and read a subject's
 * consents, their history, one event and its receipt. docs/api.md, Consents.
 */
@Controller("/api/v1")
@Tag(name = ConsentApiDocumentation.CONSENT, description = ConsentApiDocumentation.CONSENT_DESCRIPTION)
public class ConsentController {

    private static final String EVENT_ID = "The consent event's id.";

    private final ConsentLedger ledger;
    private final JsonBodies bodies;

    ConsentController(ConsentLedger ledger, JsonBodies bodies) {
        this.ledger = ledger;
        this.bodies = bodies;
    }

    /**
     * A consent event as sent.
     *
     * @param purpose a purpose's catalogue code
     * @param channel a channel, exactly for purposes given per channel
     * @param decision {@code GRANTED} or {@code WITHDRAWN}
     * @param collectedVia how it was given
     * @param evidence a reference to the evidence
     * @param recordedBy who took it down
     * @param occurredAt when it happened (ISO 8601); now when left out
     * @param policyVersion the policy version shown; the one in force when left out
     */
    @Serdeable
    @Schema(name = "NewConsentEvent", description = "A consent given or withdrawn, as sent.")
    public record ConsentBody(@Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String purpose,
                              @Nullable @Schema(implementation = Channel.class) String channel,
                              @Nullable @Schema(implementation = Decision.class, requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String decision,
                              @Nullable @Schema(implementation = CollectionMethod.class, requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String collectedVia,
                              @Nullable @Schema(maxLength = 1000) String evidence,
                              @Nullable @Schema(maxLength = 200) String recordedBy,
                              @Nullable @Schema(format = "date-time") String occurredAt,
                              @Nullable String policyVersion) {
    }

    /**
     * An opt-out as sent.
     *
     * @param collectedVia how the subject said so
     * @param channel the one channel, or none for all
     * @param evidence a reference to the evidence
     * @param recordedBy who took it down
     * @param occurredAt when the subject said so; now when left out
     */
    @Serdeable
    @Schema(name = "NewOptOut", description = "An opt-out of commercial notices (POL-46), as sent.")
    public record OptOutBody(@Nullable @Schema(implementation = CollectionMethod.class, requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String collectedVia,
                             @Nullable @Schema(implementation = Channel.class) String channel,
                             @Nullable @Schema(maxLength = 1000) String evidence,
                             @Nullable @Schema(maxLength = 200) String recordedBy,
                             @Nullable @Schema(format = "date-time") String occurredAt) {
    }

    /**
     * A subject's consents now.
     *
     * @param subjectId whose
     * @param items one per purpose and channel that has an event
     */
    @Serdeable
    @Schema(name = "CurrentConsents", description = "A subject's consents now: one per purpose and channel that has an event.")
    public record CurrentConsents(UUID subjectId, List<ConsentState> items) {
    }

    @Post("/subjects/{id}/consents")
    @RequiresPermission(Permission.CONSENT_WRITE)
    @Operation(operationId = "recordConsent", summary = "Record a consent or a withdrawal",
            description = "Needs the permission `consent:write`. Adds one event to the subject's consent ledger (POL-33): "
                    + "`GRANTED` or `WITHDRAWN`, for a catalogue purpose that may rest on consent, with how the subject gave "
                    + "it (`collectedVia`, POL-34, POL-44) and, for purposes given per channel (`COMMERCIAL_NOTICES`, "
                    + "`PARTNER_COMMERCIAL_NOTICES`), the communication channel it covers (POL-38..40); `channel` is refused "
                    + "for the others. `occurredAt` defaults to now and may lie in the past (an agent records a paper form), "
                    + "never in the future; `policyVersion` defaults to the version in force on that day. A withdrawal is "
                    + "recorded the same way as a consent and takes effect for every check at once (POL-35); events are never "
                    + "changed or deleted (POL-36). One audit entry `consent.granted` or `consent.withdrawn` in the same "
                    + "transaction, without the evidence or `recordedBy`.",
            parameters = @Parameter(name = "id", description = ConsentApiDocumentation.SUBJECT_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE),
            requestBody = @RequestBody(required = true, description = "The purpose, channel, decision and how it was given.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConsentBody.class),
                            examples = {@ExampleObject(name = "consent-in-a-shop", value = Examples.NEW_CONSENT),
                                        @ExampleObject(name = "withdrawal-in-the-portal", value = Examples.NEW_WITHDRAWAL)})))
    @ApiResponse(responseCode = "201", description = "Recorded; `Location` is `/api/v1/consents/{eventId}`. Every check "
            + "answers by it from now on.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConsentEvent.class),
                    examples = @ExampleObject(name = "consent-in-a-shop", value = Examples.CONSENT_EVENT)))
    @ApiResponse(responseCode = "400", description = "A field is missing or not valid (`field` names it): an unknown purpose "
            + "or one that does not rest on consent, a channel missing or not wanted, an unknown code, a future "
            + "`occurredAt`, an unknown `policyVersion`, or an id that is not a UUID. Nothing is recorded.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = {@ExampleObject(name = "channel-required", value = Examples.CHANNEL_REQUIRED),
                                @ExampleObject(name = "not-on-consent", value = Examples.NOT_ON_CONSENT),
                                @ExampleObject(name = "in-the-future", value = Examples.OCCURRED_IN_FUTURE)}))
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public HttpResponse<ConsentEvent> record(@PathVariable UUID id, @Body String body,
                                             @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        ConsentBody sent = bodies.read(body, ConsentBody.class);
        NewConsent consent = new NewConsent(sent.purpose(), TextValues.code(Channel.class, sent.channel(), "channel"),
                TextValues.code(Decision.class, sent.decision(), "decision"),
                TextValues.code(CollectionMethod.class, sent.collectedVia(), "collectedVia"), sent.evidence(), sent.recordedBy(),
                TextValues.instant(sent.occurredAt(), "occurredAt"), sent.policyVersion());
        ConsentEvent event = ledger.record(actor, id, consent);
        return HttpResponse.created(event, UriBuilder.of("/api/v1/consents").path(event.id().toString()).build());
    }

    @Post("/subjects/{id}/opt-out")
    @RequiresPermission(Permission.CONSENT_WRITE)
    @Operation(operationId = "optOut", summary = "Opt out of commercial notices",
            description = "Needs the permission `consent:write`. POL-46: one call withdraws the company's and the partners' "
                    + "commercial notices (`COMMERCIAL_NOTICES`, `PARTNER_COMMERCIAL_NOTICES`) on every channel, or on "
                    + "`channel` alone, whatever the subject had given: one withdrawal event per purpose and channel (20 "
                    + "for all channels), all with the same `optOutId`, in one transaction, effective for every check at "
                    + "once. Other purposes are not touched. `collectedVia` (required), `evidence`, `recordedBy` and "
                    + "`occurredAt` as for a consent. One audit entry `consent.opted-out`.",
            parameters = @Parameter(name = "id", description = ConsentApiDocumentation.SUBJECT_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE),
            requestBody = @RequestBody(required = true, description = "How the subject opted out, and of which channel.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = OptOutBody.class),
                            examples = {@ExampleObject(name = "sms-by-phone", value = Examples.NEW_OPT_OUT),
                                        @ExampleObject(name = "all-channels-by-e-mail", value = Examples.NEW_OPT_OUT_ALL)})))
    @ApiResponse(responseCode = "201", description = "Opted out: the withdrawals, by purpose and then channel.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OptOutResult.class),
                    examples = @ExampleObject(name = "sms-by-phone", value = Examples.OPT_OUT)))
    @ApiResponse(responseCode = "400", description = "`collectedVia` is missing, a code is unknown, `occurredAt` lies in the "
            + "future, or the id is not a UUID (`field` names it). Nothing is recorded.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "collected-via-required", value = Examples.COLLECTED_VIA_REQUIRED)))
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public HttpResponse<OptOutResult> optOut(@PathVariable UUID id, @Body String body,
                                             @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        OptOutBody sent = bodies.read(body, OptOutBody.class);
        OptOut optOut = new OptOut(TextValues.code(CollectionMethod.class, sent.collectedVia(), "collectedVia"),
                TextValues.code(Channel.class, sent.channel(), "channel"), sent.evidence(), sent.recordedBy(),
                TextValues.instant(sent.occurredAt(), "occurredAt"));
        return HttpResponse.created(ledger.optOut(actor, id, optOut));
    }

    @Get("/subjects/{id}/consents")
    @RequiresPermission(Permission.CONSENT_READ)
    @Operation(operationId = "getCurrentConsents", summary = "A subject's consents now",
            description = "Needs the permission `consent:read`. For each purpose and channel that has an event, what the "
                    + "latest event (by `occurredAt`, ties in the order recorded) says, and since when: the first event of "
                    + "the unbroken run (POL-35, POL-36, POL-38..40). An event recorded late with an earlier `occurredAt` "
                    + "takes its place in time and does not override a later withdrawal. In catalogue order.",
            parameters = @Parameter(name = "id", description = ConsentApiDocumentation.SUBJECT_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE))
    @ApiResponse(responseCode = "200", description = "The subject's consents now.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CurrentConsents.class),
                    examples = @ExampleObject(name = "e-mail-given-sms-withdrawn", value = Examples.CURRENT_CONSENTS)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (`field` is `id`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "invalid-id", value = Examples.INVALID_ID)))
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public CurrentConsents current(@PathVariable UUID id) {
        return new CurrentConsents(id, ledger.current(id));
    }

    @Get("/subjects/{id}/consents/history")
    @RequiresPermission(Permission.CONSENT_READ)
    @Operation(operationId = "getConsentHistory", summary = "A subject's consent history",
            description = "Needs the permission `consent:read`. Every consent event of the subject, newest first (by "
                    + "`occurredAt`, ties newest recorded first), paged: the ledger keeps them all, so \"was it permitted "
                    + "then?\" stays answerable (POL-36).",
            parameters = {
                    @Parameter(name = "id", description = ConsentApiDocumentation.SUBJECT_ID,
                            schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE),
                    @Parameter(name = "page", description = "The page, from 0.", schema = @Schema(type = "integer",
                            minimum = "0", defaultValue = "0"), example = "0"),
                    @Parameter(name = "size", description = "Events per page, 1 to 500.", schema = @Schema(type = "integer",
                            minimum = "1", maximum = "500", defaultValue = "50"), example = "2")
            })
    @ApiResponse(responseCode = "200", description = "One page of events, newest first.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.ConsentEvents.class),
                    examples = @ExampleObject(name = "the-opt-out", value = Examples.HISTORY)))
    @ApiResponse(responseCode = "400", description = "`page` or `size` out of range, or the id is not a UUID (`field` names it).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "size-too-large", value = Examples.SIZE_TOO_LARGE)))
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public PageView<ConsentEvent> history(@PathVariable UUID id, @QueryValue(defaultValue = "0") int page,
                                          @QueryValue(defaultValue = "50") int size) {
        return ledger.history(id, page, size);
    }

    @Get("/consents/{eventId}")
    @RequiresPermission(Permission.CONSENT_READ)
    @Operation(operationId = "getConsentEvent", summary = "A consent event",
            description = "Needs the permission `consent:read`. One event of the consent ledger, as recorded (POL-36).",
            parameters = @Parameter(name = "eventId", description = EVENT_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.EVENT_EXAMPLE))
    @ApiResponse(responseCode = "200", description = "The event.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConsentEvent.class),
                    examples = @ExampleObject(name = "consent-in-a-shop", value = Examples.CONSENT_EVENT)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (`field` is `eventId`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "invalid-id", value = Examples.INVALID_EVENT_ID)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = "No consent event has this id (`field` is `eventId`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "unknown-event", value = Examples.UNKNOWN_EVENT)))
    public ConsentEvent event(@PathVariable UUID eventId) {
        return ledger.event(eventId).orElseThrow(() -> ProblemException.notFound("eventId", "No consent event has this id."));
    }

    @Get("/consents/{eventId}/receipt")
    @RequiresPermission(Permission.CONSENT_READ)
    @Operation(operationId = "getConsentReceipt", summary = "A consent receipt (ISO/IEC TS 27560)",
            description = "Needs the permission `consent:read`. A consent record shaped after ISO/IEC TS 27560:2023, for the "
                    + "subject or an auditor: the controller (POL-1, POL-2), the subject's id (no other personal data), the "
                    + "purpose and its legal basis, the data categories the purpose uses, the channel, how it was given, the "
                    + "privacy notice (policy version) shown, the event's times, and whether the consent is in force now "
                    + "(POL-33..36).",
            parameters = @Parameter(name = "eventId", description = EVENT_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.EVENT_EXAMPLE))
    @ApiResponse(responseCode = "200", description = "The receipt.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConsentReceipt.class),
                    examples = @ExampleObject(name = "consent-in-a-shop", value = Examples.RECEIPT)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (`field` is `eventId`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "invalid-id", value = Examples.INVALID_EVENT_ID)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = "No consent event has this id (`field` is `eventId`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "unknown-event", value = Examples.UNKNOWN_EVENT)))
    public ConsentReceipt receipt(@PathVariable UUID eventId) {
        return ledger.receipt(eventId);
    }
}
