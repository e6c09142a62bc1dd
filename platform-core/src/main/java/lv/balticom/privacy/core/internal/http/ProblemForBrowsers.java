package lv.balticom.privacy.core.internal.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Errors for callers that prefer HTML (a browser) are problem details too: the same answer, whoever
 * asks. (The framework's HTML error page would also turn a bad path id into 406.)
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
final class ProblemForBrowsers implements HtmlErrorResponseBodyProvider {

    private final ProblemBodyProvider problems;
    private final JsonMapper json;

    ProblemForBrowsers(ProblemBodyProvider problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public String contentType() {
        return Problems.MEDIA_TYPE;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        try {
            return json.writeValueAsString(problems.body(context, response));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write problem details", e);
        }
    }
}
