package lv.balticom.privacy.core.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Objects;

/**
 * An error to answer with as {@code application/problem+json}. The detail is shown to the caller, so
 * it must hold no personal data and no internals; it names the offending field where there is one.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String field;
    private final transient List<FieldError> errors;

    public ProblemException(ProblemType type, String detail, String field) {
        this(type, detail, field, List.of());
    }

    public ProblemException(ProblemType type, String detail, String field, List<FieldError> errors) {
        super(Objects.requireNonNull(detail, "detail is null"), null, false, false);
        this.type = Objects.requireNonNull(type, "type is null");
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    /** 400: a field's value is wrong. */
    public static ProblemException invalid(String field, String detail) {
        // field may be null: the problem concerns the request as a whole
        return new ProblemException(ProblemType.INVALID_REQUEST, detail, field);
    }

    /** 400: several fields are wrong; the first is named as the field. */
    public static ProblemException invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no errors");
        }
        FieldError first = errors.get(0);
        return new ProblemException(ProblemType.INVALID_REQUEST, first.detail(), first.field(), errors);
    }

    /** 404: nothing with that id. */
    public static ProblemException notFound(String field, String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail, field);
    }

    /** 409: the request conflicts with what is stored. */
    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, field);
    }

    public ProblemType type() {
        return type;
    }

    /** The offending field as a JSON path ({@code identifiers.email}), or null. */
    public String field() {
        return field;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One wrong field.
     *
     * @param field the JSON path of the field
     * @param detail what is wrong with it, without echoing its value
     */
    @Serdeable
    public record FieldError(String field, String detail) {
        public FieldError {
            Objects.requireNonNull(field, "field is null");
            Objects.requireNonNull(detail, "detail is null");
        }
    }
}
