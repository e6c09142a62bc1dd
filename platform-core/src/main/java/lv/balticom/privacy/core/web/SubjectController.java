package lv.balticom.privacy.core.web;

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
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.api.subject.DataSubject;
import lv.balticom.privacy.core.api.subject.IdentifierKind;
import lv.balticom.privacy.core.api.subject.SubjectIdentifiers;
import lv.balticom.privacy.core.internal.subject.SubjectRegistry;
import lv.balticom.privacy.core.web.ApiDocumentation.Examples;
import lv.balticom.privacy.core.web.ApiDocumentation.Lists;

/** Data subjects (POL-4): record one, read one, find them by an identifier. */
@Controller("/api/v1/subjects")
@Tag(name = ApiDocumentation.SUBJECTS)
public class SubjectController {

    private final SubjectRegistry registry;
    private final JsonBodies bodies;

    SubjectController(SubjectRegistry registry, JsonBodies bodies) {
        this.registry = registry;
        this.bodies = bodies;
    }

    /**
     * A new subject as sent.
     *
     * @param type a subject type code (POL-4)
     * @param identifiers how other systems know the subject
     */
    @Serdeable
    public record NewSubjectBody(@Nullable String type, @Nullable IdentifiersBody identifiers) {
    }

    /**
     * Identifiers as sent or shown.
     *
     * @param customerNumber the company's customer number
     * @param email an e-mail address
     * @param phone a phone number
     * @param personalCode a Latvian personal code (shown masked)
     */
    @Serdeable
    public record IdentifiersBody(@Nullable String customerNumber, @Nullable String email, @Nullable String phone,
                                  @Nullable String personalCode) {
    }

    /**
     * A subject as the API shows it: the personal code masked to its last two digits (POL-9).
     *
     * @param id the subject's id
     * @param type its subject type code
     * @param identifiers its identifiers
     * @param createdAt when it was recorded
     * @param updatedAt when it last changed
     */
    @Serdeable
    public record SubjectView(UUID id, String type, IdentifiersBody identifiers, Instant createdAt, Instant updatedAt) {
        static SubjectView of(DataSubject subject) {
            SubjectIdentifiers ids = subject.identifiers();
            return new SubjectView(subject.id(), subject.type(), new IdentifiersBody(ids.customerNumber(), ids.email(),
                    ids.phone(), ids.personalCode() == null ? null : ids.personalCode().masked()),
                    subject.createdAt(), subject.updatedAt());
        }
    }

