package lv.balticom.privacy.consent.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.Decision;

/**
 * The {@code consent_event} table: inserts (never updates or deletes) and reads. Callers hold the
 * transaction.
 */
@Singleton
final class ConsentEventRows {

    static final String COLUMNS = "seq, id, subject_id, purpose, channel, decision, collected_via, evidence, recorded_by, actor, "
            + "occurred_at, recorded_at, policy_version, opt_out_id";

    private final JdbcOperations jdbc;

    ConsentEventRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An event with its sequence number in the ledger. */
    record Stored(long seq, ConsentEvent event) {
    }

    /** What the index needs of an event. */
    record Indexed(long seq, UUID subject, String purpose, Channel channel, boolean granted, Instant occurredAt) {
    }

    /** Inserts the event and answers its sequence number. */
    long insert(ConsentEvent event) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO consent_event (id, subject_id, purpose, "
                    + "channel, decision, collected_via, evidence, recorded_by, actor, occurred_at, recorded_at, policy_version, "
                    + "opt_out_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, event.id().toString());
                statement.setString(2, event.subjectId().toString());
                statement.setString(3, event.purpose());
                setNullable(statement, 4, event.channel() == null ? null : event.channel().name());
                statement.setString(5, event.decision().name());
                statement.setString(6, event.collectedVia().name());
                setNullable(statement, 7, event.evidence());
                setNullable(statement, 8, event.recordedBy());
                statement.setString(9, event.actor());
                statement.setObject(10, Times.toSql(event.occurredAt()));
                statement.setObject(11, Times.toSql(event.recordedAt()));
                statement.setString(12, event.policyVersion());
                setNullable(statement, 13, event.optOutId() == null ? null : event.optOutId().toString());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new IllegalStateException("the database gave no sequence number for the consent event");
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    Optional<Stored> find(UUID id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM consent_event WHERE id = ?", statement -> {
            statement.setString(1, id.toString());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(stored(rows)) : Optional.<Stored>empty();
            }
        });
    }

    /** The subject's events in the order they occurred (ties: recorded). */
    List<Stored> ofSubject(UUID subject) {
        return list("SELECT " + COLUMNS + " FROM consent_event WHERE subject_id = ? ORDER BY occurred_at, seq",
                statement -> statement.setString(1, subject.toString()));
    }

    /** One page of the subject's events, newest first. */
    List<Stored> pageOfSubject(UUID subject, int page, int size) {
        return list("SELECT " + COLUMNS + " FROM consent_event WHERE subject_id = ? ORDER BY occurred_at DESC, seq DESC "
                + "LIMIT ? OFFSET ?", statement -> {
                    statement.setString(1, subject.toString());
                    statement.setInt(2, size);
                    statement.setLong(3, (long) page * size);
                });
    }

    long countOfSubject(UUID subject) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM consent_event WHERE subject_id = ?", statement -> {
            statement.setString(1, subject.toString());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Every event recorded at or after the time (all when null), in sequence order, to the consumer. */
    void forEachIndexed(Instant recordedFrom, Consumer<Indexed> consumer) {
        String sql = "SELECT seq, subject_id, purpose, channel, decision, occurred_at FROM consent_event"
                + (recordedFrom == null ? "" : " WHERE recorded_at >= ?") + " ORDER BY seq";
        jdbc.prepareStatement(sql, statement -> {
            if (recordedFrom != null) {
                statement.setObject(1, Times.toSql(recordedFrom));
            }
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String channel = rows.getString("channel");
                    consumer.accept(new Indexed(rows.getLong("seq"), UUID.fromString(rows.getString("subject_id")),
                            rows.getString("purpose"), channel == null ? null : Channel.valueOf(channel),
                            Decision.GRANTED.name().equals(rows.getString("decision")), Times.fromSql(rows, "occurred_at")));
                }
            }
            return null;
        });
    }

    /** Runs a query with its parameters set by the setter and reads every row as an event. */
    List<Stored> list(String sql, SqlSetter setter) {
        return jdbc.prepareStatement(sql, statement -> {
            setter.set(statement);
            List<Stored> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(stored(rows));
                }
            }
            return events;
        });
    }

    static Stored stored(ResultSet row) throws SQLException {
        String channel = row.getString("channel");
        String optOut = row.getString("opt_out_id");
        return new Stored(row.getLong("seq"), new ConsentEvent(UUID.fromString(row.getString("id")),
                UUID.fromString(row.getString("subject_id")), row.getString("purpose"),
                channel == null ? null : Channel.valueOf(channel), Decision.valueOf(row.getString("decision")),
                CollectionMethod.valueOf(row.getString("collected_via")), row.getString("evidence"),
                row.getString("recorded_by"), row.getString("actor"), Times.fromSql(row, "occurred_at"),
                Times.fromSql(row, "recorded_at"), row.getString("policy_version"),
                optOut == null ? null : UUID.fromString(optOut)));
    }

    static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface SqlSetter {
        void set(PreparedStatement statement) throws SQLException;
    }
}
