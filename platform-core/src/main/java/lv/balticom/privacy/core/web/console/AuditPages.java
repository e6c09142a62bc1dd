package lv.balticom.privacy.core.web.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.audit.AuditChainVerifier;
import lv.balticom.privacy.core.internal.audit.AuditSearch;
import lv.balticom.privacy.core.internal.console.ConsoleFormat;

/** The audit ledger: entries filtered by subject and days, a page at a time, and a check of the whole chain. */
@FormTokenChecked
@Controller("/console/audit")
public class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditSearch search;
    private final AuditChainVerifier verifier;
    private final ConsoleFormat format;

    AuditPages(AuditSearch search, AuditChainVerifier verifier, ConsoleFormat format) {
        this.search = search;
        this.verifier = verifier;
        this.format = format;
    }

    @Get
    @RequiresPermission(Permission.AUDIT_READ)
    public ModelAndView<Map<String, Object>> ledger(@Nullable @QueryValue String subject, @Nullable @QueryValue String from,
                                                    @Nullable @QueryValue String to, @QueryValue(defaultValue = "0") int page) {
        return Pages.page("audit", model(subject, from, to, Math.max(0, page)));
    }

    @Post("/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.AUDIT_READ)
    public ModelAndView<Map<String, Object>> verify(@Body Map<String, Object> fields) {
        Map<String, Object> model = model(null, null, null, 0);
        model.put("verification", verifier.verify());
        return Pages.page("audit", model);
    }

    private Map<String, Object> model(String subject, String from, String to, int page) {
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject == null ? "" : subject);
        model.put("from", from == null ? "" : from);
        model.put("to", to == null ? "" : to);
        try {
            UUID subjectId = subject == null || subject.isBlank() ? null : parseSubject(subject.strip());
            LocalDate fromDay = day("from", from);
            LocalDate toDay = day("to", to);
            PageView<AuditSearch.Entry> entries = search.find(subjectId,
                    fromDay == null ? null : fromDay.atStartOfDay(format.zone()).toInstant(),
                    toDay == null ? null : toDay.plusDays(1).atStartOfDay(format.zone()).toInstant(), page, PAGE_SIZE);
            model.put("entries", entries);
            model.put("page", page);
            model.put("pages", Math.max(1, (entries.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (ProblemException problem) {
            return Pages.withError(model, problem);
        }
        return model;
    }

    private static UUID parseSubject(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("subject", "must be a data subject's id");
        }
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date written YYYY-MM-DD");
        }
    }
}
