package lv.balticom.privacy.consent.web;

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
import lv.balticom.privacy.testkit.ProblemAssert;
import lv.balticom.privacy.testkit.TestAdmin;
import lv.balticom.privacy.testkit.TestIdentifiers;

/** The API as the consent tests call it: signed in as the test administrator, JSON as maps. */
final class ConsentApi {

    private final BlockingHttpClient client;

    ConsentApi(HttpClient client) {
        this.client = client.toBlocking();
    }

    /** A new client subject's id. */
    String subject() {
        return post("/api/v1/subjects", "{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\"}}"
                .formatted(TestIdentifiers.customerNumber())).body().get("id").toString();
    }

    Map<String, Object> get(String path) {
        return client.retrieve(TestAdmin.signedIn(HttpRequest.GET(path)), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String path) {
        return (List<Map<String, Object>>) get(path).get("items");
    }

    HttpResponse<Map<String, Object>> post(String path, String json) {
        return client.exchange(TestAdmin.signedIn(HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE)),
                Argument.mapOf(String.class, Object.class));
    }

    /** Records a consent event and answers it. */
    Map<String, Object> consent(String subject, String json) {
        HttpResponse<Map<String, Object>> response = post("/api/v1/subjects/" + subject + "/consents", json);
        assertThat(response.code()).isEqualTo(201);
        return response.body();
    }

    Map<String, Object> grant(String subject, String purpose, String channel) {
        return consent(subject, event(purpose, channel, "GRANTED", null));
    }

    Map<String, Object> withdraw(String subject, String purpose, String channel) {
        return consent(subject, event(purpose, channel, "WITHDRAWN", null));
    }

    static String event(String purpose, String channel, String decision, String occurredAt) {
        return "{\"purpose\":\"%s\",%s\"decision\":\"%s\",\"collectedVia\":\"PORTAL\"%s}".formatted(purpose,
                channel == null ? "" : "\"channel\":\"" + channel + "\",", decision,
                occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\"");
    }

    /** The check's answer to a query string. */
    Map<String, Object> check(String query) {
        return get("/api/v1/checks?" + query);
    }

    /** The error a request answers with; fails when it succeeds. */
    HttpClientResponseException error(MutableHttpRequest<?> request) {
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.exchange(request, Argument.mapOf(String.class, Object.class)));
        assertThat(error).as("the request should fail").isNotNull();
        return error;
    }

    /** Asserts that a POST with this body fails with the status, naming the field. */
    Map<String, Object> refused(String path, String json, int status, String field) {
        return ProblemAssert.assertProblem(error(TestAdmin.signedIn(HttpRequest.POST(path, json)
                .contentType(MediaType.APPLICATION_JSON_TYPE))), status, field);
    }

    /** Asserts that a GET fails with the status, naming the field. */
    Map<String, Object> refusedGet(String path, int status, String field) {
        return ProblemAssert.assertProblem(error(TestAdmin.signedIn(HttpRequest.GET(path))), status, field);
    }

    long ledgerSize() {
        return ((Number) get("/api/v1/audit?size=1").get("totalItems")).longValue();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> auditOf(String subject) {
        return (List<Map<String, Object>>) get("/api/v1/audit?size=500&subject=" + subject).get("items");
    }

    long historySize(String subject) {
        return ((Number) get("/api/v1/subjects/" + subject + "/consents/history").get("totalItems")).longValue();
    }
}
