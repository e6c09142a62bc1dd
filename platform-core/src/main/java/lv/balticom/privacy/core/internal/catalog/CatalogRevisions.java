package lv.balticom.privacy.core.internal.catalog;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.core.api.Actor;

/**
 * The history of each catalogue entry: one numbered revision per edit, holding the entry before and
 * after as JSON. The catalogue tables hold only the present; this table is how an officer or an auditor
 * sees what the policy said on an earlier day and who changed it.
 *
 * <p>Revisions of an entry are numbered from 1 without gaps. {@link CatalogEditor} locks the entry's
 * row before it appends, so two edits of one entry cannot take the same number. Thread-safe.
 */
@Singleton
public class CatalogRevisions {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    CatalogRevisions(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * One edit of an entry.
     *
     * @param revision its number among the entry's revisions, from 1
     * @param changedAt when the edit was made
     * @param actor who made it ({@code user:anna})
     * @param before the entry before the edit, as the catalogue's record in JSON
     * @param after the entry after the edit
     */
    @Serdeable
    public record Revision(int revision, Instant changedAt, String actor, Map<String, Object> before,
                           Map<String, Object> after) {
        public Revision {
            requireNonNull(changedAt, "changedAt is null");
            requireNonNull(actor, "actor is null");
            // Kept in the record's field order, so that before and after read alike.
            before = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(before, "before is null")));
            after = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(after, "after is null")));
        }
    }

    /** The revisions of an entry, newest first; empty when it was never edited. */
    @ReadOnly
    public List<Revision> of(CatalogKind kind, String code) {
        requireNonNull(kind, "kind is null");
        requireNonNull(code, "code is null");
        return jdbc.prepareStatement("SELECT revision, changed_at, actor, before_json, after_json FROM catalog_revision"
                + " WHERE kind = ? AND code = ? ORDER BY revision DESC", statement -> {
                    statement.setString(1, kind.pathName());
                    statement.setString(2, code);
                    List<Revision> revisions = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            revisions.add(new Revision(rows.getInt(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                                    parse(rows.getString(4)), parse(rows.getString(5))));
                        }
                    }
                    return revisions;
                });
    }

    /**
     * Appends the next revision of an entry, in the caller's transaction.
     *
     * @param before the catalogue's record of the entry before the edit (a {@code DataCategory}, a {@code Purpose}, ...)
     * @param after the record after it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Revision append(CatalogKind kind, String code, Actor actor, Instant changedAt, Object before, Object after) {
        String beforeJson = write(requireNonNull(before, "before is null"));
        String afterJson = write(requireNonNull(after, "after is null"));
        int revision = jdbc.prepareStatement("SELECT COALESCE(MAX(revision), 0) + 1 FROM catalog_revision WHERE kind = ? AND code = ?",
                statement -> {
                    statement.setString(1, kind.pathName());
                    statement.setString(2, code);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getInt(1);
                    }
                });
        jdbc.prepareStatement("INSERT INTO catalog_revision (kind, code, revision, changed_at, actor, before_json, after_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, kind.pathName());
                    statement.setString(2, code);
                    statement.setInt(3, revision);
                    statement.setTimestamp(4, Timestamp.from(changedAt));
                    statement.setString(5, actor.auditName());
                    statement.setString(6, beforeJson);
                    statement.setString(7, afterJson);
                    return statement.executeUpdate();
                });
        return new Revision(revision, changedAt, actor.auditName(), parse(beforeJson), parse(afterJson));
    }

    private String write(Object entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("a catalogue entry could not be written as JSON", e);
        }
    }

    private Map<String, Object> parse(String stored) {
        try {
            return json.readValue(stored, JSON_OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored catalogue revision is not JSON", e);
        }
    }
}
