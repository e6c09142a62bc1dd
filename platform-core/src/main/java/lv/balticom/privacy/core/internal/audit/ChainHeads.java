package lv.balticom.privacy.core.internal.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;

/** Reads, locks and moves the chain head row. */
@Singleton
final class ChainHeads {

    private final JdbcOperations jdbc;

    ChainHeads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the head and locks it until the transaction ends. */
    ChainHead lock() {
        return read("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
    }

    /** Reads the head without locking. */
    ChainHead peek() {
        return read("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
    }

    void advance(long seq, String hash) {
        jdbc.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", statement -> {
            statement.setLong(1, seq);
            statement.setString(2, hash);
            return statement.executeUpdate();
        });
    }

    private ChainHead read(String sql) {
        return jdbc.prepareStatement(sql, statement -> {
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the audit chain head row is missing");
                }
                return new ChainHead(row.getLong(1), row.getString(2));
            }
        });
    }
}
