package lv.balticom.privacy.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import lv.balticom.privacy.consent.api.CheckQuery;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.ConsentPurposes;
import lv.balticom.privacy.consent.api.Decision;
import lv.balticom.privacy.consent.api.PermissionCheck;
import lv.balticom.privacy.testkit.TestAdmin;
import lv.balticom.privacy.testkit.TestIdentifiers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one database: what another instance writes reaches this one's index with the next
 * refresh, and a full reload gives the same answers as the writes did.
 */
@MicronautTest(transactional = false)
@Property(name = "privacy.consent.index.refresh-interval", value = "1h") // refreshed by the test alone
class IndexRefreshTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsentEventRows rows;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    IndexLoader loader;

    @Inject
    PermissionCheck check;

    @Test
    @DisplayName("POL-35, POL-46: another instance's withdrawal reaches this instance's checks with the next refresh")
    void anotherInstancesWrite() {
        UUID subject = subject();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        insertAsAnotherInstance(subject, Decision.GRANTED, now.minusSeconds(10));
        assertThat(check.check(query(subject)).permitted()).as("not refreshed yet").isFalse();
        loader.refresh();
        assertThat(check.check(query(subject)).permitted()).isTrue();

        insertAsAnotherInstance(subject, Decision.WITHDRAWN, now.minusSeconds(5));
        loader.refresh();
        loader.refresh(); // the window is read again: applying twice changes nothing
        assertThat(check.check(query(subject)).permitted()).isFalse();
    }

    @Test
    @DisplayName("A full reload answers as the writes did")
    void reloadAnswersTheSame() {
        UUID subject = subject();
        insertAsAnotherInstance(subject, Decision.GRANTED, Instant.parse("2026-01-01T00:00:00Z"));
        insertAsAnotherInstance(subject, Decision.WITHDRAWN, Instant.parse("2026-03-01T00:00:00Z"));
        loader.load();
        assertThat(check.check(new CheckQuery(subject, ConsentPurposes.USAGE_ANALYSIS, null, Instant.parse("2026-02-01T00:00:00Z"), null))
                .permitted()).isTrue();
        assertThat(check.check(query(subject)).permitted()).isFalse();
    }

    private UUID subject() {
        String id = http.toBlocking().retrieve(TestAdmin.signedIn(io.micronaut.http.HttpRequest.POST("/api/v1/subjects",
                "{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\"}}".formatted(TestIdentifiers.customerNumber()))),
                java.util.Map.class).get("id").toString();
        return UUID.fromString(id);
    }

    /** A row as another instance writes it: in the table, not through this instance's ledger. */
    private void insertAsAnotherInstance(UUID subject, Decision decision, Instant occurredAt) {
        transactions.executeWrite(status -> rows.insert(new ConsentEvent(UUID.randomUUID(), subject, ConsentPurposes.USAGE_ANALYSIS,
                null, decision, CollectionMethod.APP, null, null, "system:other-instance", occurredAt,
                Instant.now().truncatedTo(ChronoUnit.MICROS), "2025-10-07", null)));
    }

    private static CheckQuery query(UUID subject) {
        return new CheckQuery(subject, ConsentPurposes.USAGE_ANALYSIS, null, null, null);
    }
}
