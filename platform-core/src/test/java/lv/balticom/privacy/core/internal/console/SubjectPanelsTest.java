package lv.balticom.privacy.core.internal.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.ConsoleViewer;
import lv.balticom.privacy.core.api.console.SubjectPanel;
import org.junit.jupiter.api.Test;

/** The modules' panels on a subject's page: in position order, for those who may see them, one failure kept to its panel. */
class SubjectPanelsTest {

    private static final UUID SUBJECT = UUID.fromString("00000000-0000-0000-0000-000000000005");
    private static final ConsoleViewer AGENT = new ConsoleViewer(Actor.user("anna"), Locale.ENGLISH,
            Set.of(Permission.SUBJECT_READ, Permission.CONSENT_READ));

    private record Panel(String template, Permission permission, int position, RuntimeException failure) implements SubjectPanel {
        @Override
        public Map<String, Object> model(UUID subjectId, ConsoleViewer viewer) {
            if (failure != null) {
                throw failure;
            }
            return Map.of("subject", subjectId, "viewer", viewer.actor().name(), "language", viewer.locale().getLanguage());
        }
    }

    @Test
    void panelsComeInPositionOrderWithTheirModels() {
        SubjectPanels panels = new SubjectPanels(List.of(
                new Panel("console/consent/history", Permission.CONSENT_READ, 200, null),
                new Panel("console/consent/current", Permission.CONSENT_READ, 100, null),
                new Panel("console/cookies/visits", Permission.CONSENT_READ, 100, null)));
        List<SubjectPanels.PanelView> shown = panels.forSubject(SUBJECT, AGENT);
        assertThat(shown).extracting(SubjectPanels.PanelView::template)
                .containsExactly("console/consent/current", "console/cookies/visits", "console/consent/history");
        assertThat(shown.get(0).fragment()).isEqualTo("panel");
        assertThat(shown.get(0).model()).containsEntry("subject", SUBJECT).containsEntry("viewer", "anna").containsEntry("language", "en");
        assertThat(shown).noneMatch(SubjectPanels.PanelView::failed);
    }

    @Test
    void aViewerSeesOnlyThePanelsOfTheirPermissions() {
        SubjectPanels panels = new SubjectPanels(List.of(
                new Panel("console/consent/current", Permission.CONSENT_READ, 100, null),
                new Panel("console/dsar/requests", Permission.REQUEST_READ, 100, null)));
        assertThat(panels.forSubject(SUBJECT, AGENT)).extracting(SubjectPanels.PanelView::template)
                .containsExactly("console/consent/current");
    }

    @Test
    void aPanelThatFailsIsMarkedAndTheOthersAreDrawn() {
        SubjectPanels panels = new SubjectPanels(List.of(
                new Panel("console/consent/current", Permission.CONSENT_READ, 100, new IllegalStateException("subject 5 has no row")),
                new Panel("console/consent/history", Permission.CONSENT_READ, 200, null)));
        List<SubjectPanels.PanelView> shown = panels.forSubject(SUBJECT, AGENT);
        assertThat(shown).extracting(SubjectPanels.PanelView::failed).containsExactly(true, false);
        assertThat(shown.get(0).model()).isEmpty();
    }

    @Test
    void aPanelNamesATemplateOfItsModuleAndAPermission() {
        assertThatThrownBy(() -> new SubjectPanels(List.of(new Panel("console/subject", Permission.CONSENT_READ, 1, null))))
                .as("a core template, not the module's own").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SubjectPanels(List.of(new Panel("console/consent/../layout", Permission.CONSENT_READ, 1, null))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SubjectPanels(List.of(new Panel("console/consent/current", null, 1, null))))
                .isInstanceOf(IllegalStateException.class);
    }
}
