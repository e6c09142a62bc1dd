package lv.balticom.privacy.core.internal.subject;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.core.api.subject.IdentifierKind;

/**
 * The {@code subject_identifier} table. {@code unique_value} is filled only for the kinds that identify
 * one subject, so its unique index enforces exactly those.
 */
@Singleton
final class IdentifierRows {

    private final JdbcOperations jdbc;

    IdentifierRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String subjectId, Map<IdentifierKind, String> identifiers) {
        jdbc.prepareStatement("INSERT INTO subject_identifier (subject_id, kind, identifier_value, unique_value) VALUES (?, ?, ?, ?)",
                statement -> {
                    for (Map.Entry<IdentifierKind, String> identifier : identifiers.entrySet()) {
                        statement.setString(1, subjectId);
                        statement.setString(2, identifier.getKey().name());
                        statement.setString(3, identifier.getValue());
                        statement.setString(4, identifier.getKey().unique() ? uniqueValue(identifier.getKey(), identifier.getValue()) : null);
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    Map<IdentifierKind, String> of(String subjectId) {
        return jdbc.prepareStatement("SELECT kind, identifier_value FROM subject_identifier WHERE subject_id = ?", statement -> {
            statement.setString(1, subjectId);
            Map<IdentifierKind, String> identifiers = new EnumMap<>(IdentifierKind.class);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    identifiers.put(IdentifierKind.valueOf(rows.getString(1)), rows.getString(2));
                }
            }
            return identifiers;
        });
    }

    /** The ids of the subjects with this identifier, oldest first. */
    List<String> subjectsWith(IdentifierKind kind, String value) {
        return jdbc.prepareStatement("SELECT i.subject_id FROM subject_identifier i JOIN data_subject s ON s.id = i.subject_id"
                + " WHERE i.kind = ? AND i.identifier_value = ? ORDER BY s.created_at, s.id", statement -> {
            statement.setString(1, kind.name());
            statement.setString(2, value);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        });
    }

    /**
     * A hash rather than the value: a database's duplicate-key message quotes the key, and that message
     * must not carry a personal code into a log.
     */
    private static String uniqueValue(IdentifierKind kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((kind.name() + ":" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
