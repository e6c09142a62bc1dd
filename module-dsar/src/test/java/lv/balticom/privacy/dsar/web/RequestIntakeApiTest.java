package lv.balticom.privacy.dsar.web;

import static lv.balticom.privacy.dsar.web.DsarApi.REQUESTS;
import static lv.balticom.privacy.dsar.web.DsarApi.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.dsar.api.RequestType;
import lv.balticom.privacy.testkit.TestIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Taking in a data subject request over HTTP (POL-26, POL-28, POL-30), matching the requester and linking the subject. */
@MicronautTest
class RequestIntakeApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private DsarApi api;

    @BeforeEach
    void api() {
        api = new DsarApi(http);
    }

    @ParameterizedTest
    @EnumSource(RequestType.class)
    @DisplayName("POL-26: each right has a request type; intake answers 201 with id, status and due date, and a history row")
    void eachTypeIsTakenIn(RequestType type) {
        String subject = api.subject();
        HttpResponse<Map<String, Object>> response = api.post(REQUESTS, request(type.name(), "PORTAL", "PORTAL", "",
                ",\"subjectId\":\"" + subject + "\",\"receivedAt\":\"2025-03-14T10:00:00Z\""));
        assertThat(response.code()).isEqualTo(201);
        Map<String, Object> body = response.body();
        assertThat(body).containsEntry("type", type.name()).containsEntry("status", "RECEIVED").containsEntry("subjectId", subject)
                .containsEntry("dueAt", "2025-04-14").containsKey("id");
        Map<String, Object> stored = api.get(REQUESTS + "/" + body.get("id"));
        assertThat(stored).containsEntry("dueAt", "2025-04-14").containsEntry("receivedVia", "PORTAL")
                .containsEntry("deliveryMethod", "PORTAL");
        assertThat(history(stored)).singleElement().satisfies(entry -> assertThat(entry).containsEntry("event", "RECEIVED")
                .containsEntry("status", "RECEIVED").containsEntry("actor", "user:admin"));
        List<Map<String, Object>> audit = api.items("/api/v1/audit?size=50&subject=" + subject);
        assertThat(audit).extracting(entry -> entry.get("action")).contains("request.received");
        assertThat(audit.toString()).doesNotContain("Bērziņa").doesNotContain("anna@example.lv").doesNotContain("Brīvības");
    }

    @Test
    @DisplayName("POL-28, POL-30: channel and delivery method are kept; receivedAt defaults to now; the deadline is one month on")
    void channelDeliveryAndDefaultReceipt() {
        Instant before = Instant.now();
        Map<String, Object> body = api.receive(request("COPY", "EMAIL_E_SIGNED", "REGISTERED_LETTER", "", ""));
        assertThat(body).containsEntry("receivedVia", "EMAIL_E_SIGNED").containsEntry("deliveryMethod", "REGISTERED_LETTER");
        Instant receivedAt = Instant.parse(body.get("receivedAt").toString());
        assertThat(receivedAt).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        LocalDate due = LocalDate.parse(body.get("dueAt").toString());
        assertThat(due).isAfterOrEqualTo(LocalDate.now().plusMonths(1).minusDays(1));
        assertThat(body).containsEntry("overdue", false).containsEntry("extensionMonths", null).containsEntry("identity", null);
    }

    @Test
    @DisplayName("POL-29: the requester matching exactly one subject by identifiers is linked to it")
    void oneMatchIsLinked() {
        String number = TestIdentifiers.customerNumber();
        String subject = api.subject("\"customerNumber\":\"" + number + "\"");
        Map<String, Object> body = api.receive(null, "\"customerNumber\":\"" + number + "\"");
        assertThat(body).containsEntry("subjectId", subject);
        assertThat((List<?>) body.get("candidates")).isEmpty();
    }

    @Test
    @DisplayName("POL-29: several or no matching subjects are listed for the officer, never guessed; the officer links one later")
    void severalMatchesAreListedAndLinkedByTheOfficer() {
        String email = TestIdentifiers.email();
        String first = api.subject("\"email\":\"" + email + "\"");
        String second = api.subject("\"email\":\"" + email.toUpperCase() + "\"");
        Map<String, Object> several = api.receive(null, "\"email\":\"" + email + "\"");
        assertThat(several).containsEntry("subjectId", null);
        assertThat(candidates(several)).extracting(candidate -> candidate.get("subjectId")).containsExactlyInAnyOrder(first, second);
        assertThat(candidates(several)).allSatisfy(candidate -> assertThat(candidate).containsEntry("matchedBy", "email"));

        Map<String, Object> none = api.receive(null, "\"email\":\"" + TestIdentifiers.email() + "\"");
        assertThat(none).containsEntry("subjectId", null);
        assertThat(candidates(none)).isEmpty();

        Map<String, Object> linked = api.act(several.get("id"), "subject", "{\"subjectId\":\"" + second + "\"}");
        assertThat(linked).containsEntry("subjectId", second);
        assertThat(history(linked)).extracting(entry -> entry.get("event")).containsExactly("RECEIVED", "SUBJECT_LINKED");
        assertThat(api.items("/api/v1/audit?size=50&subject=" + second)).extracting(entry -> entry.get("action"))
                .contains("request.subject-linked");
        long ledger = api.ledgerSize();
        api.refused(REQUESTS + "/" + several.get("id") + "/subject", "{\"subjectId\":\"" + first + "\"}", 409, "subjectId");
        api.refused(REQUESTS + "/" + none.get("id") + "/subject", "{\"subjectId\":\"" + UUID.randomUUID() + "\"}", 400, "subjectId");
        api.refused(REQUESTS + "/" + none.get("id") + "/subject", "{}", 400, "subjectId");
        api.refused(REQUESTS + "/" + UUID.randomUUID() + "/subject", "{\"subjectId\":\"" + first + "\"}", 404, "id");
        assertThat(api.ledgerSize()).isEqualTo(ledger);
    }

    @Test
    @DisplayName("POL-26, POL-28, POL-30: bad intake (unknown type, receivedAt in the future, ...) is refused naming the field, and changes nothing")
    void badIntakeChangesNothing() {
        long ledger = api.ledgerSize();
        long requests = api.requestCount();
        String future = ",\"receivedAt\":\"" + Instant.now().plusSeconds(3600) + "\"";
        api.refused(REQUESTS, request("GOSSIP", "IN_PERSON", "IN_PERSON", "", ""), 400, "type");
        api.refused(REQUESTS, request("ACCESS", "IN_PERSON", "IN_PERSON", "", future), 400, "receivedAt");
        api.refused(REQUESTS, request("ACCESS", "IN_PERSON", "IN_PERSON", "", ",\"receivedAt\":\"yesterday\""), 400, "receivedAt");
        api.refused(REQUESTS, request("ACCESS", "CARRIER_PIGEON", "IN_PERSON", "", ""), 400, "receivedVia");
        api.refused(REQUESTS, request("ACCESS", "IN_PERSON", "FAX", "", ""), 400, "deliveryMethod");
        api.refused(REQUESTS, request("ACCESS", "IN_PERSON", "IN_PERSON", "", ",\"subjectId\":\"" + UUID.randomUUID() + "\""),
                400, "subjectId");
        api.refused(REQUESTS, request("ACCESS", "IN_PERSON", "IN_PERSON", "\"email\":\"not-an-address\"", ""), 400,
                "requester.identifiers.email");
        api.refused(REQUESTS, request("ACCESS", "IN_PERSON", "IN_PERSON", "\"shoeSize\":\"42\"", ""), 400,
                "requester.identifiers.shoeSize");
        api.refused(REQUESTS, "{\"type\":\"ACCESS\",\"receivedVia\":\"IN_PERSON\",\"deliveryMethod\":\"IN_PERSON\"}", 400,
                "requester.name");
        api.refused(REQUESTS, "{\"requester\":{\"name\":\"A\"},\"receivedVia\":\"IN_PERSON\",\"deliveryMethod\":\"IN_PERSON\"}", 400,
                "type");
        api.refused(REQUESTS, "{\"type\":\"ACCESS\",\"requester\":{\"name\":\"A\"},\"receivedVia\":\"IN_PERSON\","
                + "\"deliveryMethod\":\"REGISTERED_LETTER\"}", 400, "requester.postalAddress");
        api.refusedGet(REQUESTS + "/" + UUID.randomUUID(), 404, "id");
        assertThat(api.ledgerSize()).isEqualTo(ledger);
        assertThat(api.requestCount()).isEqualTo(requests);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> history(Map<String, Object> request) {
        return (List<Map<String, Object>>) request.get("history");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> candidates(Map<String, Object> request) {
        return (List<Map<String, Object>>) request.get("candidates");
    }
}
