package lv.balticom.privacy.consent.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Automated decisions with legal effect over HTTP (POL-10..12). */
@MicronautTest
class DecisionApiTest {

    private static final String DECISION = """
            {"kind":"CREDIT_CHECK","outcome":"REJECTED","inputsSummary":"debt register: 2 unpaid invoices","basis":"%s"}""";

    @Inject
    @Client("/")
    HttpClient http;

    private ConsentApi api;

    @BeforeEach
    void api() {
        api = new ConsentApi(http);
    }

    @Test
    @DisplayName("POL-11: a decision on consent is refused without the subject's explicit consent, and changes nothing")
    void refusedWithoutConsent() {
        String subject = api.subject();
        long ledger = api.ledgerSize();
        api.refused(path(subject), DECISION.formatted("CONSENT"), 409, "basis");
        api.grant(subject, "AUTOMATED_DECISIONS", null);
        api.withdraw(subject, "AUTOMATED_DECISIONS", null);
        api.refused(path(subject), DECISION.formatted("CONSENT"), 409, "basis");
        assertThat(api.items(path(subject))).isEmpty();
        assertThat(api.ledgerSize()).isEqualTo(ledger + 2);
    }

    @Test
    @DisplayName("POL-10..12: a decision rests on explicit consent in force, or on the contract or the law without it")
    void recordedOnConsentContractOrLaw() {
        String subject = api.subject();
        Map<String, Object> consent = api.grant(subject, "AUTOMATED_DECISIONS", null);
        HttpResponse<Map<String, Object>> onConsent = api.post(path(subject), DECISION.formatted("CONSENT"));
        assertThat(onConsent.code()).isEqualTo(201);
        assertThat(onConsent.body()).containsEntry("basis", "CONSENT").containsEntry("consentEventId", consent.get("id"))
                .containsEntry("status", "IN_FORCE").containsEntry("subjectId", subject);

        String other = api.subject();
        assertThat(api.post(path(other), DECISION.formatted("CONTRACT")).body()).containsEntry("basis", "CONTRACT")
                .containsEntry("consentEventId", null);
        assertThat(api.post(path(other), DECISION.formatted("LEGAL_OBLIGATION")).body()).containsEntry("basis", "LEGAL_OBLIGATION");
        assertThat(api.items(path(other))).hasSize(2);
        assertThat(api.auditOf(other)).extracting(entry -> entry.get("action")).contains("decision.recorded");
        assertThat(api.auditOf(other).toString()).doesNotContain("unpaid");
    }

    @Test
    @DisplayName("POL-10..12: the subject contests a decision, which opens a review for a person, who closes it")
    @SuppressWarnings("unchecked")
    void contestOpensAReview() {
        String subject = api.subject();
        String decision = api.post(path(subject), DECISION.formatted("CONTRACT")).body().get("id").toString();
        HttpResponse<Map<String, Object>> contested = api.post(path(subject) + "/" + decision + "/contest",
                "{\"collectedVia\":\"EMAIL\",\"reason\":\"The invoices are paid.\"}");
        assertThat(contested.code()).isEqualTo(201);
        Map<String, Object> review = contested.body();
        assertThat(review).containsEntry("decisionId", decision).containsEntry("status", "OPEN").containsEntry("collectedVia", "EMAIL");
        assertThat(api.items(path(subject))).singleElement().satisfies(found -> assertThat(found).containsEntry("status", "CONTESTED"));
        assertThat(api.items("/api/v1/decision-reviews?status=OPEN")).extracting(found -> found.get("id")).contains(review.get("id"));
        api.refused(path(subject) + "/" + decision + "/contest", "{\"collectedVia\":\"EMAIL\"}", 409, "decisionId");

        Map<String, Object> closed = api.post("/api/v1/decision-reviews/" + review.get("id") + "/resolve",
                "{\"resolution\":\"CHANGED\",\"note\":\"Approved after the payment was confirmed.\"}").body();
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("resolution", "CHANGED").containsEntry("closedBy", "user:admin");
        assertThat(api.items(path(subject))).singleElement().satisfies(found -> assertThat(found).containsEntry("status", "CHANGED"));
        assertThat(api.items("/api/v1/decision-reviews?status=OPEN")).extracting(found -> found.get("id")).doesNotContain(review.get("id"));
        api.refused("/api/v1/decision-reviews/" + review.get("id") + "/resolve", "{\"resolution\":\"UPHELD\"}", 409, "reviewId");
        assertThat(api.auditOf(subject)).extracting(entry -> entry.get("action"))
                .contains("decision.recorded", "decision.contested", "decision.reviewed");
    }

    @Test
    @DisplayName("Bad decisions, contests and resolutions are refused naming the field, and change nothing")
    void badInput() {
        String subject = api.subject();
        String decision = api.post(path(subject), DECISION.formatted("CONTRACT")).body().get("id").toString();
        long ledger = api.ledgerSize();
        api.refused(path(subject), DECISION.formatted("LEGITIMATE_INTEREST"), 400, "basis");
        api.refused(path(subject), DECISION.formatted("WHIM"), 400, "basis");
        api.refused(path(subject), "{\"kind\":\"CREDIT_CHECK\",\"outcome\":\"REJECTED\",\"inputsSummary\":\"x\"}", 400, "basis");
        api.refused(path(subject), "{\"outcome\":\"REJECTED\",\"inputsSummary\":\"x\",\"basis\":\"CONTRACT\"}", 400, "kind");
        api.refused(path(subject), "{\"kind\":\"CREDIT_CHECK\",\"inputsSummary\":\"x\",\"basis\":\"CONTRACT\"}", 400, "outcome");
        api.refused(path(subject), "{\"kind\":\"CREDIT_CHECK\",\"outcome\":\"REJECTED\",\"basis\":\"CONTRACT\"}", 400, "inputsSummary");
        api.refused(path(subject), "{\"kind\":\"CREDIT_CHECK\",\"outcome\":\"REJECTED\",\"inputsSummary\":\"x\",\"basis\":\"CONTRACT\","
                + "\"decidedAt\":\"%s\"}".formatted(Instant.now().plusSeconds(3600)), 400, "decidedAt");
        api.refused(path(UUID.randomUUID().toString()), DECISION.formatted("CONTRACT"), 404, "id");
        api.refused(path(subject) + "/" + UUID.randomUUID() + "/contest", "{\"collectedVia\":\"EMAIL\"}", 404, "decisionId");
        api.refused(path(subject) + "/" + decision + "/contest", "{}", 400, "collectedVia");
        api.refused(path(api.subject()) + "/" + decision + "/contest", "{\"collectedVia\":\"EMAIL\"}", 404, "decisionId");
        api.refused("/api/v1/decision-reviews/" + UUID.randomUUID() + "/resolve", "{\"resolution\":\"UPHELD\"}", 404, "reviewId");
        api.refused("/api/v1/decision-reviews/" + UUID.randomUUID() + "/resolve", "{\"resolution\":\"MAYBE\"}", 400, "resolution");
        api.refusedGet("/api/v1/decision-reviews?status=SLEEPING", 400, "status");
        api.refusedGet(path(UUID.randomUUID().toString()), 404, "id");
        assertThat(api.items(path(subject))).singleElement().satisfies(found -> assertThat(found).containsEntry("status", "IN_FORCE"));
        assertThat(api.ledgerSize()).isEqualTo(ledger + 1); // the subject made for the wrong-subject contest
    }

    private static String path(String subject) {
        return "/api/v1/subjects/" + subject + "/decisions";
    }
}
