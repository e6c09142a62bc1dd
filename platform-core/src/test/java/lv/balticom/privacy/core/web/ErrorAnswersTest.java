package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.json.JsonMapper;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.internal.http.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong, the answer is problem details, 4xx for the caller's mistakes, never a stack trace. */
@MicronautTest
class ErrorAnswersTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper jsonMapper;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void anUnreadableBodyIs400() {
        problem(api.error(admin(HttpRequest.POST("/api/v1/subjects", "{\"type\":").contentType(MediaType.APPLICATION_JSON_TYPE))), 400, null);
        problem(api.error(admin(HttpRequest.POST("/api/v1/subjects", "[1,2]").contentType(MediaType.APPLICATION_JSON_TYPE))), 400, null);
        problem(api.error(admin(HttpRequest.POST("/api/v1/subjects", "").contentType(MediaType.APPLICATION_JSON_TYPE))), 400, null);
    }

    @Test
    void wrongTypesNameTheField() {
        Map<String, Object> problem = problem(api.error(admin(HttpRequest.POST("/api/v1/subjects",
                "{\"type\":\"CLIENT\",\"identifiers\":{\"email\":[\"a@b.lv\"]}}").contentType(MediaType.APPLICATION_JSON_TYPE))),
                400, "identifiers.email");
        assertThat(problem.get("detail")).isEqualTo("must be a string");
        problem(api.error(admin(HttpRequest.POST("/api/v1/subjects",
                "{\"type\":{\"code\":\"CLIENT\"},\"identifiers\":{}}").contentType(MediaType.APPLICATION_JSON_TYPE))), 400, "type");
    }

    @Test
    void anotherMediaTypeIs415() {
        problem(api.error(admin(HttpRequest.POST("/api/v1/subjects", "type=CLIENT").contentType(MediaType.TEXT_PLAIN_TYPE))), 415, null);
    }

    @Test
    void anOversizedBodyIs413() {
        String huge = "{\"type\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        problem(api.error(admin(HttpRequest.POST("/api/v1/subjects", huge).contentType(MediaType.APPLICATION_JSON_TYPE))), 413, null);
    }

    @Test
    void badQueryValuesNameTheParameter() {
        problem(api.error(admin(HttpRequest.GET("/api/v1/audit?page=-1"))), 400, "page");
        problem(api.error(admin(HttpRequest.GET("/api/v1/audit?size=0"))), 400, "size");
        problem(api.error(admin(HttpRequest.GET("/api/v1/audit?size=501"))), 400, "size");
        problem(api.error(admin(HttpRequest.GET("/api/v1/audit?page=first"))), 400, "page");
        problem(api.error(admin(HttpRequest.GET("/api/v1/audit?subject=42"))), 400, "subject");
        problem(api.error(admin(HttpRequest.GET("/api/v1/audit?from=yesterday"))), 400, "from");
        problem(api.error(admin(HttpRequest.GET("/api/v1/audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"))), 400, "to");
    }

    @Test
    void browsersGetProblemDetailsToo() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        problem(api.error(admin(HttpRequest.GET("/api/v1/subjects/not-a-uuid").header("Accept", browser))), 400, "id");
        problem(api.error(HttpRequest.GET("/no/such/page").header("Accept", browser)), 404, null);
    }

    @Test
    void severalWrongFieldsCanBeListed() throws Exception {
        String json = jsonMapper.writeValueAsString(new Problem("t", "Title", 400, "must be a string", "a",
                List.of(new ProblemException.FieldError("a", "must be a string"), new ProblemException.FieldError("b.c", "is required"))));
        assertThat(json).contains("\"errors\":[{\"field\":\"a\",\"detail\":\"must be a string\"},{\"field\":\"b.c\"");
    }

    @Test
    void anUnknownPathIs404EvenOutsideTheApi() {
        problem(api.error(HttpRequest.GET("/no/such/page")), 404, null);
    }
}
