package lv.balticom.privacy.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.ConsentPurposes;
import lv.balticom.privacy.consent.api.Decision;
import org.junit.jupiter.api.Test;

/** Group commit: writes that arrive together commit together, and a bad one fails alone. */
@MicronautTest(transactional = false)
class ConsentWriterTest {

    @Inject
    ConsentWriter writer;

    @Inject
    ConsentEventRows rows;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void concurrentWritesCommitAndABadOneFailsAlone() throws Exception {
        UUID subject = UUID.randomUUID();
        int writes = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writes);
        List<Future<Long>> results = new ArrayList<>();
        List<Long> committed = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < writes; i++) {
                int number = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return writer.write(() -> {
                        long seq = rows.insert(event(subject));
                        if (number == 7) {
                            throw new IllegalArgumentException("write 7 is bad");
                        }
                        return seq;
                    }, committed::add);
                }));
            }
            start.countDown();
            int failed = 0;
            for (int i = 0; i < writes; i++) {
                try {
                    results.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(i).isEqualTo(7);
                    assertThat(e.getCause()).hasMessage("write 7 is bad");
                    failed++;
                }
            }
            assertThat(failed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(committed).hasSize(writes - 1);
        assertThat(stored(subject)).hasSize(writes - 1);
    }

    @Test
    void aWriteInsideACallersTransactionRollsBackWithIt() {
        UUID subject = UUID.randomUUID();
        List<Long> committed = new ArrayList<>();
        try {
            transactions.executeWrite(status -> {
                writer.write(() -> rows.insert(event(subject)), committed::add);
                throw new IllegalStateException("the caller fails after the write");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(committed).as("no after-commit work for a rolled-back write").isEmpty();
        assertThat(stored(subject)).isEmpty();
    }

    private List<ConsentEventRows.Stored> stored(UUID subject) {
        return transactions.executeRead(status -> rows.ofSubject(subject));
    }

    private static ConsentEvent event(UUID subject) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new ConsentEvent(UUID.randomUUID(), subject, ConsentPurposes.USAGE_ANALYSIS, null, Decision.GRANTED,
                CollectionMethod.APP, null, null, "system:test", now, now, "2025-10-07", null);
    }
}
