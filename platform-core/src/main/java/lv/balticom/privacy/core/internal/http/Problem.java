package lv.balticom.privacy.core.internal.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import lv.balticom.privacy.core.api.ProblemException;

/**
 * An error answer (RFC 9457 problem details): a stable {@code type}, a short {@code title}, the HTTP
 * {@code status}, a {@code detail} for people and the offending {@code field} where there is one.
 *
 * @param type the problem type URI (see {@code docs/api.md})
 * @param title the type's title
 * @param status the HTTP status
 * @param detail what went wrong in this request, without personal data
 * @param field the JSON path or parameter name at fault, or null
 * @param errors every wrong field when there are several, or null
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, @Nullable String field,
                      @Nullable List<ProblemException.FieldError> errors) {
}
