package lv.balticom.privacy.core.internal.registers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table {@code plugin_record} (db/changelog/core/006-plugin-records.xml), in plain SQL that H2 in
 * MariaDB mode and MariaDB both run. Every query names the plugin and the register, so that one plugin
 * never reads another's records. Runs in the caller's transaction ({@link PluginRecords}).
 */
@Singleton
class PluginRecordRows {

    private static final String COLUMNS = "id, plugin_id, register_id, subject_id, title, record_values, created_at, updated_at, version";
    private static final String OF_REGISTER = " FROM plugin_record WHERE plugin_id = ? AND register_id = ?";
    private static final String TITLE_LIKE = " AND LOWER(title) LIKE ? ESCAPE '!'";

    private final JdbcOperations jdbc;

    PluginRecordRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row.
     *
     * @param id the record's id
     * @param pluginId its plugin
     * @param registerId its register
     * @param subjectId the data subject it is about, if any
     * @param title the title field's text, at most 200 characters
     * @param values the values as a JSON object
     * @param createdAt when it was stored
     * @param updatedAt when it last changed
     * @param version 1, then one more with each change
     */
    record Row(String id, String pluginId, String registerId, @Nullable String subjectId, String title, String values,
               Instant createdAt, Instant updatedAt, long version) {
    }

    void insert(Row row) {
        jdbc.prepareStatement("INSERT INTO plugin_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, row.id());
            statement.setString(2, row.pluginId());
            statement.setString(3, row.registerId());
            statement.setString(4, row.subjectId());
            statement.setString(5, row.title());
            statement.setString(6, row.values());
            statement.setTimestamp(7, Timestamp.from(row.createdAt()));
            statement.setTimestamp(8, Timestamp.from(row.updatedAt()));
            statement.setLong(9, row.version());
            return statement.executeUpdate();
        });
    }

    Optional<Row> find(String pluginId, String registerId, String id) {
        List<Row> rows = select("SELECT " + COLUMNS + OF_REGISTER + " AND id = ?", pluginId, registerId, id);
        return rows.stream().findFirst();
    }

    /** Oldest first. */
    List<Row> all(String pluginId, String registerId) {
        return select("SELECT " + COLUMNS + OF_REGISTER + " ORDER BY created_at, id", pluginId, registerId);
    }

    /** Oldest first. */
    List<Row> aboutSubject(String pluginId, String registerId, String subjectId) {
        return select("SELECT " + COLUMNS + OF_REGISTER + " AND subject_id = ? ORDER BY created_at, id", pluginId, registerId, subjectId);
    }

    /** Newest first, optionally only those whose title contains {@code text} (regardless of case). */
    List<Row> page(String pluginId, String registerId, @Nullable String text, int limit, long offset) {
        String sql = "SELECT " + COLUMNS + OF_REGISTER + (text == null ? "" : TITLE_LIKE) + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, statement -> {
            int index = bind(statement, pluginId, registerId, text);
            statement.setInt(index, limit);
            statement.setLong(index + 1, offset);
            return read(statement);
        });
    }

    long count(String pluginId, String registerId, @Nullable String text) {
        return jdbc.prepareStatement("SELECT COUNT(*)" + OF_REGISTER + (text == null ? "" : TITLE_LIKE), statement -> {
            bind(statement, pluginId, registerId, text);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Replaces a record's values if it is still at {@code version}; whether it was. */
    boolean update(Row row, long version) {
        return jdbc.prepareStatement("UPDATE plugin_record SET subject_id = ?, title = ?, record_values = ?, updated_at = ?, version = ?"
                + " WHERE id = ? AND plugin_id = ? AND register_id = ? AND version = ?", statement -> {
                    statement.setString(1, row.subjectId());
                    statement.setString(2, row.title());
                    statement.setString(3, row.values());
                    statement.setTimestamp(4, Timestamp.from(row.updatedAt()));
                    statement.setLong(5, row.version());
                    statement.setString(6, row.id());
                    statement.setString(7, row.pluginId());
                    statement.setString(8, row.registerId());
                    statement.setLong(9, version);
                    return statement.executeUpdate() == 1;
                });
    }

    boolean delete(String pluginId, String registerId, String id) {
        return jdbc.prepareStatement("DELETE" + OF_REGISTER + " AND id = ?", statement -> {
            statement.setString(1, pluginId);
            statement.setString(2, registerId);
            statement.setString(3, id);
            return statement.executeUpdate() == 1;
        });
    }

    private List<Row> select(String sql, String... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            return read(statement);
        });
    }

    /** Binds the plugin, the register and the title's text, if any; the index of the next parameter. */
    private static int bind(PreparedStatement statement, String pluginId, String registerId, @Nullable String text) throws SQLException {
        statement.setString(1, pluginId);
        statement.setString(2, registerId);
        if (text == null) {
            return 3;
        }
        statement.setString(3, "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        return 4;
    }

    private static List<Row> read(PreparedStatement statement) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getString(2), result.getString(3), result.getString(4),
                        result.getString(5), result.getString(6), result.getTimestamp(7).toInstant(),
                        result.getTimestamp(8).toInstant(), result.getLong(9)));
            }
        }
        return rows;
    }
}