    @Post
    @RequiresPermission(Permission.SUBJECT_WRITE)
    @Operation(operationId = "createSubject", summary = "Record a data subject",
            description = "Needs the permission `subject:write`. Records a data subject (POL-4) of a subject type in the "
                    + "catalogue with at least one identifier. Values are trimmed and normalised: e-mail addresses in lower "
                    + "case, phone numbers as `+37129123456`; a personal code must be a valid Latvian one and is only ever "
                    + "shown masked. The customer number and the personal code belong to one subject only. One audit entry "
                    + "`subject.created` is written in the same transaction, naming the identifier kinds, never their "
                    + "values.",
            requestBody = @RequestBody(required = true, description = "The subject type and its identifiers.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = NewSubjectBody.class),
                            examples = @ExampleObject(name = "client", value = Examples.NEW_SUBJECT))))
    @ApiResponse(responseCode = "201", description = "Recorded; `Location` is `/api/v1/subjects/{id}`.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubjectView.class),
                    examples = @ExampleObject(name = "client", value = Examples.SUBJECT_CREATED)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.Conflict
    public HttpResponse<SubjectView> create(@Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        NewSubjectBody subject = bodies.read(body, NewSubjectBody.class);
        if (subject.identifiers() == null) {
            throw ProblemException.invalid("identifiers", "must hold at least one of customerNumber, email, phone, personalCode");
        }
        Map<IdentifierKind, String> identifiers = new EnumMap<>(IdentifierKind.class);
        putIfPresent(identifiers, IdentifierKind.CUSTOMER_NUMBER, subject.identifiers().customerNumber());
        putIfPresent(identifiers, IdentifierKind.EMAIL, subject.identifiers().email());
        putIfPresent(identifiers, IdentifierKind.PHONE, subject.identifiers().phone());
        putIfPresent(identifiers, IdentifierKind.PERSONAL_CODE, subject.identifiers().personalCode());
        DataSubject created = registry.create(actor, new SubjectRegistry.NewSubject(subject.type(), identifiers));
        return HttpResponse.created(SubjectView.of(created),
                UriBuilder.of("/api/v1/subjects").path(created.id().toString()).build());
    }

    @Get("/{id}")
    @RequiresPermission(Permission.SUBJECT_READ)
    @Operation(operationId = "getSubject", summary = "Read a data subject",
            description = "Needs the permission `subject:read`. The subject (POL-4) with its identifiers; the personal code "
                    + "masked to its last two digits (POL-9).",
            parameters = @Parameter(name = "id", description = "The subject's id.",
                    schema = @Schema(type = "string", format = "uuid"), example = "4fbd5153-6f47-457d-b2f5-33fcecacd63c"))
    @ApiResponse(responseCode = "200", description = "The subject.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubjectView.class),
                    examples = @ExampleObject(name = "client", value = Examples.SUBJECT)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public SubjectView get(@PathVariable UUID id) {
        return registry.find(id).map(SubjectView::of)
                .orElseThrow(() -> ProblemException.notFound("id", "No data subject has this id."));
    }

    @Get
    @RequiresPermission(Permission.SUBJECT_READ)
    @Operation(operationId = "findSubjects", summary = "Find data subjects by an identifier",
            description = "Needs the permission `subject:read`. Give exactly one of `customerNumber`, `email` or `phone`; "
                    + "the value is normalised as when recording, so `?email=JANIS.PARAUGS@example.lv` and "
                    + "`?phone=29123456` find the subject recorded with `janis.paraugs@example.lv` and `+37129123456`. "
                    + "Answers the matches oldest first; no match gives an empty list. Personal codes cannot be searched "
                    + "over the API. Encode a `+` in a query as `%2B`.",
            parameters = {
                    @Parameter(name = "customerNumber", description = "A customer number, exactly as recorded.",
                            schema = @Schema(type = "string"), example = "K-100234"),
                    @Parameter(name = "email", description = "An e-mail address (any case).",
                            schema = @Schema(type = "string"), example = "janis.paraugs@example.lv"),
                    @Parameter(name = "phone", description = "A phone number; 8 digits alone are a Latvian number.",
                            schema = @Schema(type = "string"), example = "+37129123456")
            })
    @ApiResponse(responseCode = "200", description = "The subjects with this identifier, oldest first.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.Subjects.class),
                    examples = @ExampleObject(name = "found", value = Examples.SUBJECTS)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    public ItemList<SubjectView> find(@Nullable @QueryValue String customerNumber, @Nullable @QueryValue String email,
                            @Nullable @QueryValue String phone) {
        Map<IdentifierKind, String> criteria = new EnumMap<>(IdentifierKind.class);
        putIfPresent(criteria, IdentifierKind.CUSTOMER_NUMBER, customerNumber);
        putIfPresent(criteria, IdentifierKind.EMAIL, email);
        putIfPresent(criteria, IdentifierKind.PHONE, phone);
        if (criteria.size() != 1) {
            throw ProblemException.invalid(criteria.isEmpty() ? "customerNumber" : criteria.keySet().iterator().next().field(),
                    "search by exactly one of customerNumber, email or phone");
        }
        Map.Entry<IdentifierKind, String> criterion = criteria.entrySet().iterator().next();
        return new ItemList<>(registry.findBy(criterion.getKey(), criterion.getValue()).stream().map(SubjectView::of).toList());
    }

    private static void putIfPresent(Map<IdentifierKind, String> map, IdentifierKind kind, String value) {
        if (value != null) {
            map.put(kind, value);
        }
    }
}
