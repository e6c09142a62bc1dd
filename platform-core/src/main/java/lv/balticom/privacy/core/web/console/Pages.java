package lv.balticom.privacy.core.web.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import lv.balticom.privacy.core.api.ProblemException;

/** Small things every console controller does: render a page, redirect after a form, show a form error. */
final class Pages {

    private Pages() {
    }

    static ModelAndView<Map<String, Object>> page(String view, Map<String, Object> model) {
        return new ModelAndView<>("console/" + view, new HashMap<>(model));
    }

    /** After a form: back to a page, with the notice of what was done (Post/Redirect/Get). */
    static MutableHttpResponse<?> done(String path, String notice) {
        return HttpResponse.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + "done=" + notice));
    }

    /** The form's page again, with the problem shown beside the field it concerns. */
    static Map<String, Object> withError(Map<String, Object> model, ProblemException problem) {
        Map<String, Object> withError = new HashMap<>(model);
        withError.put("errorField", problem.field() == null ? "" : problem.field());
        withError.put("errorDetail", problem.getMessage());
        return withError;
    }

    /** A path to return to after a form: only a console or documentation page, never another site. */
    static String safeReturn(String path, String fallback) {
        return path != null && (path.startsWith("/console") || path.startsWith("/api-docs")) && !path.contains("//")
                && !path.contains("\\") && !path.contains("\n") && !path.contains("\r") ? path : fallback;
    }
}
