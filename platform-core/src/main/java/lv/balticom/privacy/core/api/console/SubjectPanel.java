package lv.balticom.privacy.core.api.console;

import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.Permission;

/**
 * A part of a data subject's console page ({@code /console/subjects/{id}}) that a module draws: a
 * bean that the module implements, for example consents and preferences with a form to record one.
 * The page shows the identifiers first, then the panels of the viewer's permissions in
 * {@link #position()} order, then the audit entries.
 *
 * <p>Each panel is a Thymeleaf fragment in one of the module's templates, drawn inside a
 * {@code <section class="panel">}. The fragment sees the subject's page model ({@code subject}, {@code fmt},
 * {@code csrf}, {@code may}, {@code user}, ...) and its own model as the variable {@code panel}:
 *
 * <pre>{@code
 * <!-- views/console/consent/subject-panel.html -->
 * <th:block th:fragment="panel">
 *     <h2 th:text="#{consent.panel.title}">Consents</h2>
 *     <p th:each="c : ${panel.consents}" th:text="${c}">...</p>
 *     <form th:if="${may.contains('consent:write')}" method="post"
 *           th:action="@{/console/consents/{id}(id=${subject.id()})}">
 *         <input th:replace="~{console/fragments :: csrf}">
 *         ...
 *     </form>
 * </th:block>
 * }</pre>
 *
 * <p>Lifecycle and threading: {@link #model} is called for each view of a subject's page, only for
 * viewers who hold {@link #permission()}, on a blocking thread (it may query the database), by several
 * requests at once. If it throws, the page shows the panel's place with a short notice that it could
 * not be drawn and logs the exception's class; the rest of the page is shown.
 */
public interface SubjectPanel {

    /**
     * The template that holds the fragment, as a view name: {@code console/consent/subject-panel} is the
     * file {@code views/console/consent/subject-panel.html} in the module, whose package
     * {@code views.console.consent} the module {@code opens}.
     */
    String template();

    /** The fragment's name in the template ({@code th:fragment="panel"}). */
    default String fragment() {
        return "panel";
    }

    /** The permission a viewer needs to see the panel. */
    Permission permission();

    /** Where the panel goes among the others: lower first; equal positions by template name. */
    default int position() {
        return 100;
    }

    /**
     * The fragment's model, available to it as {@code panel}: for example {@code panel.consents}. The
     * subject exists (the page answers 404 before asking otherwise).
     *
     * @param subjectId the data subject's id
     * @param viewer the person looking: language, permissions, and the actor for the audit ledger
     */
    Map<String, Object> model(UUID subjectId, ConsoleViewer viewer);
}
