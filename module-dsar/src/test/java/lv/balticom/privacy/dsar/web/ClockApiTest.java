package lv.balticom.privacy.dsar.web;

import static lv.balticom.privacy.dsar.web.DsarApi.REQUESTS;
import static lv.balticom.privacy.dsar.web.RequestIntakeApiTest.history;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The GDPR Art. 12(3) clock over HTTP (POL-29): the deadline, pauses, the extension, the lists of what is due. */
@MicronautTest
class ClockApiTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    @Inject
    @Client("/")
    HttpClient http;

    private DsarApi api;

    @BeforeEach
    void api() {
        api = new DsarApi(http);
    }

    @Test
    @DisplayName("POL-29: received on 31 Jan 2025 (Riga) is due 28 Feb 2025; Christmas 2025 moves 24 Nov to Monday 29 Dec")
    void deadlineOfReceipt() {
        assertThat(api.receive("2025-01-30T22:30:00Z", "")).as("00:30 on 31 Jan in Riga").containsEntry("dueAt", "2025-02-28");
        assertThat(api.receive("2025-11-24T09:00:00Z", "")).containsEntry("dueAt", "2025-12-29");
        assertThat(api.receive("2025-03-21T09:00:00Z", "")).as("21 Apr 2025 is Easter Monday").containsEntry("dueAt", "2025-04-22");
    }

    @Test
    @DisplayName("POL-29: the clock pauses while waiting for the requester and the pause's days move the deadline")
    void pauseMovesTheDeadline() {
        LocalDate today = LocalDate.now(RIGA);
        String received = today.minusDays(20).atTime(9, 0).atZone(RIGA).toInstant().toString();
        Map<String, Object> request = api.receive(received, "");
        Object id = request.get("id");
        String asked = today.minusDays(15).atTime(10, 0).atZone(RIGA).toInstant().toString();
        String answered = today.minusDays(5).atTime(10, 0).atZone(RIGA).toInstant().toString();
        Map<String, Object> waiting = api.act(id, "waiting", "{\"reason\":\"Asked for a copy of the power of attorney\","
                + "\"askedAt\":\"" + asked + "\"}");
        assertThat(waiting).containsEntry("status", "WAITING_FOR_REQUESTER").containsEntry("overdue", false)
                .containsEntry("waitingSince", today.minusDays(15).toString()).containsEntry("pausedDays", 15);
        api.refused(REQUESTS + "/" + id + "/waiting", "{\"reason\":\"again\"}", 409, "status");
        Map<String, Object> resumed = api.act(id, "resumed", "{\"note\":\"Received\",\"answeredAt\":\"" + answered + "\"}");
        assertThat(resumed).containsEntry("status", "RECEIVED").containsEntry("pausedDays", 10).containsEntry("waitingSince", null);
        LocalDate dueWithoutPause = LocalDate.parse(request.get("dueAt").toString());
        LocalDate due = LocalDate.parse(resumed.get("dueAt").toString());
        assertThat(due).isAfterOrEqualTo(today.minusDays(20).plusMonths(1).plusDays(10)).isAfter(dueWithoutPause);
        assertThat(history(resumed)).extracting(entry -> entry.get("event"))
                .containsExactly("RECEIVED", "WAITING_FOR_REQUESTER", "RESUMED");
        api.refused(REQUESTS + "/" + id + "/resumed", "{}", 409, "status");
        assertThat(api.items("/api/v1/audit?size=500")).extracting(entry -> entry.get("action"))
                .contains("request.waiting-for-requester", "request.resumed");
    }

    @Test
    @DisplayName("POL-29: the deadline is extended once by up to two months with reasons, and the requester gets a letter")
    void extensionOnce() {
        String received = LocalDate.now(RIGA).minusDays(3).atTime(9, 0).atZone(RIGA).toInstant().toString();
        Map<String, Object> request = api.receive(received, "");
        Object id = request.get("id");
        long ledger = api.ledgerSize();
        api.refused(REQUESTS + "/" + id + "/extension", "{\"months\":3,\"reasons\":\"many systems\"}", 400, "months");
        api.refused(REQUESTS + "/" + id + "/extension", "{\"months\":2}", 400, "reasons");
        assertThat(api.ledgerSize()).isEqualTo(ledger);
        Map<String, Object> extended = api.act(id, "extension", "{\"months\":2,\"reasons\":\"Data in twelve systems\"}");
        assertThat(extended).containsEntry("extensionMonths", 2);
        LocalDate due = LocalDate.parse(extended.get("dueAt").toString());
        assertThat(due).isAfterOrEqualTo(LocalDate.parse(received.substring(0, 10)).plusMonths(3).minusDays(1));
        List<Map<String, Object>> history = history(extended);
        assertThat(history).extracting(entry -> entry.get("event")).containsExactly("RECEIVED", "EXTENDED", "LETTER");
        assertThat(history.get(2).get("note").toString()).contains("REGISTERED_LETTER").contains(due.toString())
                .contains("Data in twelve systems")
                .contains("Paziņojums par termiņa pagarinājumu").contains("Extension notice");
        assertThat(api.ledgerSize()).isEqualTo(ledger + 2);

        api.refused(REQUESTS + "/" + id + "/extension", "{\"months\":1,\"reasons\":\"more\"}", 409, "months");
        assertThat(api.get(REQUESTS + "/" + id)).containsEntry("extensionMonths", 2).containsEntry("dueAt", due.toString());
        assertThat(api.ledgerSize()).isEqualTo(ledger + 2);
    }

    @Test
    @DisplayName("POL-29: an extension is refused once the first month has passed, and changes nothing")
    void extensionTooLate() {
        Map<String, Object> request = api.receive("2025-01-10T09:00:00Z", "");
        long ledger = api.ledgerSize();
        api.refused(REQUESTS + "/" + request.get("id") + "/extension", "{\"months\":1,\"reasons\":\"late\"}", 409, "months");
        assertThat(api.get(REQUESTS + "/" + request.get("id"))).containsEntry("extensionMonths", null)
                .containsEntry("dueAt", "2025-02-10").containsEntry("overdue", true);
        assertThat(api.ledgerSize()).isEqualTo(ledger);
    }

    @Test
    @DisplayName("POL-29: the officer lists requests by status, due date and overdue, soonest first, paged")
    void listsWhatIsDue() {
        Map<String, Object> old = api.receive("2020-06-01T09:00:00Z", "");
        Map<String, Object> older = api.receive("2020-05-04T09:00:00Z", "");
        api.receive(null, "");
        List<Map<String, Object>> overdue = api.items(REQUESTS + "?overdue=true&dueBefore=2020-07-31&size=500");
        assertThat(overdue).extracting(found -> found.get("id")).containsSubsequence(older.get("id"), old.get("id"));
        assertThat(overdue).allSatisfy(found -> assertThat(found).containsEntry("overdue", true).containsEntry("history", List.of()));
        assertThat(overdue).extracting(found -> found.get("dueAt").toString()).isSorted();
        Map<String, Object> page = api.get(REQUESTS + "?status=RECEIVED&dueBefore=2020-07-31&size=1&page=0");
        assertThat(((Number) page.get("totalItems")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat((List<?>) page.get("items")).hasSize(1);
        assertThat(api.items(REQUESTS + "?status=COMPLETED&dueBefore=2020-07-31")).isEmpty();
        api.refusedGet(REQUESTS + "?status=SLEEPING", 400, "status");
        api.refusedGet(REQUESTS + "?dueBefore=soon", 400, "dueBefore");
        api.refusedGet(REQUESTS + "?overdue=maybe", 400, "overdue");
        api.refusedGet(REQUESTS + "?size=0", 400, "size");
    }
}
