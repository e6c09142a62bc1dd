package lv.balticom.privacy.consent.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The consent ledger over HTTP: record, read the state, the history, an event and its receipt; bad input changes nothing. */
@MicronautTest
class ConsentApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private ConsentApi api;

    @BeforeEach
    void api() {
        api = new ConsentApi(http);
    }

    @Test
    @DisplayName("POL-33, POL-34: a consent is recorded with how it was given, answered 201 with the event, and audited")
    void recordsAConsent() {
        String subject = api.subject();
        HttpResponse<Map<String, Object>> created = api.post("/api/v1/subjects/" + subject + "/consents", """
                {"purpose":"USAGE_ANALYSIS","decision":"GRANTED","collectedVia":"APPLICATION_FORM",
                 "evidence":"form 2026/118","recordedBy":"shop Rīga Origo","occurredAt":"2026-01-15T10:00:00Z"}""");

        assertThat(created.code()).isEqualTo(201);
        Map<String, Object> event = created.body();
        assertThat(created.getHeaders().get("Location")).isEqualTo("/api/v1/consents/" + event.get("id"));
        assertThat(event).containsEntry("subjectId", subject).containsEntry("purpose", "USAGE_ANALYSIS")
                .containsEntry("channel", null).containsEntry("decision", "GRANTED").containsEntry("collectedVia", "APPLICATION_FORM")
                .containsEntry("evidence", "form 2026/118").containsEntry("recordedBy", "shop Rīga Origo")
                .containsEntry("occurredAt", "2026-01-15T10:00:00Z").containsEntry("policyVersion", "2025-10-07")
                .containsEntry("actor", "user:admin");
        assertThat(api.get("/api/v1/consents/" + event.get("id"))).isEqualTo(event);

        List<Map<String, Object>> audit = api.auditOf(subject);
        assertThat(audit).extracting(entry -> entry.get("action")).containsExactly("consent.granted", "subject.created");
        assertThat(audit.get(0).toString()).doesNotContain("form 2026/118").doesNotContain("Origo");
    }

    @Test
    @DisplayName("POL-35, POL-36, POL-38..40: the current state per purpose and channel comes from the latest event; the history keeps every one, newest first")
    @SuppressWarnings("unchecked")
    void currentStateAndHistory() {
        String subject = api.subject();
        api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "EMAIL", "GRANTED", "2026-01-01T08:00:00Z"));
        api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "EMAIL", "GRANTED", "2026-02-01T08:00:00Z"));
        api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "SMS", "GRANTED", "2026-01-02T08:00:00Z"));
        api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "SMS", "WITHDRAWN", "2026-03-01T08:00:00Z"));
        // recorded late, occurred before the withdrawal: the withdrawal stays the current state
        api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "SMS", "GRANTED", "2026-02-15T08:00:00Z"));
        api.consent(subject, ConsentApi.event("SURVEY_FOLLOW_UP", null, "GRANTED", "2026-01-03T08:00:00Z"));

        Map<String, Object> current = api.get("/api/v1/subjects/" + subject + "/consents");
        assertThat(current).containsEntry("subjectId", subject);
        List<Map<String, Object>> items = (List<Map<String, Object>>) current.get("items");
        assertThat(items).extracting(item -> item.get("purpose") + "/" + item.get("channel") + "=" + item.get("decision")
                        + "@" + item.get("since"))
                .containsExactly("COMMERCIAL_NOTICES/EMAIL=GRANTED@2026-01-01T08:00:00Z",
                        "COMMERCIAL_NOTICES/SMS=WITHDRAWN@2026-03-01T08:00:00Z",
                        "SURVEY_FOLLOW_UP/null=GRANTED@2026-01-03T08:00:00Z");

        Map<String, Object> first = api.get("/api/v1/subjects/" + subject + "/consents/history?size=4");
        assertThat(first).containsEntry("page", 0).containsEntry("size", 4).containsEntry("totalItems", 6);
        assertThat((List<Map<String, Object>>) first.get("items")).extracting(item -> item.get("occurredAt")).containsExactly(
                "2026-03-01T08:00:00Z", "2026-02-15T08:00:00Z", "2026-02-01T08:00:00Z", "2026-01-03T08:00:00Z");
        Map<String, Object> second = api.get("/api/v1/subjects/" + subject + "/consents/history?page=1&size=4");
        assertThat((List<Map<String, Object>>) second.get("items")).extracting(item -> item.get("occurredAt"))
                .containsExactly("2026-01-02T08:00:00Z", "2026-01-01T08:00:00Z");
    }

    @Test
    @DisplayName("POL-33, POL-36: a receipt shaped after ISO/IEC TS 27560 names the controller, subject, purpose, basis, data, channel, notice, times and state")
    @SuppressWarnings("unchecked")
    void receipt() {
        String subject = api.subject();
        Map<String, Object> granted = api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "EMAIL", "GRANTED", "2026-01-01T08:00:00Z"));
        api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "EMAIL", "WITHDRAWN", "2026-02-01T08:00:00Z"));

        Map<String, Object> receipt = api.get("/api/v1/consents/" + granted.get("id") + "/receipt");
        assertThat(receipt.get("schema").toString()).contains("27560");
        assertThat(receipt).containsEntry("recordId", granted.get("id")).containsEntry("subjectId", subject)
                .containsEntry("channel", "EMAIL").containsEntry("collectedVia", "PORTAL");
        assertThat((Map<String, Object>) receipt.get("controller")).containsEntry("name", "AS Balticom")
                .containsEntry("registrationNumber", "40003443452");
        assertThat((Map<String, Object>) receipt.get("purpose")).containsEntry("code", "COMMERCIAL_NOTICES").containsEntry("clause", "POL-42");
        assertThat((Map<String, Object>) receipt.get("legalBasis")).containsEntry("code", "CONSENT").containsEntry("gdprArticle", "6(1)(a)");
        assertThat((List<Map<String, Object>>) receipt.get("dataCategories")).extracting(category -> category.get("code"))
                .contains("CONTACT", "CONSENTS");
        assertThat((Map<String, Object>) receipt.get("notice")).containsEntry("policyVersion", "2025-10-07");
        assertThat((Map<String, Object>) receipt.get("event")).containsEntry("decision", "GRANTED")
                .containsEntry("occurredAt", "2026-01-01T08:00:00Z");
        assertThat((Map<String, Object>) receipt.get("state")).containsEntry("current", "WITHDRAWN")
                .containsEntry("since", "2026-02-01T08:00:00Z").containsEntry("thisEventIsCurrent", false);

        api.refusedGet("/api/v1/consents/" + UUID.randomUUID() + "/receipt", 404, "eventId");
        api.refusedGet("/api/v1/consents/" + UUID.randomUUID(), 404, "eventId");
        api.refusedGet("/api/v1/consents/not-an-id/receipt", 400, "eventId");
    }

    @Test
    @DisplayName("POL-46: an opt-out withdraws every commercial notice, the company's and the partners', on all channels in one call")
    @SuppressWarnings("unchecked")
    void optOutOfAllChannels() {
        String subject = api.subject();
        api.grant(subject, "COMMERCIAL_NOTICES", "EMAIL");
        api.grant(subject, "PARTNER_COMMERCIAL_NOTICES", "SMS");
        api.grant(subject, "USAGE_ANALYSIS", null);
        long ledger = api.ledgerSize();

        HttpResponse<Map<String, Object>> response = api.post("/api/v1/subjects/" + subject + "/opt-out",
                "{\"collectedVia\":\"CALL_CENTRE\",\"recordedBy\":\"agent 17\"}");
        assertThat(response.code()).isEqualTo(201);
        List<Map<String, Object>> events = (List<Map<String, Object>>) response.body().get("events");
        assertThat(events).hasSize(20).allSatisfy(event -> assertThat(event)
                .containsEntry("decision", "WITHDRAWN").containsEntry("collectedVia", "CALL_CENTRE")
                .containsEntry("optOutId", response.body().get("optOutId")));
        assertThat(api.ledgerSize()).as("one audit entry for the opt-out").isEqualTo(ledger + 1);

        List<Map<String, Object>> current = (List<Map<String, Object>>) api.get("/api/v1/subjects/" + subject + "/consents").get("items");
        assertThat(current).filteredOn(item -> !"USAGE_ANALYSIS".equals(item.get("purpose")))
                .hasSize(20).allSatisfy(item -> assertThat(item).containsEntry("decision", "WITHDRAWN"));
        assertThat(current).filteredOn(item -> "USAGE_ANALYSIS".equals(item.get("purpose")))
                .singleElement().satisfies(item -> assertThat(item).containsEntry("decision", "GRANTED"));
        assertThat(api.check("subject=" + subject + "&purpose=COMMERCIAL_NOTICES&channel=EMAIL")).containsEntry("permitted", false);
        assertThat(api.check("subject=" + subject + "&purpose=PARTNER_COMMERCIAL_NOTICES&channel=SMS")).containsEntry("permitted", false);
    }

    @Test
    @DisplayName("POL-46: an opt-out of one channel leaves the other channels as they were")
    void optOutOfOneChannel() {
        String subject = api.subject();
        api.grant(subject, "COMMERCIAL_NOTICES", "EMAIL");
        api.grant(subject, "COMMERCIAL_NOTICES", "SMS");

        Map<String, Object> result = api.post("/api/v1/subjects/" + subject + "/opt-out",
                "{\"collectedVia\":\"EMAIL\",\"channel\":\"SMS\"}").body();
        assertThat(result).containsEntry("channel", "SMS");
        assertThat((List<?>) result.get("events")).hasSize(2);
        assertThat(api.check("subject=" + subject + "&purpose=COMMERCIAL_NOTICES&channel=SMS")).containsEntry("permitted", false);
        assertThat(api.check("subject=" + subject + "&purpose=COMMERCIAL_NOTICES&channel=EMAIL")).containsEntry("permitted", true);
    }

    @Test
    @DisplayName("Bad consents are refused with 400 or 404 naming the field, and change nothing")
    void badConsentsChangeNothing() {
        String subject = api.subject();
        api.grant(subject, "USAGE_ANALYSIS", null);
        long ledger = api.ledgerSize();
        String path = "/api/v1/subjects/" + subject + "/consents";
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();

        api.refused(path, "{\"purpose\":\"NO_SUCH_PURPOSE\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}", 400, "purpose");
        api.refused(path, "{\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}", 400, "purpose");
        api.refused(path, "{\"purpose\":\"CONTRACT_MESSAGES\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}", 400, "purpose");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"channel\":\"EMAIL\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}", 400, "channel");
        api.refused(path, "{\"purpose\":\"COMMERCIAL_NOTICES\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}", 400, "channel");
        api.refused(path, "{\"purpose\":\"COMMERCIAL_NOTICES\",\"channel\":\"FAX\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}", 400, "channel");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"MAYBE\",\"collectedVia\":\"PORTAL\"}", 400, "decision");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"granted\",\"collectedVia\":\"PORTAL\"}", 400, "decision");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"collectedVia\":\"PORTAL\"}", 400, "decision");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PIGEON\"}", 400, "collectedVia");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\"}", 400, "collectedVia");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\",\"occurredAt\":\"%s\"}"
                .formatted(future), 400, "occurredAt");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\",\"occurredAt\":\"yesterday\"}",
                400, "occurredAt");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\",\"policyVersion\":\"1999-01-01\"}",
                400, "policyVersion");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\",\"evidence\":\"%s\"}"
                .formatted("x".repeat(1001)), 400, "evidence");
        api.refused(path, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\",\"colour\":\"red\"}", 400, "colour");
        api.refused(path, "{\"purpose\":[\"USAGE_ANALYSIS\"],\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}", 400, "purpose");
        api.refused(path, "{\"purpose\":", 400, null);
        api.refused("/api/v1/subjects/" + UUID.randomUUID() + "/consents",
                "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}", 404, "id");
        api.refused("/api/v1/subjects/not-a-uuid/consents",
                "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}", 400, "id");

        String optOut = "/api/v1/subjects/" + subject + "/opt-out";
        api.refused(optOut, "{}", 400, "collectedVia");
        api.refused(optOut, "{\"collectedVia\":\"PORTAL\",\"channel\":\"FAX\"}", 400, "channel");
        api.refused(optOut, "{\"collectedVia\":\"PORTAL\",\"occurredAt\":\"%s\"}".formatted(future), 400, "occurredAt");
        api.refused("/api/v1/subjects/" + UUID.randomUUID() + "/opt-out", "{\"collectedVia\":\"PORTAL\"}", 404, "id");

        assertThat(api.historySize(subject)).as("no event was recorded").isEqualTo(1);
        assertThat(api.ledgerSize()).as("no audit entry was written").isEqualTo(ledger);
        assertThat(api.check("subject=" + subject + "&purpose=USAGE_ANALYSIS")).containsEntry("permitted", true);
    }

    @Test
    @DisplayName("Reading consents of an unknown subject is 404; bad paging is 400")
    void readsOfUnknownSubjects() {
        String unknown = UUID.randomUUID().toString();
        api.refusedGet("/api/v1/subjects/" + unknown + "/consents", 404, "id");
        api.refusedGet("/api/v1/subjects/" + unknown + "/consents/history", 404, "id");
        String subject = api.subject();
        api.refusedGet("/api/v1/subjects/" + subject + "/consents/history?size=0", 400, "size");
        api.refusedGet("/api/v1/subjects/" + subject + "/consents/history?size=501", 400, "size");
        api.refusedGet("/api/v1/subjects/" + subject + "/consents/history?page=-1", 400, "page");
        assertThat(api.get("/api/v1/subjects/" + subject + "/consents")).containsEntry("items", List.of());
    }
}
