package lv.balticom.privacy.core.internal.security;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import java.io.StringWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The 403 page a filter answers with. A filter's own answer does not pass through the views filter, so
 * the page is rendered here, with the same layout and texts as every other page.
 */
@Singleton
final class ConsoleRefusal {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    ConsoleRefusal(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    HttpResponse<?> forbidden(HttpRequest<?> request, Map<String, Object> model) {
        Writable page = renderer.render(new ModelAndView<>("console/forbidden", model), request, MediaType.TEXT_HTML)
                .orElseThrow(() -> new IllegalStateException("the console/forbidden view is missing"));
        StringWriter html = new StringWriter();
        try {
            page.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML + ";charset=utf-8").body(html.toString());
    }
}
