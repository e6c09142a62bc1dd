package lv.balticom.privacy.consent.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.CheckAnswer;
import lv.balticom.privacy.consent.api.CheckQuery;
import lv.balticom.privacy.consent.api.CheckRule;
import lv.balticom.privacy.consent.api.PermissionCheck;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Examples;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Lists;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.TextValues;
import lv.balticom.privacy.core.api.openapi.ApiProblems;

/**
 * The permission check over HTTP: one question as a GET, up to 10,000 as a POST (a campaign's list),
 * answered in order. docs/api.md, Permission checks.
 */
@Controller("/api/v1/checks")
@Tag(name = ConsentApiDocumentation.CHECKS, description = ConsentApiDocumentation.CHECKS_DESCRIPTION)
public class CheckController {

    static final String RULES = "The rules, in order (`rule` and `clause` name the one that decided; `basis` is null when "
            + "refused): `RESTRICTED` (the subject's processing is restricted, POL-26: nothing but storage); `CONSENT_GIVEN` "
            + "(the latest event at or before `at` gave consent, POL-35, POL-36); `CONTRACT` (`CONTRACT_MESSAGES` rest on "
            + "the contract, even after an opt-out, POL-41); `OTHER_LEGAL_BASIS` (the purpose also rests on another basis, "
            + "which a withdrawal does not end, POL-37; not for "
            + "`COMMERCIAL_NOTICES` nor `AUTOMATED_DECISIONS`); `SOFT_OPT_IN` (`COMMERCIAL_NOTICES` by `EMAIL` about `offer`, a "
            + "product category the subject bought within the two years before `at`, unless e-mail notices were withdrawn, "
            + "POL-43, POL-7.10); `CONSENT_WITHDRAWN` (POL-35, POL-46); `NO_CONSENT` (POL-33). Partners' notices rest on "
            + "consent alone (POL-44); consent has no expiry and survives the end of the contract (POL-45).";

    private final PermissionCheck check;
    private final JsonBodies bodies;

    CheckController(PermissionCheck check, JsonBodies bodies) {
        this.check = check;
        this.bodies = bodies;
    }

