package lv.balticom.privacy.core.internal.http;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.internal.console.ConsolePage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything no other handler claims. The log gets the exception's classes and stack but not its
 * messages: a database driver's message can quote a personal code. A broken database constraint is a
 * conflict with stored data (409), not an internal error.
 */
@Singleton
@Produces
final class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorResponseProcessor<?> processor;
    private final ConsolePage pages;

    UnexpectedErrorHandler(ErrorResponseProcessor<?> processor, ConsolePage pages) {
        this.processor = processor;
        this.pages = pages;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the raw type
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        if (isConstraintViolation(exception)) {
            ProblemException conflict = ProblemException.conflict(null, "The request conflicts with data already stored.");
            return processor.processResponse(ErrorContext.builder(request).cause(conflict).build(),
                    HttpResponse.status(HttpStatus.CONFLICT));
        }
        LOG.error("Unexpected {} while serving {} {}\n{}", exception.getClass().getName(), request.getMethodName(),
                request.getPath(), withoutMessages(exception));
        if (request.getPath().startsWith("/console")) {
            try {
                return pages.render(request, HttpStatus.INTERNAL_SERVER_ERROR, "console/error",
                        Map.of("status", 500, "detail", ""));
            } catch (RuntimeException pageFailed) {
                LOG.error("The error page could not be drawn either: {}", pageFailed.getClass().getName());
            }
        }
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(),
                HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    private static boolean isConstraintViolation(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (!(t instanceof DataAccessException) && !(t instanceof SQLException) && t != exception) {
                break;
            }
        }
        return false;
    }

    /** The chain of exception classes with their stack frames, and no messages. */
    static String withoutMessages(Throwable exception) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            text.append(t == exception ? "" : "Caused by: ").append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                text.append(" (SQLState ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode()).append(')');
            }
            text.append('\n');
            text.append(Stream.of(t.getStackTrace()).limit(25).map(frame -> "\tat " + frame).collect(Collectors.joining("\n")));
            text.append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
