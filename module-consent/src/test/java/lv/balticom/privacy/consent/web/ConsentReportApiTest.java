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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The consent reports over HTTP: slow opt-outs (POL-46) and counts for the dashboard. */
@MicronautTest
class ConsentReportApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private ConsentApi api;

    @BeforeEach
    void api() {
        api = new ConsentApi(http);
    }

    @Test
    @DisplayName("POL-46: the report lists opt-outs recorded later than they were asked for, beyond the 2-day bound flagged")
    @SuppressWarnings("unchecked")
    void optOutDelays() {
        String subject = api.subject();
        Instant since = Instant.now().minusSeconds(1);
        Instant threeDaysAgo = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        api.post("/api/v1/subjects/" + subject + "/opt-out",
                "{\"collectedVia\":\"IN_PERSON\",\"channel\":\"POST\",\"occurredAt\":\"%s\"}".formatted(threeDaysAgo));
        api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "SMS", "WITHDRAWN", hourAgo.toString()));
        api.withdraw(subject, "COMMERCIAL_NOTICES", "EMAIL"); // at once: not in the report

        Map<String, Object> page = api.get("/api/v1/consents/reports/opt-out-delays?from=" + since);
        List<Map<String, Object>> items = ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(item -> subject.equals(item.get("subjectId"))).toList();
        assertThat(items).extracting(item -> item.get("purpose") + "/" + item.get("channel") + ":" + item.get("beyondPolicyBound"))
                .containsExactly("COMMERCIAL_NOTICES/POST:true", "PARTNER_COMMERCIAL_NOTICES/POST:true", "COMMERCIAL_NOTICES/SMS:false");
        assertThat(((Number) items.get(2).get("delaySeconds")).longValue()).isBetween(3600L, 3700L);

        Map<String, Object> beyond = api.get("/api/v1/consents/reports/opt-out-delays?longerThan=P2D&from=" + since);
        assertThat((List<Map<String, Object>>) beyond.get("items")).filteredOn(item -> subject.equals(item.get("subjectId"))).hasSize(2);
        api.refusedGet("/api/v1/consents/reports/opt-out-delays?longerThan=soon", 400, "longerThan");
        api.refusedGet("/api/v1/consents/reports/opt-out-delays?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", 400, "to");
        api.refusedGet("/api/v1/consents/reports/opt-out-delays?size=0", 400, "size");
    }

    @Test
    @DisplayName("The dashboard's counts: grants and withdrawals per purpose and channel per day, week or month")
    void counts() {
        String subject = api.subject();
        api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "VIBER", "GRANTED", "2024-03-04T10:00:00Z"));
        api.consent(subject, ConsentApi.event("COMMERCIAL_NOTICES", "VIBER", "WITHDRAWN", "2024-03-06T10:00:00Z"));
        api.consent(api.subject(), ConsentApi.event("COMMERCIAL_NOTICES", "VIBER", "GRANTED", "2024-03-06T11:00:00Z"));

        assertThat(viber("interval=DAY")).containsExactly("2024-03-04:1/0", "2024-03-06:1/1");
        assertThat(viber("interval=WEEK")).containsExactly("2024-03-04:2/1");
        assertThat(viber("interval=MONTH")).containsExactly("2024-03-01:2/1");
        api.refusedGet("/api/v1/consents/reports/counts?from=2024-03-01", 400, "to");
        api.refusedGet("/api/v1/consents/reports/counts?from=2024-03-10&to=2024-03-01", 400, "to");
        api.refusedGet("/api/v1/consents/reports/counts?from=2024-03-01&to=2024-03-31&interval=YEAR", 400, "interval");
        api.refusedGet("/api/v1/consents/reports/counts?from=1.3.2024&to=2024-03-31", 400, "from");
    }

    private List<String> viber(String interval) {
        // Other tests share the database on MariaDB: only VIBER in March 2024 is this test's own.
        return api.items("/api/v1/consents/reports/counts?from=2024-03-01&to=2024-03-31&" + interval).stream()
                .filter(item -> "VIBER".equals(item.get("channel")) && "COMMERCIAL_NOTICES".equals(item.get("purpose")))
                .map(item -> item.get("period") + ":" + item.get("granted") + "/" + item.get("withdrawn")).toList();
    }
}
