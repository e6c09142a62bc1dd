package lv.balticom.privacy.core.web.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.views.ModelAndView;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.console.ConsoleViewer;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import lv.balticom.privacy.core.api.subject.DataSubject;
import lv.balticom.privacy.core.api.subject.IdentifierKind;
import lv.balticom.privacy.core.internal.audit.AuditSearch;
import lv.balticom.privacy.core.internal.console.SubjectPanels;
import lv.balticom.privacy.core.internal.subject.SubjectRegistry;

/**
 * Data subjects: find one by customer number, e-mail or phone; see one (with the modules' panels, see
 * {@link lv.balticom.privacy.core.api.console.SubjectPanel}); record a new one.
 */
@FormTokenChecked
@Controller("/console/subjects")
public class SubjectPages {

    private static final List<IdentifierKind> SEARCHABLE = List.of(IdentifierKind.CUSTOMER_NUMBER, IdentifierKind.EMAIL, IdentifierKind.PHONE);

    private final SubjectRegistry registry;
    private final Catalog catalog;
    private final AuditSearch audit;
    private final SubjectPanels panels;

    SubjectPages(SubjectRegistry registry, Catalog catalog, AuditSearch audit, SubjectPanels panels) {
        this.registry = registry;
        this.catalog = catalog;
        this.audit = audit;
        this.panels = panels;
    }

    @Get
    @RequiresPermission(Permission.SUBJECT_READ)
    public ModelAndView<Map<String, Object>> search(@Nullable @QueryValue String kind, @Nullable @QueryValue String value) {
        Map<String, Object> model = new HashMap<>();
        model.put("kinds", SEARCHABLE);
        IdentifierKind searched = SEARCHABLE.stream().filter(candidate -> candidate.field().equals(kind)).findFirst()
                .orElse(IdentifierKind.CUSTOMER_NUMBER);
        model.put("kind", searched.field());
        model.put("value", value == null ? "" : value);
        if (value != null && !value.isBlank()) {
            try {
                model.put("results", registry.findBy(searched, value));
            } catch (ProblemException problem) {
                return Pages.page("subjects", Pages.withError(model, problem));
            }
        }
        return Pages.page("subjects", model);
    }

    @Get("/{id}")
    @RequiresPermission(Permission.SUBJECT_READ)
    public ModelAndView<Map<String, Object>> subject(@PathVariable UUID id, ConsoleViewer viewer) {
        DataSubject subject = registry.find(id).orElseThrow(() -> ProblemException.notFound("id", "No data subject has this id."));
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("type", catalog.subjectType(subject.type()).orElse(null));
        model.put("panels", panels.forSubject(id, viewer));
        if (viewer.may(Permission.AUDIT_READ)) {
            model.put("entries", audit.find(id, null, null, 0, 50).items());
        }
        return Pages.page("subject", model);
    }

    @Get("/new")
    @RequiresPermission(Permission.SUBJECT_WRITE)
    public ModelAndView<Map<String, Object>> newSubject() {
        return Pages.page("subject-new", Map.of("types", catalog.subjectTypes(), "form", Map.of()));
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.SUBJECT_WRITE)
    public HttpResponse<?> create(@Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        Form form = new Form(fields);
        Map<IdentifierKind, String> identifiers = new EnumMap<>(IdentifierKind.class);
        for (IdentifierKind kind : IdentifierKind.values()) {
            String value = form.text(kind.field());
            if (!value.isEmpty()) {
                identifiers.put(kind, value);
            }
        }
        try {
            DataSubject subject = registry.create(actor, new SubjectRegistry.NewSubject(form.text("type"), identifiers));
            return Pages.done("/console/subjects/" + subject.id(), "subject-created");
        } catch (ProblemException problem) {
            Map<String, Object> echo = new HashMap<>();
            for (IdentifierKind kind : IdentifierKind.values()) {
                if (kind != IdentifierKind.PERSONAL_CODE) { // a personal code is typed again, never echoed
                    echo.put(kind.field(), form.text(kind.field()));
                }
            }
            echo.put("type", form.text("type"));
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(HttpStatus.BAD_REQUEST);
            return page.body(Pages.page("subject-new", Pages.withError(Map.of("types", catalog.subjectTypes(), "form", echo), problem)));
        }
    }
}
