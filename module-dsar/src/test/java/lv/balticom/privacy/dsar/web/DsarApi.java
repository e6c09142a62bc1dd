package lv.balticom.privacy.dsar.web;

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

/** The API as the dsar tests call it: signed in as the test administrator, JSON as maps. */
final class DsarApi {

    static final String REQUESTS = "/api/v1/requests";

    private final BlockingHttpClient client;

    DsarApi(HttpClient client) {
        this.client = client.toBlocking();
    }

    /** A new client subject with these identifiers (JSON members); answers its id. */
    String subject(String identifiers) {
        return post("/api/v1/subjects", "{\"type\":\"CLIENT\",\"identifiers\":{%s}}".formatted(identifiers)).body().get("id").toString();
    }

    String subject() {
        return subject("\"customerNumber\":\"%s\"".formatted(TestIdentifiers.customerNumber()));
    }

    /** A request body; {@code extra} is added as further JSON members (with a leading comma). */
    static String request(String type, String via, String delivery, String identifiers, String extra) {
        return """
                {"type":"%s","requester":{"name":"Anna Bērziņa","email":"anna@example.lv","postalAddress":"Brīvības iela 1, Rīga",
                "identifiers":{%s}},"receivedVia":"%s","deliveryMethod":"%s","details":"What do you hold about me?"%s}"""
                .formatted(type, identifiers, via, delivery, extra);
    }

    /** Takes in a request; answers its body. */
    Map<String, Object> receive(String json) {
        HttpResponse<Map<String, Object>> response = post(REQUESTS, json);
        assertThat(response.code()).isEqualTo(201);
        return response.body();
    }

    /** A plain ACCESS request received in person on this instant (or now when null). */
    Map<String, Object> receive(String receivedAt, String identifiers) {
        return receive(request("ACCESS", "IN_PERSON", "REGISTERED_LETTER", identifiers,
                receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt + "\""));
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

    Map<String, Object> act(Object id, String step, String json) {
        HttpResponse<Map<String, Object>> response = post(REQUESTS + "/" + id + "/" + step, json);
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

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

    Map<String, Object> refusedGet(String path, int status, String field) {
        return ProblemAssert.assertProblem(error(TestAdmin.signedIn(HttpRequest.GET(path))), status, field);
    }

    long ledgerSize() {
        return ((Number) get("/api/v1/audit?size=1").get("totalItems")).longValue();
    }

    long requestCount() {
        return ((Number) get(REQUESTS + "?size=1").get("totalItems")).longValue();
    }
}
