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
import java.util.List;
import java.util.UUID;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.Codes;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.ConsentLedger;
import lv.balticom.privacy.consent.api.ConsentReceipt;
import lv.balticom.privacy.consent.api.ConsentState;
import lv.balticom.privacy.consent.api.Decision;
import lv.balticom.privacy.consent.api.NewConsent;
import lv.balticom.privacy.consent.api.OptOut;
import lv.balticom.privacy.consent.api.OptOutResult;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;

/**
 * The consent ledger over HTTP (POL-33..47): record a consent or a withdrawal, opt out, and read a subject's
 * consents, their history, one event and its receipt. docs/api.md, Consents.
 */
@Controller("/api/v1")
public class ConsentController {

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
    public record ConsentBody(@Nullable String purpose, @Nullable String channel, @Nullable String decision,
                              @Nullable String collectedVia, @Nullable String evidence, @Nullable String recordedBy,
                              @Nullable String occurredAt, @Nullable String policyVersion) {
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
    public record OptOutBody(@Nullable String collectedVia, @Nullable String channel, @Nullable String evidence,
                             @Nullable String recordedBy, @Nullable String occurredAt) {
    }

    /**
     * A subject's consents now.
     *
     * @param subjectId whose
     * @param items one per purpose and channel that has an event
     */
    @Serdeable
    public record CurrentConsents(UUID subjectId, List<ConsentState> items) {
    }

    @Post("/subjects/{id}/consents")
    @RequiresPermission(Permission.CONSENT_WRITE)
    public HttpResponse<ConsentEvent> record(@PathVariable UUID id, @Body String body,
                                             @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        ConsentBody sent = bodies.read(body, ConsentBody.class);
        NewConsent consent = new NewConsent(sent.purpose(), Codes.parse(Channel.class, sent.channel(), "channel"),
                Codes.parse(Decision.class, sent.decision(), "decision"),
                Codes.parse(CollectionMethod.class, sent.collectedVia(), "collectedVia"), sent.evidence(), sent.recordedBy(),
                Inputs.instant(sent.occurredAt(), "occurredAt"), sent.policyVersion());
        ConsentEvent event = ledger.record(actor, id, consent);
        return HttpResponse.created(event, UriBuilder.of("/api/v1/consents").path(event.id().toString()).build());
    }

    @Post("/subjects/{id}/opt-out")
    @RequiresPermission(Permission.CONSENT_WRITE)
    public HttpResponse<OptOutResult> optOut(@PathVariable UUID id, @Body String body,
                                             @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        OptOutBody sent = bodies.read(body, OptOutBody.class);
        OptOut optOut = new OptOut(Codes.parse(CollectionMethod.class, sent.collectedVia(), "collectedVia"),
                Codes.parse(Channel.class, sent.channel(), "channel"), sent.evidence(), sent.recordedBy(),
                Inputs.instant(sent.occurredAt(), "occurredAt"));
        return HttpResponse.created(ledger.optOut(actor, id, optOut));
    }

    @Get("/subjects/{id}/consents")
    @RequiresPermission(Permission.CONSENT_READ)
    public CurrentConsents current(@PathVariable UUID id) {
        return new CurrentConsents(id, ledger.current(id));
    }

    @Get("/subjects/{id}/consents/history")
    @RequiresPermission(Permission.CONSENT_READ)
    public PageView<ConsentEvent> history(@PathVariable UUID id, @QueryValue(defaultValue = "0") int page,
                                          @QueryValue(defaultValue = "50") int size) {
        return ledger.history(id, page, size);
    }

    @Get("/consents/{eventId}")
    @RequiresPermission(Permission.CONSENT_READ)
    public ConsentEvent event(@PathVariable UUID eventId) {
        return ledger.event(eventId).orElseThrow(() -> ProblemException.notFound("eventId", "No consent event has this id."));
    }

    @Get("/consents/{eventId}/receipt")
    @RequiresPermission(Permission.CONSENT_READ)
    public ConsentReceipt receipt(@PathVariable UUID eventId) {
        return ledger.receipt(eventId);
    }
}
