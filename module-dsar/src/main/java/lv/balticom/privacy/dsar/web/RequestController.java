package lv.balticom.privacy.dsar.web;

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
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Paging;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.TextValues;
import lv.balticom.privacy.dsar.api.DataSubjectRequest;
import lv.balticom.privacy.dsar.api.DeliveryMethod;
import lv.balticom.privacy.dsar.api.DocumentType;
import lv.balticom.privacy.dsar.api.IdentityMethod;
import lv.balticom.privacy.dsar.api.ReceivedVia;
import lv.balticom.privacy.dsar.api.RequestStatus;
import lv.balticom.privacy.dsar.api.RequestType;
import lv.balticom.privacy.dsar.internal.IdentityEvidence;
import lv.balticom.privacy.dsar.internal.NewRequest;
import lv.balticom.privacy.dsar.internal.RequestDesk;

/** Data subject requests (POL-24..32): intake, the subject link, identity, the clock, lists. */
@Controller("/api/v1/requests")
public class RequestController {

    static final int MAX_PAGE_SIZE = 500;

    private final RequestDesk desk;
    private final JsonBodies bodies;

    RequestController(RequestDesk desk, JsonBodies bodies) {
        this.desk = desk;
        this.bodies = bodies;
    }

    /** A request as sent. */
    @Serdeable
    public record RequestBody(@Nullable String type, @Nullable String subjectId, @Nullable RequesterBody requester,
                              @Nullable String receivedVia, @Nullable String receivedAt, @Nullable String deliveryMethod,
                              @Nullable String details) {
    }

    /** The requester as sent. */
    @Serdeable
    public record RequesterBody(@Nullable String name, @Nullable String email, @Nullable String phone,
                                @Nullable String postalAddress, @Nullable IdentifiersBody identifiers) {
    }

    /** The requester's identifiers as sent. */
    @Serdeable
    public record IdentifiersBody(@Nullable String customerNumber, @Nullable String email, @Nullable String phone,
                                  @Nullable String personalCode) {
    }

    /** An officer's link to a subject. */
    @Serdeable
    public record SubjectBody(@Nullable String subjectId) {
    }

    /** How identity was verified, as sent. */
    @Serdeable
    public record IdentityBody(@Nullable String method, @Nullable String documentType, @Nullable String documentNumberLast4,
                               @Nullable String signatureResult, @Nullable String reference, @Nullable String verifiedAt) {
    }

    /** The start of a pause: what was asked of the requester, and when. */
    @Serdeable
    public record WaitingBody(@Nullable String reason, @Nullable String askedAt) {
    }

    /** The end of a pause: when the information arrived. */
    @Serdeable
    public record ResumedBody(@Nullable String note, @Nullable String answeredAt) {
    }

    /** An extension as sent. */
    @Serdeable
    public record ExtensionBody(@Nullable Integer months, @Nullable String reasons) {
    }

    @Post
    @RequiresPermission(Permission.REQUEST_CREATE)
    public HttpResponse<DataSubjectRequest> receive(@Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        RequestBody sent = bodies.read(body, RequestBody.class);
        RequesterBody requester = sent.requester() == null ? new RequesterBody(null, null, null, null, null) : sent.requester();
        IdentifiersBody identifiers = requester.identifiers() == null ? new IdentifiersBody(null, null, null, null)
                : requester.identifiers();
        NewRequest request = new NewRequest(TextValues.code(RequestType.class, sent.type(), "type"),
                TextValues.uuid(sent.subjectId(), "subjectId"), requester.name(), requester.email(), requester.phone(),
                requester.postalAddress(), identifiers.customerNumber(), identifiers.email(), identifiers.phone(),
                identifiers.personalCode(), TextValues.code(ReceivedVia.class, sent.receivedVia(), "receivedVia"),
                TextValues.instant(sent.receivedAt(), "receivedAt"), TextValues.code(DeliveryMethod.class, sent.deliveryMethod(),
                "deliveryMethod"), sent.details());
        return HttpResponse.created(desk.receive(actor, request));
    }

    @Get
    @RequiresPermission(Permission.REQUEST_READ)
    public PageView<DataSubjectRequest> list(@Nullable @QueryValue String status, @Nullable @QueryValue String dueBefore,
                                             @Nullable @QueryValue String overdue,
                                             @QueryValue(defaultValue = "0") int page,
                                             @QueryValue(defaultValue = "50") int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        return desk.list(TextValues.code(RequestStatus.class, status, "status"), TextValues.day(dueBefore, "dueBefore"),
                TextValues.flag(overdue, "overdue"), page, size);
    }

    @Get("/{id}")
    @RequiresPermission(Permission.REQUEST_READ)
    public DataSubjectRequest find(@PathVariable UUID id) {
        return desk.find(id);
    }

    @Post("/{id}/subject")
    @RequiresPermission(Permission.REQUEST_MANAGE)
    public DataSubjectRequest linkSubject(@PathVariable UUID id, @Body String body,
                                          @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        SubjectBody sent = bodies.read(body, SubjectBody.class);
        return desk.linkSubject(actor, id, TextValues.uuid(sent.subjectId(), "subjectId"));
    }

    @Post("/{id}/identity")
    @RequiresPermission(Permission.REQUEST_MANAGE)
    public DataSubjectRequest identity(@PathVariable UUID id, @Body String body,
                                       @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        IdentityBody sent = bodies.read(body, IdentityBody.class);
        return desk.verifyIdentity(actor, id, new IdentityEvidence(TextValues.code(IdentityMethod.class, sent.method(), "method"),
                TextValues.code(DocumentType.class, sent.documentType(), "documentType"), sent.documentNumberLast4(),
                sent.signatureResult(), sent.reference(), TextValues.instant(sent.verifiedAt(), "verifiedAt")));
    }

    @Post("/{id}/waiting")
    @RequiresPermission(Permission.REQUEST_MANAGE)
    public DataSubjectRequest waiting(@PathVariable UUID id, @Body String body,
                                      @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        WaitingBody sent = bodies.read(body, WaitingBody.class);
        return desk.waiting(actor, id, sent.reason(), TextValues.instant(sent.askedAt(), "askedAt"));
    }

    @Post("/{id}/resumed")
    @RequiresPermission(Permission.REQUEST_MANAGE)
    public DataSubjectRequest resumed(@PathVariable UUID id, @Body String body,
                                      @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        ResumedBody sent = bodies.read(body, ResumedBody.class);
        return desk.resumed(actor, id, sent.note(), TextValues.instant(sent.answeredAt(), "answeredAt"));
    }

    @Post("/{id}/extension")
    @RequiresPermission(Permission.REQUEST_MANAGE)
    public DataSubjectRequest extension(@PathVariable UUID id, @Body String body,
                                        @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        ExtensionBody sent = bodies.read(body, ExtensionBody.class);
        return desk.extend(actor, id, sent.months(), sent.reasons());
    }
}
