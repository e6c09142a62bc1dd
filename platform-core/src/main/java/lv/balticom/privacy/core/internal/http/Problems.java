package lv.balticom.privacy.core.internal.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import lv.balticom.privacy.core.api.ProblemType;

/** Builds problem answers where no exception is thrown (filters, health). */
public final class Problems {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static MutableHttpResponse<Problem> response(ProblemType type, String detail, String field) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(type.status()))
                .body(new Problem(type.uri().toString(), type.title(), type.status(), detail, field, null))
                .contentType(MEDIA_TYPE);
    }
}
