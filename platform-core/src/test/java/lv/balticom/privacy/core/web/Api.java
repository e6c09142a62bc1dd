package lv.balticom.privacy.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;

/**
 * The API as a test calls it: signed in as the test administrator, JSON in and out as maps. (The
 * core cannot use the test kit, which depends on it; other modules use the kit's equivalents.)
 */
final class Api {

    static final String ADMIN = "admin";
    static final String PASSWORD = "test-admin-password";

    private final BlockingHttpClient client;

    Api(HttpClient client) {
        this.client = client.toBlocking();
    }

    /** A request to a route with its path variables filled in with values that exist nowhere. */
    static MutableHttpRequest<?> requestTo(io.micronaut.web.router.UriRouteInfo<?, ?> route) {
        String uri = route.getUriMatchTemplate().expand(Map.of("id", java.util.UUID.randomUUID().toString(),
                "kind", "data-categories", "code", "NO_SUCH_CODE", "name", "no-such-asset.css", "pluginId", "no-such-plugin",
                "registerId", "no-such-register", "recordId", java.util.UUID.randomUUID().toString()));
        io.micronaut.http.HttpMethod method = route.getHttpMethod();
        MutableHttpRequest<?> request = HttpRequest.create(method, uri);
        if (method == io.micronaut.http.HttpMethod.POST || method == io.micronaut.http.HttpMethod.PUT
                || method == io.micronaut.http.HttpMethod.PATCH) {
            boolean form = uri.startsWith("/console");
            return request.body(form ? "_csrf=none" : "{}")
                    .contentType(form ? MediaType.APPLICATION_FORM_URLENCODED_TYPE : MediaType.APPLICATION_JSON_TYPE);
        }
        return request;
    }

    static <T> MutableHttpRequest<T> admin(MutableHttpRequest<T> request) {
        return request.basicAuth(ADMIN, PASSWORD);
    }

    Map<String, Object> get(String path) {
        return client.retrieve(admin(HttpRequest.GET(path)), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String path) {
        return (List<Map<String, Object>>) get(path).get("items");
    }

    HttpResponse<Map<String, Object>> post(String path, String json) {
        return client.exchange(admin(HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE)),
                Argument.mapOf(String.class, Object.class));
    }

    /** The error a request answers with; fails when it succeeds. */
    HttpClientResponseException error(MutableHttpRequest<?> request) {
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.exchange(request, Argument.mapOf(String.class, Object.class)));
        assertThat(error).as("the request should fail").isNotNull();
        return error;
    }

    /**
     * Asserts an answer is problem details with the platform's shape and returns them.
     *
     * @param field the expected offending field, or null
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> problem(HttpClientResponseException error, int status, String field) {
        assertThat(error.getStatus().getCode()).as("status").isEqualTo(status);
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).startsWith("application/problem+json"));
        Map<String, Object> body = error.getResponse().getBody(Map.class).orElseThrow();
        assertThat(body).containsKeys("type", "title", "status", "detail", "field");
        assertThat(body.get("type").toString()).startsWith("https://balticom.lv/privacy-platform/problems/");
        assertThat(((Number) body.get("status")).intValue()).isEqualTo(status);
        assertThat(body.get("detail").toString()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(body.get("field")).as("field").isEqualTo(field);
        return body;
    }
}
