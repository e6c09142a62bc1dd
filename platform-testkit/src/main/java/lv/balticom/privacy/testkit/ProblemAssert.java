package lv.balticom.privacy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;

/**
 * Checks that an error answer is {@code application/problem+json} with the platform's shape: type,
 * title, status, detail and the offending field.
 */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    /**
     * Asserts the status, the media type, the shape and the field, and returns the problem's body.
     *
     * @param field the expected field, or null when the problem names none
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> assertProblem(HttpClientResponseException error, int status, String field) {
        HttpResponse<?> response = error.getResponse();
        assertThat(response.code()).as("status").isEqualTo(status);
        assertThat(response.getContentType()).as("content type").isPresent();
        assertThat(response.getContentType().get().toString()).startsWith("application/problem+json");
        Map<String, Object> problem = response.getBody(Map.class).orElseThrow(() -> new AssertionError("no problem body"));
        assertThat(problem).containsKeys("type", "title", "status", "detail", "field");
        assertThat(problem.get("type").toString()).startsWith("https://balticom.lv/privacy-platform/problems/");
        assertThat(((Number) problem.get("status")).intValue()).isEqualTo(status);
        assertThat(problem.get("detail").toString()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(problem.get("field")).as("field").isEqualTo(field);
        return problem;
    }
}
