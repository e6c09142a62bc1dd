package lv.balticom.privacy.example.console;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.ConsoleViewer;
import lv.balticom.privacy.core.api.console.SubjectPanel;

/** The notes on a data subject's page, with a form to add one for those who may. */
@Singleton
@Requires(property = ExampleConsole.ENABLED, value = "true")
final class ExampleNotesPanel implements SubjectPanel {

    private final ExampleNotes notes;

    ExampleNotesPanel(ExampleNotes notes) {
        this.notes = notes;
    }

    @Override
    public String template() {
        return "console/example/subject-notes";
    }

    @Override
    public Permission permission() {
        return Permission.REQUEST_READ;
    }

    @Override
    public Map<String, Object> model(UUID subjectId, ConsoleViewer viewer) {
        return Map.of("notes", notes.of(subjectId), "mayAdd", viewer.may(Permission.REQUEST_MANAGE),
                "language", viewer.locale().getLanguage());
    }
}
