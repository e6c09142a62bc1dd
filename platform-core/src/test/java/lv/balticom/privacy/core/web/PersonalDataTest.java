package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Personal codes never reach a log, the audit ledger or an error answer (issue: data subjects; POL-9,
 * POL-15: minimisation and protection).
 */
@MicronautTest
class PersonalDataTest {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;
    private ListAppender<ILoggingEvent> logs;
    private Logger root;

    @BeforeEach
    void captureLogs() {
        api = new Api(http);
        root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logs);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
    }

    @Test
    @DisplayName("POL-9, POL-15: a personal code is stored, shown masked, and found in no log, audit entry or error")
    @SuppressWarnings("unchecked")
    void personalCodesStayOutOfLogsAuditAndErrors() {
        String code = SubjectApiTest.personalCode();
        String digits = code.replace("-", "");
        String customer = SubjectApiTest.customerNumber();
        Map<String, Object> subject = api.post("/api/v1/subjects",
                "{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\",\"personalCode\":\"%s\"}}".formatted(customer, code)).body();
        String id = subject.get("id").toString();

        // A duplicate (409) and an invalid code (400) take other paths through the code: none may echo the value.
        Map<String, Object> conflict = problem(api.error(admin(HttpRequest.POST("/api/v1/subjects",
                "{\"type\":\"CLIENT\",\"identifiers\":{\"personalCode\":\"%s\"}}".formatted(code)))), 409, "identifiers.personalCode");
        String invalid = digits.substring(0, 10) + ((digits.charAt(10) - '0' + 1) % 10);
        Map<String, Object> refused = problem(api.error(admin(HttpRequest.POST("/api/v1/subjects",
                "{\"type\":\"CLIENT\",\"identifiers\":{\"personalCode\":\"%s\"}}".formatted(invalid)))), 400, "identifiers.personalCode");

        assertThat(conflict.toString()).doesNotContain(digits.substring(0, 6));
        assertThat(refused.toString()).doesNotContain(invalid.substring(0, 6));
        assertThat(((Map<String, Object>) subject.get("identifiers")).get("personalCode").toString())
                .isEqualTo("******-***" + digits.substring(9));

        List<Map<String, Object>> entries = api.items("/api/v1/audit?subject=" + id);
        assertThat(entries).isNotEmpty();
        assertThat(entries.toString()).doesNotContain(digits.substring(0, 6)).doesNotContain(customer);

        root.detachAppender(logs);
        List<ILoggingEvent> events;
        synchronized (logs) { // server threads may still be logging
            events = List.copyOf(logs.list);
        }
        assertThat(events).as("something was logged at DEBUG while the requests ran").isNotEmpty();
        for (ILoggingEvent event : events) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(text).doesNotContain(digits.substring(0, 6) + "-").doesNotContain(digits)
                    .doesNotContain(invalid).doesNotContain(code);
        }
    }
}
