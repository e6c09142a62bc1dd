package lv.balticom.privacy.core.web.console;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.console.ConsolePages;

/**
 * Small things every console controller does: render a page, redirect after a form, show a form error.
 * The core's short names for {@link ConsolePages}, which modules use.
 */
final class Pages {

    private Pages() {
    }

    static ModelAndView<Map<String, Object>> page(String view, Map<String, Object> model) {
        return ConsolePages.page(view, model);
    }

    /** After a form: back to a page, with the notice of what was done (Post/Redirect/Get). */
    static MutableHttpResponse<?> done(String path, String notice) {
        return ConsolePages.done(path, notice);
    }

    /** The form's page again, with the problem shown beside the field it concerns. */
    static Map<String, Object> withError(Map<String, Object> model, ProblemException problem) {
        return ConsolePages.withError(model, problem);
    }

    /** A path to return to after a form: only a console or documentation page, never another site. */
    static String safeReturn(String path, String fallback) {
        return ConsolePages.safeReturn(path, fallback);
    }
}
