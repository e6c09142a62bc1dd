package lv.balticom.privacy.core.internal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.PageView;

/** Finds ledger entries by subject and time, newest first. */
@Singleton
public class AuditSearch {

    private static final String COLUMNS =
            "seq, occurred_at_us, actor, action, subject_id, target_type, target_id, details, previous_hash, hash";

    private final JdbcOperations jdbc;

    AuditSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An entry as the API shows it.
     *
     * @param seq its place in the chain
     * @param occurredAt when
     * @param actor who
     * @param action what
     * @param subjectId which data subject, if any
     * @param targetType the kind of object changed
     * @param targetId its id
     * @param details further facts (never personal data)
     * @param previousHash the hash of the entry before
     * @param hash this entry's hash
     */
    @Serdeable
    public record Entry(long seq, Instant occurredAt, String actor, String action, @Nullable String subjectId,
                        @Nullable String targetType, @Nullable String targetId, Map<String, String> details,
                        String previousHash, String hash) {
    }

    @ReadOnly
    public PageView<Entry> find(@Nullable UUID subject, @Nullable Instant from, @Nullable Instant to, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (subject != null) {
            where.append(" AND subject_id = ?");
            parameters.add(subject.toString());
        }
        if (from != null) {
            where.append(" AND occurred_at_us >= ?");
            parameters.add(micros(from));
        }
        if (to != null) {
            where.append(" AND occurred_at_us < ?");
            parameters.add(micros(to));
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM audit_entry" + where, statement -> {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        List<Entry> items = jdbc.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry" + where
                + " ORDER BY seq DESC LIMIT ? OFFSET ?", statement -> {
            bind(statement, parameters);
            statement.setInt(parameters.size() + 1, size);
            statement.setLong(parameters.size() + 2, (long) page * size);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), Instant.EPOCH.plus(rows.getLong(2), ChronoUnit.MICROS),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            AuditDetails.decode(rows.getString(8)), rows.getString(9), rows.getString(10)));
                }
            }
            return entries;
        });
        return new PageView<>(items, page, size, total);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
