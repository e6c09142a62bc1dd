package lv.balticom.privacy.core.internal.console;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.console.ConsoleViewer;
import lv.balticom.privacy.core.api.console.SubjectPanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The modules' panels on a data subject's page ({@link SubjectPanel} beans), in position order. */
@Singleton
public final class SubjectPanels {

    private static final Logger LOG = LoggerFactory.getLogger(SubjectPanels.class);
    private static final Pattern TEMPLATE = Pattern.compile("console/[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)+");
    private static final Pattern FRAGMENT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /**
     * A panel as the page draws it.
     *
     * @param template the template's view name
     * @param fragment the fragment in it
     * @param model the fragment's model ({@code panel}); empty when it failed
     * @param failed whether the panel could not be drawn (the page says so in its place)
     */
    public record PanelView(String template, String fragment, Map<String, Object> model, boolean failed) {
    }

    private final List<SubjectPanel> panels;

    SubjectPanels(List<SubjectPanel> panels) {
        List<SubjectPanel> sorted = new ArrayList<>(panels);
        for (SubjectPanel panel : sorted) {
            if (panel.template() == null || !TEMPLATE.matcher(panel.template()).matches()) {
                throw new IllegalStateException("The subject panel " + panel.getClass().getName()
                        + " names no template of its own under console/<module>/: " + panel.template());
            }
            if (panel.fragment() == null || !FRAGMENT.matcher(panel.fragment()).matches() || panel.permission() == null) {
                throw new IllegalStateException("The subject panel " + panel.getClass().getName() + " needs a fragment name and a permission");
            }
        }
        sorted.sort(Comparator.comparingInt(SubjectPanel::position).thenComparing(SubjectPanel::template)
                .thenComparing(SubjectPanel::fragment));
        this.panels = List.copyOf(sorted);
    }

    /** The panels this viewer may see about this subject, with their models. */
    public List<PanelView> forSubject(UUID subjectId, ConsoleViewer viewer) {
        List<PanelView> views = new ArrayList<>();
        for (SubjectPanel panel : panels) {
            if (!viewer.may(panel.permission())) {
                continue;
            }
            try {
                Map<String, Object> model = panel.model(subjectId, viewer);
                views.add(new PanelView(panel.template(), panel.fragment(), model == null ? Map.of() : model, false));
            } catch (RuntimeException failed) {
                // the class only: a message may hold the data the panel was reading
                LOG.error("The subject panel {} could not be drawn: {}", panel.getClass().getName(), failed.getClass().getName());
                views.add(new PanelView(panel.template(), panel.fragment(), Map.of(), true));
            }
        }
        return views;
    }
}
