package lv.balticom.privacy.consent.web.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.consent.api.AutomatedDecisions;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.ConsentLedger;
import lv.balticom.privacy.consent.api.ConsentReceipt;
import lv.balticom.privacy.consent.api.Decision;
import lv.balticom.privacy.consent.api.DecisionReview;
import lv.balticom.privacy.consent.api.NewConsent;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.TextValues;
import lv.balticom.privacy.core.api.console.ConsoleForm;
import lv.balticom.privacy.core.api.console.ConsolePages;
import lv.balticom.privacy.core.api.console.ConsoleViewer;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import lv.balticom.privacy.core.api.subject.DataSubject;
import lv.balticom.privacy.core.api.subject.SubjectDirectory;

/**
 * The consent module's console pages (docs/console.md, "Piekrišanas (Consents)"): the dashboard, a subject's
 * consent history, an event's receipt, a review of a contested automated decision, and the forms that record a
 * consent, a withdrawal or an opt-out (the subject page's panel sends them here). Forms follow Post/Redirect/Get;
 * a refused form is drawn again on its own page with the problem beside its field, and changes nothing.
 */
@FormTokenChecked
@Controller("/console/consents")
public class ConsentPages {

    /** Events per page of a subject's history. */
    static final int HISTORY_PAGE = 25;

    private final ConsentLedger ledger;
    private final AutomatedDecisions decisions;
    private final SubjectDirectory subjects;
    private final ConsentChoices choices;
    private final ConsentForms forms;
    private final ConsentDashboard dashboard;

    ConsentPages(ConsentLedger ledger, AutomatedDecisions decisions, SubjectDirectory subjects, ConsentChoices choices,
                 ConsentForms forms, ConsentDashboard dashboard) {
        this.ledger = ledger;
        this.decisions = decisions;
        this.subjects = subjects;
        this.choices = choices;
        this.forms = forms;
        this.dashboard = dashboard;
    }

    /** The dashboard: the chart, the opt-out delay report, the open reviews. */
    @Get
    @RequiresPermission(Permission.CONSENT_READ)
    public ModelAndView<Map<String, Object>> overview(@Nullable @QueryValue String period, @Nullable @QueryValue String purpose,
                                                      @Nullable @QueryValue String channel, @Nullable @QueryValue String delaysPage,
                                                      ConsoleViewer viewer) {
        Map<String, Object> model = dashboard.model(period, purpose, channel, number(delaysPage, "delaysPage"), viewer.locale());
        model.put("mayResolve", viewer.may(Permission.CONSENT_WRITE));
        return ConsolePages.page("consent/consents", model);
    }

    /** A subject's consent events, newest first, a page at a time. */
    @Get("/subjects/{id}/history")
    @RequiresPermission(Permission.CONSENT_READ)
    public ModelAndView<Map<String, Object>> history(@PathVariable UUID id, @Nullable @QueryValue String page, ConsoleViewer viewer) {
        DataSubject subject = requireSubject(id);
        int number = number(page, "page");
        PageView<ConsentEvent> events = ledger.history(id, number, HISTORY_PAGE);
        Map<String, Object> model = subjectModel(subject);
        model.put("events", events.items());
        model.put("page", number);
        model.put("pages", (events.totalItems() + HISTORY_PAGE - 1) / HISTORY_PAGE);
        model.put("total", events.totalItems());
        model.put("purposeNames", purposeNames(events.items().stream().map(ConsentEvent::purpose).toList(), viewer));
        return ConsolePages.page("consent/history", model);
    }

    /** One event as an ISO/IEC TS 27560 consent record. */
    @Get("/events/{eventId}")
    @RequiresPermission(Permission.CONSENT_READ)
    public ModelAndView<Map<String, Object>> event(@PathVariable UUID eventId) {
        ConsentReceipt receipt = ledger.receipt(eventId);
        ConsentEvent event = ledger.event(eventId).orElseThrow(() -> ProblemException.notFound("eventId", "No consent event has this id."));
        Map<String, Object> model = new HashMap<>();
        model.put("receipt", receipt);
        model.put("event", event);
        return ConsolePages.page("consent/event", model);
    }

    /** The consent form on a page of its own (where a refused form is drawn again). */
    @Get("/subjects/{id}/consents")
    @RequiresPermission(Permission.CONSENT_WRITE)
    public ModelAndView<Map<String, Object>> recordForm(@PathVariable UUID id, ConsoleViewer viewer) {
        Map<String, Object> model = subjectModel(requireSubject(id));
        model.put("record", forms.record(id, viewer.locale()));
        return ConsolePages.page("consent/record", model);
    }

