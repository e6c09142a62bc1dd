package lv.balticom.privacy.core.internal.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.Map;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.internal.console.ConsolePage;

/** The platform's own errors, answered as problem details by the same path as the framework's. */
@Singleton
@Produces
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;
    private final ConsolePage pages;

    ProblemExceptionHandler(ErrorResponseProcessor<?> processor, ConsolePage pages) {
        this.processor = processor;
        this.pages = pages;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the raw type
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        if (request.getPath().startsWith("/console")) {
            // A person at a console page gets a page, not problem details.
            // (An exception handler's answer does not pass through the views filter: render it here.)
            return pages.render(request, HttpStatus.valueOf(exception.type().status()), "console/error",
                    Map.of("status", exception.type().status(), "detail", exception.getMessage()));
        }
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(),
                HttpResponse.status(HttpStatus.valueOf(exception.type().status())));
    }
}
