package lv.balticom.privacy.core.internal.console;

import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws each console page completely before the first byte is sent. The views filter leaves a page as
 * a {@link Writable} that the server writes out after the status line: a template that fails half way
 * would leave the browser waiting for an answer that never comes. Drawn here, a failure becomes the
 * 500 page and a log line (without the data the template was drawing).
 */
@ServerFilter(value = {"/console", "/console/**"}, patternStyle = FilterPatternStyle.ANT)
final class ConsoleRendering implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRendering.class);

    private final ConsolePage pages;

    ConsoleRendering(ConsolePage pages) {
        this.pages = pages;
    }

    /** Just outside the views filter, so its answer is the one drawn here. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }

    @ResponseFilter
    HttpResponse<?> draw(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.body() instanceof Writable page)) {
            return response;
        }
        StringWriter html = new StringWriter();
        try {
            page.writeTo(html);
        } catch (IOException | RuntimeException failed) {
            LOG.error("The console page {} could not be drawn: {}", request.getPath(), chain(failed));
            try {
                return pages.render(request, HttpStatus.INTERNAL_SERVER_ERROR, "console/error", Map.of("status", 500, "detail", ""));
            } catch (RuntimeException errorPageFailed) {
                return HttpResponse.serverError("The page could not be drawn.");
            }
        }
        return response.body(html.toString());
    }

    /**
     * The exceptions' classes, and where in which template: Thymeleaf's own message names the template,
     * the line and the expression (template text, not data); other messages are left out.
     */
    private static String chain(Throwable failed) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failed; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t == failed ? "" : " <- ").append(t.getClass().getName());
            if (t.getClass().getName().startsWith("org.thymeleaf.exceptions.Template") && t.getMessage() != null) {
                text.append(" (").append(t.getMessage().split("\\R", 2)[0]).append(')');
            }
        }
        return text.toString();
    }
}