    /** Records a consent or its withdrawal, then back to the subject's page with a notice. */
    @Post("/subjects/{id}/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.CONSENT_WRITE)
    public HttpResponse<?> record(@PathVariable UUID id, @Body Map<String, Object> fields, ConsoleViewer viewer) {
        DataSubject subject = requireSubject(id);
        ConsoleForm form = new ConsoleForm(fields);
        try {
            NewConsent consent = forms.newConsent(form);
            ConsentEvent event = ledger.record(viewer.actor(), id, consent);
            return ConsolePages.done("/console/subjects/" + id,
                    event.decision() == Decision.GRANTED ? "consent-granted" : "consent-withdrawn");
        } catch (ProblemException problem) {
            Map<String, Object> model = subjectModel(subject);
            model.put("record", forms.record(id, form, viewer.locale()));
            return ConsolePages.refused("consent/record", model, problem);
        }
    }

    /** The opt-out form on a page of its own. */
    @Get("/subjects/{id}/opt-out")
    @RequiresPermission(Permission.CONSENT_WRITE)
    public ModelAndView<Map<String, Object>> optOutForm(@PathVariable UUID id, ConsoleViewer viewer) {
        Map<String, Object> model = subjectModel(requireSubject(id));
        model.put("optOut", forms.optOut(id, viewer.locale()));
        return ConsolePages.page("consent/opt-out", model);
    }

    /** Opts the subject out of commercial notices (POL-46), on every channel or one. */
    @Post("/subjects/{id}/opt-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.CONSENT_WRITE)
    public HttpResponse<?> optOut(@PathVariable UUID id, @Body Map<String, Object> fields, ConsoleViewer viewer) {
        DataSubject subject = requireSubject(id);
        ConsoleForm form = new ConsoleForm(fields);
        try {
            ledger.optOut(viewer.actor(), id, forms.optOut(form));
            return ConsolePages.done("/console/subjects/" + id, "consent-opted-out");
        } catch (ProblemException problem) {
            Map<String, Object> model = subjectModel(subject);
            model.put("optOut", forms.optOut(id, form, viewer.locale()));
            return ConsolePages.refused("consent/opt-out", model, problem);
        }
    }

    /** A review of a contested automated decision, with the form that closes it. */
    @Get("/reviews/{reviewId}")
    @RequiresPermission(Permission.CONSENT_READ)
    public ModelAndView<Map<String, Object>> review(@PathVariable UUID reviewId, ConsoleViewer viewer) {
        return ConsolePages.page("consent/review", reviewModel(reviewId, viewer, "", ""));
    }

    /** Closes a review: the decision upheld or changed, with a note (POL-12). */
    @Post("/reviews/{reviewId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.CONSENT_WRITE)
    public HttpResponse<?> resolve(@PathVariable UUID reviewId, @Body Map<String, Object> fields, ConsoleViewer viewer) {
        ConsoleForm form = new ConsoleForm(fields);
        try {
            decisions.resolve(viewer.actor(), reviewId,
                    TextValues.code(DecisionReview.Resolution.class, form.text("resolution"), "resolution"), form.text("note"));
            return ConsolePages.done(ConsentConsole.DASHBOARD, "consent-review-resolved");
        } catch (ProblemException problem) {
            return ConsolePages.refused("consent/review", reviewModel(reviewId, viewer, form.text("resolution"), form.text("note")),
                    problem);
        }
    }

    private Map<String, Object> reviewModel(UUID reviewId, ConsoleViewer viewer, String resolution, String note) {
        DecisionReview review = decisions.reviews(null).stream().filter(candidate -> candidate.id().equals(reviewId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("reviewId", "No review has this id."));
        Map<String, Object> model = new HashMap<>();
        model.put("row", new ReviewRow(review, decisions.of(review.subjectId()).stream()
                .filter(decision -> decision.id().equals(review.decisionId())).findFirst().orElse(null)));
        model.put("mayResolve", viewer.may(Permission.CONSENT_WRITE) && review.status() == DecisionReview.Status.OPEN);
        model.put("resolution", resolution);
        model.put("note", note);
        return model;
    }

    private DataSubject requireSubject(UUID id) {
        return subjects.find(id).orElseThrow(() -> ProblemException.notFound("id", "No data subject has this id."));
    }

    /** What every page about one subject shows of it: its id and customer number, never more. */
    private static Map<String, Object> subjectModel(DataSubject subject) {
        Map<String, Object> model = new HashMap<>();
        model.put("subjectId", subject.id());
        model.put("customerNumber", subject.identifiers().customerNumber() == null ? "" : subject.identifiers().customerNumber());
        return model;
    }

    private Map<String, String> purposeNames(List<String> codes, ConsoleViewer viewer) {
        Map<String, String> names = new HashMap<>();
        codes.forEach(code -> names.computeIfAbsent(code, known -> choices.purposeName(known, viewer.locale())));
        return names;
    }

    /** A page number from the address: 0 when absent. */
    private static int number(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 0) {
                throw new NumberFormatException("negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a page number: 0 or more");
        }
    }
}