    /**
     * Checks as sent.
     *
     * @param checks the questions, at most 10,000
     */
    @Serdeable
    @Schema(name = "CheckBatch", description = "Up to 10,000 permission checks, answered in order.")
    public record CheckBatch(@Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = false)
                             @ArraySchema(maxItems = PermissionCheck.MAX_BATCH) List<CheckItem> checks) {
    }

    /**
     * One question as sent.
     *
     * @param subject a data subject's id
     * @param purpose a purpose's catalogue code
     * @param channel a channel, exactly for purposes given per channel
     * @param at the time asked about (ISO 8601); now when left out
     * @param offer the product category of a commercial e-mail (soft opt-in)
     */
    @Serdeable
    @Schema(name = "CheckBatchItem", description = "One permission check of a batch: the parameters of GET /api/v1/checks.")
    public record CheckItem(@Nullable @Schema(format = "uuid", requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String subject,
                            @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String purpose,
                            @Nullable @Schema(implementation = Channel.class) String channel,
                            @Nullable @Schema(format = "date-time") String at,
                            @Nullable String offer) {
    }

    /**
     * One check. The parameters are read from the request by hand rather than bound one by one: binding
     * five optional parameters cost more than the check itself (docs/benchmarks.md, Consent).
     */
    @Get
    @RequiresPermission(Permission.CONSENT_CHECK)
    @Operation(operationId = "checkPermission", summary = "Is this processing permitted?",
            description = "Needs the permission `consent:check`. Whether the platform permits processing the subject's data "
                    + "for the purpose (on the channel), now or at `at` (\"was it permitted then?\", POL-36), and on which "
                    + "legal basis. Withdrawals and opt-outs count from the moment they are recorded (POL-35, POL-46). "
                    + RULES,
            parameters = {
                    @Parameter(name = "subject", in = ParameterIn.QUERY, required = true, description = "The data subject's id.",
                            schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE),
                    @Parameter(name = "purpose", in = ParameterIn.QUERY, required = true,
                            description = "A catalogue purpose, such as `COMMERCIAL_NOTICES`, `PARTNER_COMMERCIAL_NOTICES`, "
                                    + "`USAGE_ANALYSIS`, `PERSONALISED_OFFERS`, `AUTOMATED_DECISIONS`, `SURVEY_FOLLOW_UP` or "
                                    + "`CONTRACT_MESSAGES`.",
                            schema = @Schema(type = "string"), example = "COMMERCIAL_NOTICES"),
                    @Parameter(name = "channel", in = ParameterIn.QUERY,
                            description = "The communication channel: required exactly for purposes given per channel "
                                    + "(`COMMERCIAL_NOTICES`, `PARTNER_COMMERCIAL_NOTICES`), refused for the others.",
                            schema = @Schema(implementation = Channel.class), example = "EMAIL"),
                    @Parameter(name = "at", in = ParameterIn.QUERY,
                            description = "The time asked about (ISO 8601 with a zone); now when left out. The answer goes by "
                                    + "the latest event that occurred at or before it.",
                            schema = @Schema(type = "string", format = "date-time"), example = "2026-11-29T08:15:00Z"),
                    @Parameter(name = "offer", in = ParameterIn.QUERY,
                            description = "`COMMERCIAL_NOTICES` only: the product category an e-mail offer is about (soft "
                                    + "opt-in, POL-43); compared in upper case with the subject's purchases.",
                            schema = @Schema(type = "string"), example = "INTERNET")
            })
    @ApiResponse(responseCode = "200", description = "The answer, and the rule and clause that decided it.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckAnswer.class),
                    examples = {@ExampleObject(name = "consent-given", value = Examples.CHECK_CONSENT_GIVEN),
                                @ExampleObject(name = "consent-withdrawn", value = Examples.CHECK_WITHDRAWN),
                                @ExampleObject(name = "soft-opt-in", value = Examples.CHECK_SOFT_OPT_IN),
                                @ExampleObject(name = "contract-message", value = Examples.CHECK_CONTRACT),
                                @ExampleObject(name = "no-consent", value = Examples.CHECK_NO_CONSENT)}))
    @ApiResponse(responseCode = "400", description = "A parameter is missing or not valid (`field` names it): no `subject` "
            + "or `purpose`, an unknown purpose or channel, a channel missing or not wanted, an `at` that is not an instant, "
            + "an `offer` for another purpose.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = {@ExampleObject(name = "channel-required", value = Examples.CHECK_CHANNEL_REQUIRED),
                                @ExampleObject(name = "invalid-at", value = Examples.CHECK_AT_INVALID)}))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = "No data subject has this id (`field` is `subject`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "unknown-subject", value = Examples.UNKNOWN_CHECK_SUBJECT)))
    public CheckAnswer check(HttpRequest<?> request) {
        HttpParameters parameters = request.getParameters();
        String subject = parameters.get("subject");
        if (subject == null || subject.isBlank()) {
            throw ProblemException.invalid("subject", "is required: a data subject's id");
        }
        String purpose = parameters.get("purpose");
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.invalid("purpose", "is required: a purpose's catalogue code");
        }
        String offer = parameters.get("offer");
        CheckAnswer answer = check.check(new CheckQuery(TextValues.uuid(subject, "subject"), purpose,
                TextValues.code(Channel.class, parameters.get("channel"), "channel"), TextValues.instant(parameters.get("at"), "at"),
                offer == null || offer.isBlank() ? null : offer));
        if (answer.rule() == CheckRule.UNKNOWN_SUBJECT) {
            throw ProblemException.notFound("subject", "No data subject has this id.");
        }
        return answer;
    }

    @Post
    @RequiresPermission(Permission.CONSENT_CHECK)
    @Operation(operationId = "checkPermissions", summary = "Check a list: up to 10,000 questions",
            description = "Needs the permission `consent:check`. A campaign's list: up to 10,000 checks in one call, each "
                    + "with the parameters of `GET /api/v1/checks`, answered in the same order by the same rules. An unknown "
                    + "subject is answered in place with `UNKNOWN_SUBJECT` rather than 404. A bad item is 400 naming it "
                    + "(`checks[3].channel`), and then nothing is answered. " + RULES,
            requestBody = @RequestBody(required = true, description = "The checks, at most 10,000.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckBatch.class),
                            examples = @ExampleObject(name = "campaign", value = Examples.CHECK_BATCH))))
    @ApiResponse(responseCode = "200", description = "The answers, in the order of the checks.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.CheckAnswers.class),
                    examples = @ExampleObject(name = "campaign", value = Examples.CHECK_BATCH_ANSWERS)))
    @ApiResponse(responseCode = "400", description = "`checks` is missing or holds more than 10,000, or an item is not valid "
            + "(`field` names it, such as `checks[1].channel`). Nothing is answered.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = {@ExampleObject(name = "invalid-item", value = Examples.BATCH_ITEM_INVALID),
                                @ExampleObject(name = "too-many", value = Examples.BATCH_TOO_LARGE)}))
    @ApiProblems.SignInRequired
    public ItemList<CheckAnswer> checkAll(@Body String body) {
        CheckBatch batch = bodies.read(body, CheckBatch.class);
        if (batch.checks() == null) {
            throw ProblemException.invalid("checks", "is required: a list of at most " + PermissionCheck.MAX_BATCH + " checks");
        }
        if (batch.checks().size() > PermissionCheck.MAX_BATCH) {
            throw ProblemException.invalid("checks", "must hold at most " + PermissionCheck.MAX_BATCH + " checks");
        }
        List<CheckQuery> queries = new ArrayList<>(batch.checks().size());
        for (int i = 0; i < batch.checks().size(); i++) {
            CheckItem item = batch.checks().get(i);
            String prefix = "checks[" + i + "].";
            if (item == null) {
                throw ProblemException.invalid("checks[" + i + "]", "must be a check");
            }
            if (item.purpose() == null || item.purpose().isBlank()) {
                throw ProblemException.invalid(prefix + "purpose", "is required: a purpose's catalogue code");
            }
            queries.add(new CheckQuery(TextValues.required(TextValues.uuid(item.subject(), prefix + "subject"), prefix + "subject",
                    "is required: a data subject's id"), item.purpose(),
                    TextValues.code(Channel.class, item.channel(), prefix + "channel"), TextValues.instant(item.at(), prefix + "at"),
                    item.offer() == null || item.offer().isBlank() ? null : item.offer()));
        }
        return new ItemList<>(check.checkAll(queries));
    }
}
