package lv.balticom.privacy.example.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.console.ConsoleForm;
import lv.balticom.privacy.core.api.console.ConsolePages;
import lv.balticom.privacy.core.api.console.ConsoleViewer;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import lv.balticom.privacy.core.api.subject.SubjectDirectory;

/** The example module's own pages: how many notes there are, and a form to add one to a subject. */
@FormTokenChecked
@Controller("/console/example")
@Requires(property = ExampleConsole.ENABLED, value = "true")
public class ExampleNotesPages {

    private final ExampleNotes notes;
    private final SubjectDirectory subjects;

    ExampleNotesPages(ExampleNotes notes, SubjectDirectory subjects) {
        this.notes = notes;
        this.subjects = subjects;
    }

    @Get
    @RequiresPermission(Permission.REQUEST_READ)
    public ModelAndView<Map<String, Object>> overview(ConsoleViewer viewer) {
        return ConsolePages.page("example/notes", Map.of("count", notes.count(), "viewer", viewer.actor().name()));
    }

    @Get("/subjects/{id}/notes/new")
    @RequiresPermission(Permission.REQUEST_MANAGE)
    public ModelAndView<Map<String, Object>> newNote(@PathVariable UUID id) {
        requireSubject(id);
        return ConsolePages.page("example/note-new", Map.of("subjectId", id, "text", ""));
    }

    @Post("/subjects/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.REQUEST_MANAGE)
    public HttpResponse<?> addNote(@PathVariable UUID id, @Body Map<String, Object> fields, ConsoleViewer viewer) {
        requireSubject(id);
        ConsoleForm form = new ConsoleForm(fields);
        try {
            notes.add(id, form.text("text"), viewer.actor());
            return ConsolePages.done("/console/subjects/" + id, "example-note-added");
        } catch (ProblemException problem) {
            return ConsolePages.refused("example/note-new", Map.of("subjectId", id, "text", form.text("text")), problem);
        }
    }

    private void requireSubject(UUID id) {
        if (subjects.find(id).isEmpty()) {
            throw ProblemException.notFound("id", "No data subject has this id.");
        }
    }
}
