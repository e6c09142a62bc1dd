package lv.balticom.privacy.consent.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.CheckAnswer;
import lv.balticom.privacy.consent.api.CheckQuery;
import lv.balticom.privacy.consent.api.CheckRule;
import lv.balticom.privacy.consent.api.Codes;
import lv.balticom.privacy.consent.api.PermissionCheck;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;

/**
 * The permission check over HTTP: one question as a GET, up to 10,000 as a POST (a campaign's list),
 * answered in order. docs/api.md, Permission checks.
 */
@Controller("/api/v1/checks")
public class CheckController {

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
    public record CheckBatch(@Nullable List<CheckItem> checks) {
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
    public record CheckItem(@Nullable String subject, @Nullable String purpose, @Nullable String channel, @Nullable String at,
                            @Nullable String offer) {
    }

    /**
     * One check. The parameters are read from the request by hand rather than bound one by one: binding
     * five optional parameters cost more than the check itself (docs/benchmarks.md, Consent).
     */
    @Get
    @RequiresPermission(Permission.CONSENT_CHECK)
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
        CheckAnswer answer = check.check(new CheckQuery(Inputs.uuid(subject, "subject"), purpose,
                Codes.parse(Channel.class, parameters.get("channel"), "channel"), Inputs.instant(parameters.get("at"), "at"),
                offer == null || offer.isBlank() ? null : offer));
        if (answer.rule() == CheckRule.UNKNOWN_SUBJECT) {
            throw ProblemException.notFound("subject", "No data subject has this id.");
        }
        return answer;
    }

    @Post
    @RequiresPermission(Permission.CONSENT_CHECK)
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
            queries.add(new CheckQuery(Inputs.uuid(item.subject(), prefix + "subject"), item.purpose(),
                    Codes.parse(Channel.class, item.channel(), prefix + "channel"), Inputs.instant(item.at(), prefix + "at"),
                    item.offer() == null || item.offer().isBlank() ? null : item.offer()));
        }
        return new ItemList<>(check.checkAll(queries));
    }
}
