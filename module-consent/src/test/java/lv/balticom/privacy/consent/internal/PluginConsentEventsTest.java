package lv.balticom.privacy.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import lv.balticom.privacy.core.api.plugins.PluginExtensions;
import lv.balticom.privacy.spi.event.PrivacyEvent;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.subject.SubjectDataSource;
import lv.balticom.privacy.testkit.TestAdmin;
import lv.balticom.privacy.testkit.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The plugins' listeners hear every committed consent event, and nothing of a refused one. */
@MicronautTest(transactional = false)
@Property(name = "privacy.test.plugin-events", value = "true")
class PluginConsentEventsTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    HeardEvents heard;

    @Test
    void aGrantAndAWithdrawalReachThePluginsAndARefusedConsentDoesNot() {
        UUID subject = subject();
        post(subject, "{\"purpose\":\"USAGE_ANALYSIS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}");
        post(subject, "{\"purpose\":\"COMMERCIAL_NOTICES\",\"channel\":\"SMS\",\"decision\":\"WITHDRAWN\",\"collectedVia\":\"CALL_CENTRE\"}");
        refused(() -> post(subject, "{\"purpose\":\"USAGE_ANALYSIS\",\"channel\":\"SMS\",\"decision\":\"GRANTED\",\"collectedVia\":\"PORTAL\"}"));

        List<PrivacyEvent.ConsentChanged> events = heard.events.stream()
                .filter(event -> event instanceof PrivacyEvent.ConsentChanged changed && changed.subjectId().equals(subject))
                .map(PrivacyEvent.ConsentChanged.class::cast).toList();
        assertThat(events).extracting(PrivacyEvent.ConsentChanged::purpose, PrivacyEvent.ConsentChanged::given, PrivacyEvent.ConsentChanged::channel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("USAGE_ANALYSIS", true, "PORTAL"),
                        org.assertj.core.groups.Tuple.tuple("COMMERCIAL_NOTICES", false, "CALL_CENTRE"));
    }

    private void post(UUID subject, String body) {
        http.toBlocking().exchange(TestAdmin.signedIn(HttpRequest.POST("/api/v1/subjects/" + subject + "/consents", body)));
    }

    private static void refused(Executable call) {
        try {
            call.execute();
        } catch (HttpClientResponseException expected) {
            assertThat(expected.getStatus().getCode()).isEqualTo(400);
            return;
        } catch (Throwable other) {
            throw new AssertionError(other);
        }
        throw new AssertionError("a channel for a purpose without channels was accepted");
    }

    private UUID subject() {
        Map<?, ?> created = http.toBlocking().retrieve(TestAdmin.signedIn(HttpRequest.POST("/api/v1/subjects",
                "{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\"}}".formatted(TestIdentifiers.customerNumber()))), Map.class);
        return UUID.fromString(created.get("id").toString());
    }

    /** Stands in for the plugin host's extensions: keeps what is published. */
    @Singleton
    @Replaces(PluginExtensions.class)
    @Requires(property = "privacy.test.plugin-events", value = "true")
    static class HeardEvents implements PluginExtensions {

        final List<PrivacyEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public List<Contribution<SubjectDataSource>> subjectDataSources() {
            return List.of();
        }

        @Override
        public List<Contribution<RetentionTarget>> retentionTargets() {
            return List.of();
        }

        @Override
        public void publish(PrivacyEvent event) {
            events.add(event);
        }
    }
}
