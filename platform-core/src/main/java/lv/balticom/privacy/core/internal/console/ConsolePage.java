package lv.balticom.privacy.core.internal.console;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A console page drawn outside a controller: the 403 page a filter answers with, the error page an
 * exception handler answers with. Neither answer passes through the views filter, so the page is
 * rendered here, with the same layout and texts as every other page.
 */
@Singleton
public final class ConsolePage {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    ConsolePage(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    /** The 403 page; {@code model} says why (the permission needed, or an expired form). */
    public MutableHttpResponse<String> forbidden(HttpRequest<?> request, Map<String, Object> model) {
        return render(request, HttpStatus.FORBIDDEN, "console/forbidden", model);
    }

    /** The page {@code view} with {@code model}, answered with {@code status}. */
    public MutableHttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String view, Map<String, Object> model) {
        Writable page = renderer.render(new ModelAndView<>(view, model), request, MediaType.TEXT_HTML)
                .orElseThrow(() -> new IllegalStateException("the " + view + " view is missing"));
        StringWriter html = new StringWriter();
        try {
            page.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML + ";charset=utf-8").body(html.toString());
    }
}
