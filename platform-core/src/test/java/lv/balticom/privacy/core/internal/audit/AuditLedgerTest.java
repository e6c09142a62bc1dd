package lv.balticom.privacy.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.IllegalTransactionStateException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import org.junit.jupiter.api.Test;

/**
 * The audit ledger: append-only, hash-chained, in the transaction of the change, and a verification
 * that finds an altered or deleted row (ARCHITECTURE: the audit ledger; POL-15, POL-21).
 */
@MicronautTest(transactional = false)
class AuditLedgerTest {

    @Inject
    AuditLedger ledger;

    @Inject
    AuditChainVerifier verifier;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    JdbcOperations jdbc;

    @Test
    void entriesChainAndVerify() {
        long first = append("test.first");
        long second = append("test.second");
        assertThat(second).isEqualTo(first + 1);
        AuditEntryRow a = row(first);
        AuditEntryRow b = row(second);
        assertThat(b.previousHash()).isEqualTo(a.hash());
        assertThat(b.hash()).isEqualTo(b.expectedHash()).hasSize(64);
        AuditChainVerifier.Result result = verifier.verify();
        assertThat(result.valid()).isTrue();
        assertThat(result.entries()).isGreaterThanOrEqualTo(second);
    }

    @Test
    void anEntryIsWrittenOnlyWithItsTransaction() {
        assertThatThrownBy(() -> ledger.append(record("test.outside")))
                .as("an entry outside a transaction could outlive a rolled-back change")
                .isInstanceOf(IllegalTransactionStateException.class);
        long before = head();
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            ledger.append(record("test.rolled-back"));
            throw new IllegalStateException("the change fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(head()).as("the entry went with the failed change").isEqualTo(before);
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        long before = head();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> appends = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                appends.add(pool.submit(() -> append("test.concurrent")));
            }
            List<Long> seqs = new ArrayList<>();
            for (Future<Long> append : appends) {
                seqs.add(append.get());
            }
            assertThat(seqs).doesNotHaveDuplicates().allSatisfy(seq -> assertThat(seq).isGreaterThan(before));
        } finally {
            pool.shutdownNow();
        }
        assertThat(head()).isGreaterThanOrEqualTo(before + 80);
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void anAlteredEntryIsFound() {
        long seq = append("test.to-alter");
        append("test.after");
        String original = row(seq).actor();
        update("UPDATE audit_entry SET actor = ? WHERE seq = ?", "user:mallory", seq);
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(seq);
            assertThat(result.reason()).contains("does not match its hash");
        } finally {
            update("UPDATE audit_entry SET actor = ? WHERE seq = ?", original, seq);
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aDeletedEntryIsFoundInTheMiddleAndAtTheEnd() {
        long middle = append("test.to-delete");
        long last = append("test.last");
        AuditEntryRow middleRow = row(middle);
        AuditEntryRow lastRow = row(last);
        delete(middle);
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(middle);
            assertThat(result.reason()).contains("missing");
        } finally {
            insert(middleRow);
        }
        delete(last);
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.reason()).contains("missing at the end");
        } finally {
            insert(lastRow);
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void detailsKeepTheirOrderAndSurviveTheRoundTrip() {
        Map<String, String> details = Map.of("zeta", "last \"quoted\"", "alpha", "first\nline", "mid", "ā ē ī ū");
        String json = AuditDetails.encode(new java.util.TreeMap<>(details));
        assertThat(json).startsWith("{\"alpha\":");
        assertThat(AuditDetails.decode(json)).containsExactlyEntriesOf(new java.util.TreeMap<>(details));
    }

    private long append(String action) {
        return transactions.executeWrite(status -> ledger.append(record(action)));
    }

    private static AuditRecord record(String action) {
        return AuditRecord.about(Actor.system("audit-test"), action, "test", UUID.randomUUID().toString(), Map.of("note", action));
    }

    private long head() {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT last_seq FROM audit_chain_head WHERE id = 1",
                statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
    }

    private AuditEntryRow row(long seq) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT seq, occurred_at_us, actor, action, subject_id, target_type, target_id, details, previous_hash, hash"
                        + " FROM audit_entry WHERE seq = ?", statement -> {
                    statement.setLong(1, seq);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return new AuditEntryRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                                rows.getString(10));
                    }
                }));
    }

    private void update(String sql, String value, long seq) {
        transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, value);
            statement.setLong(2, seq);
            return statement.executeUpdate();
        }));
    }

    private void delete(long seq) {
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM audit_entry WHERE seq = ?", statement -> {
            statement.setLong(1, seq);
            return statement.executeUpdate();
        }));
    }

    private void insert(AuditEntryRow row) {
        transactions.executeWrite(status -> jdbc.prepareStatement("INSERT INTO audit_entry (seq, occurred_at_us, actor, action,"
                + " subject_id, target_type, target_id, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setLong(1, row.seq());
                    statement.setLong(2, row.occurredAtUs());
                    statement.setString(3, row.actor());
                    statement.setString(4, row.action());
                    statement.setString(5, row.subjectId());
                    statement.setString(6, row.targetType());
                    statement.setString(7, row.targetId());
                    statement.setString(8, row.details());
                    statement.setString(9, row.previousHash());
                    statement.setString(10, row.hash());
                    return statement.executeUpdate();
                }));
    }
}
