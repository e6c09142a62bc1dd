package lv.balticom.privacy.core.internal.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.ProblemType;

/**
 * Turns every error the server answers with, the platform's own and the framework's (no such route,
 * wrong method, unreadable JSON, a path id that is not a UUID, a body too large), into problem details.
 *
 * <p>Framework messages can quote what the caller sent, and that may be personal data, so they are
 * never passed on: the detail is written here from the kind of error, naming only the field.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([A-Za-z0-9_$]+)\\]");

    @Override
    public String contentType() {
        return Problems.MEDIA_TYPE;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ProblemException problem) {
            ProblemType type = problem.type();
            return new Problem(type.uri().toString(), type.title(), type.status(), problem.getMessage(), problem.field(),
                    problem.errors().isEmpty() ? null : problem.errors());
        }
        ProblemType type = ProblemType.forStatus(status);
        Described described = describe(cause, status, context);
        return new Problem(type.uri().toString(), type.title(), status, described.detail(), described.field(),
                described.errors());
    }

    private record Described(String detail, String field, List<ProblemException.FieldError> errors) {
        Described(String detail, String field) {
            this(detail, field, null);
        }
    }

    private Described describe(Throwable cause, int status, ErrorContext context) {
        if (cause instanceof ContentLengthExceededException) {
            return new Described("The request body is too large.", null);
        }
        if (cause instanceof ConstraintViolationException violations) {
            List<ProblemException.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(violation -> new ProblemException.FieldError(fieldOf(violation), violation.getMessage()))
                    .toList();
            ProblemException.FieldError first = errors.isEmpty() ? null : errors.get(0);
            return new Described(first == null ? "The request is not valid." : first.detail(),
                    first == null ? null : first.field(), errors.size() > 1 ? errors : null);
        }
        if (cause instanceof ConversionErrorException conversion) {
            Argument<?> argument = conversion.getArgument();
            if (isBody(argument)) {
                return json(conversion);
            }
            return new Described("must be " + expected(argument.getType()), argument.getName());
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            if (isBody(unsatisfied.getArgument())) {
                return new Described("A JSON body is required.", null);
            }
            return new Described("is required", unsatisfied.getArgument().getName());
        }
        if (status == 400 && cause != null && mentionsJson(cause)) {
            return json(cause);
        }
        return switch (status) {
            case 404 -> new Described("Nothing is found at " + context.getRequest().getPath() + ".", null);
            case 405 -> new Described("The method " + context.getRequest().getMethodName() + " is not allowed here.", null);
            case 406 -> new Described("The platform answers this with application/json.", null);
            case 415 -> new Described("Send the body as application/json.", null);
            case 400 -> new Described("The request is not valid.", null);
            case 503 -> new Described("The service is not available now; try again later.", null);
            default -> status >= 500
                    ? new Described("An internal error occurred. It has been logged.", null)
                    : new Described("The request cannot be processed.", null);
        };
    }

    /** Controllers name their body parameter {@code body} (see JsonBodies). */
    private static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class)
                || "body".equals(argument.getName());
    }

    private static boolean mentionsJson(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.contains("Serde") || name.contains("Json") || name.contains("Jackson") || name.contains("Codec")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An unreadable body that a controller bound directly (controllers normally read bodies through
     * JsonBodies, which names the field itself): names an unknown field where the parser says which.
     */
    private static Described json(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("io.micronaut.serde") && t.getMessage() != null) {
                Matcher unknown = UNKNOWN_PROPERTY.matcher(t.getMessage());
                if (unknown.find()) {
                    return new Described("is not a known field", unknown.group(1));
                }
            }
        }
        return new Described("The body is not valid JSON of the expected shape.", null);
    }

    private static String expected(Class<?> type) {
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date-time in ISO-8601 form, for example 2025-10-07T00:00:00Z";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "create.request.identifiers.email" -> "identifiers.email": drop the method and parameter names
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
