package lv.balticom.privacy.core.api.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.ProblemException;

/**
 * What every console controller does, the core's and a module's: draw a page, send the browser on
 * after a form (Post/Redirect/Get) with a notice, show a refused form again with the problem beside
 * its field.
 *
 * <p>A page is a template under {@code views/console/}: {@code page("consent/consents", model)} draws
 * {@code views/console/consent/consents.html}. Every such page gets, besides its own model, what the
 * layout needs ({@code user}, {@code menu}, {@code may}, {@code csrf}, {@code fmt}, {@code path}, the
 * notice): a template wraps its content in the core's layout with
 * {@code <html th:replace="~{console/layout :: layout(~{::title}, ~{::main})}">} and has one
 * {@code <title>} and one {@code <main id="content">} with one {@code <h1>}.
 */
public final class ConsolePages {

    /** The form field that carries the form token ({@link FormTokenChecked}). */
    public static final String FORM_TOKEN_FIELD = "_csrf";

    private static final Pattern VIEW = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*");
    /** What {@code ?done=} may say: the key {@code done.<notice>} must be a text (ConsoleTexts). */
    private static final Pattern NOTICE = Pattern.compile("[a-z][a-z-]{0,40}");

    private ConsolePages() {
    }

    /**
     * The console page {@code views/console/<view>.html} with this model.
     *
     * @param view the template's path under {@code views/console/}, without {@code .html}: {@code consent/consents}
     * @param model the page's own model (copied; the core adds the layout's)
     */
    public static ModelAndView<Map<String, Object>> page(String view, Map<String, ?> model) {
        Objects.requireNonNull(view, "view is null");
        if (!VIEW.matcher(view).matches()) {
            throw new IllegalArgumentException("not a console view under views/console/: " + view);
        }
        return new ModelAndView<>("console/" + view, new HashMap<>(Objects.requireNonNull(model, "model is null")));
    }

    /**
     * After a form that changed something: {@code 303 See Other} to the page to show next, which shows
     * the notice {@code #{done.<notice>}} (Post/Redirect/Get; reloading repeats nothing).
     *
     * @param path a console path, with or without a query: {@code /console/subjects/<id>}
     * @param notice what was done, the key's end: {@code consent-recorded} for {@code done.consent-recorded}
     */
    public static MutableHttpResponse<?> done(String path, String notice) {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(notice, "notice is null");
        if (!isConsolePath(path)) {
            throw new IllegalArgumentException("not a console path: " + path);
        }
        if (!NOTICE.matcher(notice).matches()) {
            throw new IllegalArgumentException("a notice is lower-case letters and hyphens: " + notice);
        }
        return HttpResponse.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + "done=" + notice));
    }

    /**
     * The form's model again with the problem, which the page shows beside the form with
     * {@code <div th:replace="~{console/fragments :: formError}"></div>}: "Check the field „label”: detail",
     * the label being the text {@code field.<field>} where there is one.
     */
    public static Map<String, Object> withError(Map<String, ?> model, ProblemException problem) {
        Objects.requireNonNull(problem, "problem is null");
        Map<String, Object> withError = new HashMap<>(Objects.requireNonNull(model, "model is null"));
        withError.put("errorField", problem.field() == null ? "" : problem.field());
        withError.put("errorDetail", problem.getMessage());
        return withError;
    }

    /**
     * A refused form: its page again with the problem beside the field ({@link #withError}), answered
     * with the problem's status (400, 404 or 409). Echo back what was typed in the model, never a secret
     * or a personal code.
     */
    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> refused(String view, Map<String, ?> model,
                                                                                 ProblemException problem) {
        ModelAndView<Map<String, Object>> page = page(view, withError(model, problem));
        MutableHttpResponse<ModelAndView<Map<String, Object>>> response = HttpResponse.status(HttpStatus.valueOf(problem.type().status()));
        return response.body(page);
    }

    /**
     * A path to return to after a form, as a form's {@code back} field says: only a console or API
     * documentation page, never another site; otherwise {@code fallback}.
     */
    public static String safeReturn(String path, String fallback) {
        return path != null && (isConsolePath(path) || path.startsWith("/api-docs")) && !path.contains("//")
                && !path.contains("\\") && !path.contains("\n") && !path.contains("\r") ? path : fallback;
    }

    private static boolean isConsolePath(String path) {
        return (path.equals("/console") || path.startsWith("/console/") || path.startsWith("/console?"))
                && !path.contains("//") && !path.contains("\\") && !path.contains("\n") && !path.contains("\r");
    }
}
