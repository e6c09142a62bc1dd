package lv.balticom.privacy.consent.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The permission check over HTTP, rule by rule, each with the policy clause it proves. */
@MicronautTest
class PermissionCheckApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private ConsentApi api;

    @BeforeEach
    void api() {
        api = new ConsentApi(http);
    }

    @Test
    @DisplayName("POL-33: usage analysis and tailored offers are refused without consent and permitted with it")
    void consentPurposesNeedConsent() {
        String subject = api.subject();
        assertThat(api.check("subject=" + subject + "&purpose=USAGE_ANALYSIS"))
                .containsEntry("permitted", false).containsEntry("basis", null).containsEntry("rule", "NO_CONSENT");
        assertThat(api.check("subject=" + subject + "&purpose=PERSONALISED_OFFERS")).containsEntry("permitted", false);

        Map<String, Object> granted = api.grant(subject, "USAGE_ANALYSIS", null);
        assertThat(api.check("subject=" + subject + "&purpose=USAGE_ANALYSIS"))
                .containsEntry("permitted", true).containsEntry("basis", "CONSENT").containsEntry("rule", "CONSENT_GIVEN")
                .containsEntry("clause", "POL-35").containsEntry("since", granted.get("occurredAt"));
        assertThat(api.check("subject=" + subject + "&purpose=PERSONALISED_OFFERS")).containsEntry("permitted", false);
    }

    @Test
    @DisplayName("POL-35, POL-46: a withdrawal is effective for the very next check")
    void withdrawalIsImmediate() {
        String subject = api.subject();
        api.grant(subject, "PERSONALISED_OFFERS", null);
        assertThat(api.check("subject=" + subject + "&purpose=PERSONALISED_OFFERS")).containsEntry("permitted", true);
        Map<String, Object> withdrawn = api.withdraw(subject, "PERSONALISED_OFFERS", null);
        assertThat(api.check("subject=" + subject + "&purpose=PERSONALISED_OFFERS"))
                .containsEntry("permitted", false).containsEntry("rule", "CONSENT_WITHDRAWN")
                .containsEntry("since", withdrawn.get("occurredAt"));
    }

    @Test
    @DisplayName("POL-36: 'at' answers whether consent was in force then; a withdrawal does not undo earlier processing")
    void atAnswersForThePast() {
        String subject = api.subject();
        api.consent(subject, ConsentApi.event("USAGE_ANALYSIS", null, "GRANTED", "2025-01-10T00:00:00Z"));
        api.consent(subject, ConsentApi.event("USAGE_ANALYSIS", null, "WITHDRAWN", "2025-06-10T00:00:00Z"));
        api.consent(subject, ConsentApi.event("USAGE_ANALYSIS", null, "GRANTED", "2026-01-10T00:00:00Z"));
        String base = "subject=" + subject + "&purpose=USAGE_ANALYSIS&at=";

        assertThat(api.check(base + "2025-01-09T23:59:59Z")).containsEntry("permitted", false).containsEntry("rule", "NO_CONSENT");
        assertThat(api.check(base + "2025-01-10T00:00:00Z")).containsEntry("permitted", true);
        assertThat(api.check(base + "2025-03-01T00:00:00Z")).containsEntry("permitted", true)
                .containsEntry("since", "2025-01-10T00:00:00Z");
        assertThat(api.check(base + "2025-07-01T00:00:00Z")).containsEntry("permitted", false)
                .containsEntry("rule", "CONSENT_WITHDRAWN").containsEntry("since", "2025-06-10T00:00:00Z");
        assertThat(api.check(base + "2026-02-01T00:00:00Z")).containsEntry("permitted", true)
                .containsEntry("since", "2026-01-10T00:00:00Z");
        assertThat(api.historySize(subject)).as("the ledger keeps every event").isEqualTo(3);
    }

    @Test
    @DisplayName("POL-37: after a withdrawal, a purpose with another legal basis stays permitted on that basis")
    void otherBasisStays() {
        String subject = api.subject();
        // OTHER_SPECIFIC_PURPOSES rests on consent only; CLIENT_RETENTION-like purposes on legitimate interest
        String otherBasisPurpose = api.items("/api/v1/catalog/purposes").stream()
                .filter(purpose -> ((List<?>) purpose.get("legalBases")).contains("LEGITIMATE_INTEREST")
                        && ((List<?>) purpose.get("legalBases")).contains("CONSENT")
                        && !Boolean.TRUE.equals(purpose.get("channels")))
                .map(purpose -> purpose.get("code").toString()).findFirst().orElseThrow();
        api.grant(subject, otherBasisPurpose, null);
        assertThat(api.check("subject=" + subject + "&purpose=" + otherBasisPurpose)).containsEntry("basis", "CONSENT");
        api.withdraw(subject, otherBasisPurpose, null);
        assertThat(api.check("subject=" + subject + "&purpose=" + otherBasisPurpose))
                .containsEntry("permitted", true).containsEntry("basis", "LEGITIMATE_INTEREST")
                .containsEntry("rule", "OTHER_LEGAL_BASIS").containsEntry("clause", "POL-37");
        api.withdraw(subject, "USAGE_ANALYSIS", null);
        assertThat(api.check("subject=" + subject + "&purpose=USAGE_ANALYSIS")).as("consent was its only basis")
                .containsEntry("permitted", false).containsEntry("basis", null);
    }

    @Test
    @DisplayName("POL-41: contract messages are permitted on the contract without, and even after withdrawing, marketing consent")
    void contractMessages() {
        String subject = api.subject();
        assertThat(api.check("subject=" + subject + "&purpose=CONTRACT_MESSAGES"))
                .containsEntry("permitted", true).containsEntry("basis", "CONTRACT").containsEntry("rule", "CONTRACT")
                .containsEntry("clause", "POL-41");
        api.post("/api/v1/subjects/" + subject + "/opt-out", "{\"collectedVia\":\"PORTAL\"}");
        assertThat(api.check("subject=" + subject + "&purpose=CONTRACT_MESSAGES")).containsEntry("permitted", true);
        api.refusedGet("/api/v1/checks?subject=" + subject + "&purpose=CONTRACT_MESSAGES&channel=EMAIL", 400, "channel");
    }

    @Test
    @DisplayName("POL-38..40, POL-42: commercial notices are given per channel: e-mail yes, phone calls no")
    void perChannelPreferences() {
        String subject = api.subject();
        api.grant(subject, "COMMERCIAL_NOTICES", "EMAIL");
        api.grant(subject, "COMMERCIAL_NOTICES", "WHATSAPP");
        api.withdraw(subject, "COMMERCIAL_NOTICES", "PHONE_CALL");
        String base = "subject=" + subject + "&purpose=COMMERCIAL_NOTICES&channel=";
        assertThat(api.check(base + "EMAIL")).containsEntry("permitted", true).containsEntry("basis", "CONSENT");
        assertThat(api.check(base + "WHATSAPP")).containsEntry("permitted", true);
        assertThat(api.check(base + "PHONE_CALL")).containsEntry("permitted", false).containsEntry("rule", "CONSENT_WITHDRAWN");
        assertThat(api.check(base + "SMS")).containsEntry("permitted", false).containsEntry("rule", "NO_CONSENT");
        api.refusedGet("/api/v1/checks?subject=" + subject + "&purpose=COMMERCIAL_NOTICES", 400, "channel");
        api.refusedGet("/api/v1/checks?" + base + "PIGEON", 400, "channel");
    }

    @Test
    @DisplayName("POL-43, POL-7.10: soft opt-in permits the company's e-mail about a category bought in the last two years, on legitimate interest")
    void softOptIn() {
        String subject = api.subject();
        Instant bought = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        api.post("/api/v1/subjects/" + subject + "/purchases",
                "{\"productCategory\":\"internet\",\"purchasedAt\":\"%s\",\"prepaid\":true}".formatted(bought));
        String base = "subject=" + subject + "&purpose=COMMERCIAL_NOTICES&channel=";

        assertThat(api.check(base + "EMAIL&offer=INTERNET")).containsEntry("permitted", true)
                .containsEntry("basis", "LEGITIMATE_INTEREST").containsEntry("rule", "SOFT_OPT_IN").containsEntry("clause", "POL-43")
                .containsEntry("since", bought.toString());
        assertThat(api.check(base + "EMAIL&offer=TV")).as("another category").containsEntry("permitted", false);
        assertThat(api.check(base + "EMAIL")).as("no offer named").containsEntry("permitted", false);
        assertThat(api.check(base + "SMS&offer=INTERNET")).as("e-mail only").containsEntry("permitted", false);
        assertThat(api.check("subject=" + subject + "&purpose=PARTNER_COMMERCIAL_NOTICES&channel=EMAIL"))
                .as("POL-44: partners' notices need consent").containsEntry("permitted", false);
        assertThat(api.check(base + "EMAIL&offer=INTERNET&at=" + bought.minusSeconds(1))).as("before the purchase")
                .containsEntry("permitted", false);
        assertThat(api.check(base + "EMAIL&offer=INTERNET&at=" + bought.plus(731, ChronoUnit.DAYS))).as("more than two years after")
                .containsEntry("permitted", false);
        api.refusedGet("/api/v1/checks?subject=" + subject + "&purpose=USAGE_ANALYSIS&offer=INTERNET", 400, "offer");
        api.refusedGet("/api/v1/checks?" + base + "EMAIL&offer=no%20spaces", 400, "offer");
    }

    @Test
    @DisplayName("POL-43, POL-46: soft opt-in ends when the subject opts out of e-mail")
    void softOptInEndsWithOptOut() {
        String subject = api.subject();
        api.post("/api/v1/subjects/" + subject + "/purchases",
                "{\"productCategory\":\"TV\",\"purchasedAt\":\"%s\"}".formatted(Instant.now().minus(10, ChronoUnit.DAYS)));
        String query = "subject=" + subject + "&purpose=COMMERCIAL_NOTICES&channel=EMAIL&offer=TV";
        assertThat(api.check(query)).containsEntry("permitted", true);
        api.post("/api/v1/subjects/" + subject + "/opt-out", "{\"collectedVia\":\"EMAIL\",\"channel\":\"EMAIL\"}");
        assertThat(api.check(query)).containsEntry("permitted", false).containsEntry("rule", "CONSENT_WITHDRAWN");
    }

    @Test
    @DisplayName("POL-44, POL-45: partners' notices are a consent of their own, valid until withdrawn however old")
    void partnerNoticesAndLongLivedConsent() {
        String subject = api.subject();
        api.consent(subject, ConsentApi.event("PARTNER_COMMERCIAL_NOTICES", "POST", "GRANTED", "2019-05-01T00:00:00Z"));
        assertThat(api.check("subject=" + subject + "&purpose=PARTNER_COMMERCIAL_NOTICES&channel=POST"))
                .containsEntry("permitted", true).containsEntry("since", "2019-05-01T00:00:00Z");
        assertThat(api.check("subject=" + subject + "&purpose=COMMERCIAL_NOTICES&channel=POST")).as("not the company's own")
                .containsEntry("permitted", false);
    }

    @Test
    @DisplayName("POL-47: survey follow-up needs the respondent's consent")
    void surveyFollowUp() {
        String subject = api.subject();
        assertThat(api.check("subject=" + subject + "&purpose=SURVEY_FOLLOW_UP")).containsEntry("permitted", false);
        api.grant(subject, "SURVEY_FOLLOW_UP", null);
        assertThat(api.check("subject=" + subject + "&purpose=SURVEY_FOLLOW_UP")).containsEntry("permitted", true);
    }

    @Test
    @DisplayName("POL-10..12: the check answers automated decisions on explicit consent only")
    void automatedDecisionsOnConsentOnly() {
        String subject = api.subject();
        assertThat(api.check("subject=" + subject + "&purpose=AUTOMATED_DECISIONS")).containsEntry("permitted", false);
        api.grant(subject, "AUTOMATED_DECISIONS", null);
        assertThat(api.check("subject=" + subject + "&purpose=AUTOMATED_DECISIONS")).containsEntry("basis", "CONSENT");
    }

    @Test
    @DisplayName("POL-26: a restricted subject is permitted nothing, not even on the contract")
    void restrictionPermitsNothing() {
        String subject = api.subject();
        api.consent(subject, ConsentApi.event("USAGE_ANALYSIS", null, "GRANTED", "2026-01-01T00:00:00Z"));
        Instant from = Instant.parse("2026-02-01T00:00:00Z");
        TestRestrictions.restrict(subject, from);
        assertThat(api.check("subject=" + subject + "&purpose=USAGE_ANALYSIS"))
                .containsEntry("permitted", false).containsEntry("rule", "RESTRICTED");
        assertThat(api.check("subject=" + subject + "&purpose=CONTRACT_MESSAGES")).containsEntry("permitted", false);
        assertThat(api.check("subject=" + subject + "&purpose=USAGE_ANALYSIS&at=" + from.minusSeconds(1)))
                .as("before the restriction").containsEntry("permitted", true);
    }

    @Test
    @DisplayName("Checks of unknown subjects are 404; bad questions are 400 naming the parameter")
    void badChecks() {
        String subject = api.subject();
        api.refusedGet("/api/v1/checks?subject=" + UUID.randomUUID() + "&purpose=USAGE_ANALYSIS", 404, "subject");
        api.refusedGet("/api/v1/checks?subject=nope&purpose=USAGE_ANALYSIS", 400, "subject");
        api.refusedGet("/api/v1/checks?purpose=USAGE_ANALYSIS", 400, "subject");
        api.refusedGet("/api/v1/checks?subject=" + subject, 400, "purpose");
        api.refusedGet("/api/v1/checks?subject=" + subject + "&purpose=NO_SUCH", 400, "purpose");
        api.refusedGet("/api/v1/checks?subject=" + subject + "&purpose=USAGE_ANALYSIS&at=yesterday", 400, "at");
    }

    @Test
    @DisplayName("POL-35, POL-42: a campaign's batch is answered in order; unknown subjects are refused in place")
    @SuppressWarnings("unchecked")
    void batch() {
        String yes = api.subject();
        String no = api.subject();
        api.grant(yes, "COMMERCIAL_NOTICES", "SMS");
        String unknown = UUID.randomUUID().toString();
        String body = """
                {"checks":[
                  {"subject":"%s","purpose":"COMMERCIAL_NOTICES","channel":"SMS"},
                  {"subject":"%s","purpose":"COMMERCIAL_NOTICES","channel":"SMS"},
                  {"subject":"%s","purpose":"COMMERCIAL_NOTICES","channel":"SMS"},
                  {"subject":"%s","purpose":"CONTRACT_MESSAGES"},
                  {"subject":"%s","purpose":"COMMERCIAL_NOTICES","channel":"SMS","at":"2000-01-01T00:00:00Z"}
                ]}""".formatted(yes, no, unknown, no, yes);
        List<Map<String, Object>> answers = (List<Map<String, Object>>) api.post("/api/v1/checks", body).body().get("items");
        assertThat(answers).extracting(answer -> answer.get("permitted") + ":" + answer.get("rule")).containsExactly(
                "true:CONSENT_GIVEN", "false:NO_CONSENT", "false:UNKNOWN_SUBJECT", "true:CONTRACT", "false:NO_CONSENT");
    }

    @Test
    @DisplayName("A batch of 10,000 is answered; 10,001 and bad items are refused naming the field")
    @SuppressWarnings("unchecked")
    void batchLimits() {
        String subject = api.subject();
        api.grant(subject, "USAGE_ANALYSIS", null);
        String item = "{\"subject\":\"" + subject + "\",\"purpose\":\"USAGE_ANALYSIS\"}";
        String full = "{\"checks\":[" + IntStream.range(0, 10_000).mapToObj(i -> item).collect(Collectors.joining(",")) + "]}";
        List<Map<String, Object>> answers = (List<Map<String, Object>>) api.post("/api/v1/checks", full).body().get("items");
        assertThat(answers).hasSize(10_000).allSatisfy(answer -> assertThat(answer).containsEntry("permitted", true));

        String tooMany = "{\"checks\":[" + IntStream.range(0, 10_001).mapToObj(i -> item).collect(Collectors.joining(",")) + "]}";
        api.refused("/api/v1/checks", tooMany, 400, "checks");
        api.refused("/api/v1/checks", "{}", 400, "checks");
        api.refused("/api/v1/checks", "{\"checks\":[" + item + ",{\"subject\":\"x\",\"purpose\":\"USAGE_ANALYSIS\"}]}", 400, "checks[1].subject");
        api.refused("/api/v1/checks", "{\"checks\":[" + item + ",{\"subject\":\"" + subject + "\",\"purpose\":\"NOPE\"}]}", 400,
                "checks[1].purpose");
        api.refused("/api/v1/checks", "{\"checks\":[{\"subject\":\"" + subject + "\",\"purpose\":\"COMMERCIAL_NOTICES\"}]}", 400,
                "checks[0].channel");
        api.refused("/api/v1/checks", "{\"checks\":[{\"subject\":\"" + subject + "\",\"purpose\":\"USAGE_ANALYSIS\",\"at\":\"then\"}]}",
                400, "checks[0].at");
    }

    @Test
    @DisplayName("POL-43: purchases are recorded, audited and listed; bad ones are refused and change nothing")
    void purchases() {
        String subject = api.subject();
        String path = "/api/v1/subjects/" + subject + "/purchases";
        Map<String, Object> purchase = api.post(path, "{\"productCategory\":\"mobile-prepaid\",\"purchasedAt\":\"2026-01-05T12:00:00Z\","
                + "\"prepaid\":true}").body();
        assertThat(purchase).containsEntry("productCategory", "MOBILE-PREPAID").containsEntry("prepaid", true)
                .containsEntry("purchasedAt", "2026-01-05T12:00:00Z");
        long ledger = api.ledgerSize();
        api.refused(path, "{\"purchasedAt\":\"2026-01-05T12:00:00Z\"}", 400, "productCategory");
        api.refused(path, "{\"productCategory\":\"a b\",\"purchasedAt\":\"2026-01-05T12:00:00Z\"}", 400, "productCategory");
        api.refused(path, "{\"productCategory\":\"TV\"}", 400, "purchasedAt");
        api.refused(path, "{\"productCategory\":\"TV\",\"purchasedAt\":\"%s\"}".formatted(Instant.now().plusSeconds(3600)), 400, "purchasedAt");
        api.refused(path, "{\"productCategory\":\"TV\",\"purchasedAt\":\"2026-01-05T12:00:00Z\",\"prepaid\":\"yes\"}", 400, "prepaid");
        api.refused("/api/v1/subjects/" + UUID.randomUUID() + "/purchases",
                "{\"productCategory\":\"TV\",\"purchasedAt\":\"2026-01-05T12:00:00Z\"}", 404, "id");
        api.refusedGet("/api/v1/subjects/" + UUID.randomUUID() + "/purchases", 404, "id");
        assertThat(api.ledgerSize()).isEqualTo(ledger);
        assertThat(api.items(path)).extracting(item -> item.get("id")).containsExactly(purchase.get("id"));
        assertThat(api.auditOf(subject)).extracting(entry -> entry.get("action")).contains("purchase.recorded");
    }
}
