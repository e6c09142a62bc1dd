package lv.balticom.privacy.core.internal.ropa;

import static java.util.Objects.requireNonNull;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;

/**
 * The versions of the record of processing (table {@code ropa_version}): a number, the SHA-256 of the
 * record's content, when and on whose request it was first built. Versions are numbered from 1
 * without gaps; the number is the primary key, so two builds that both try to add version n+1 cannot
 * both succeed: the second fails and {@link RecordOfProcessing} tries again with what is then the
 * latest version. Thread-safe.
 */
@Singleton
public class RopaVersions {

    /** The audit action when a build is a new version. */
    public static final String VERSION_CREATED = "ropa.version-created";

    private final JdbcOperations jdbc;
    private final AuditLedger ledger;

    RopaVersions(JdbcOperations jdbc, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * A version of the record.
     *
     * @param number its number, from 1
     * @param contentHash the SHA-256 (hex) of its content
     * @param createdAt when it was first built
     */
    public record Version(int number, String contentHash, Instant createdAt) {
        public Version {
            requireNonNull(contentHash, "contentHash is null");
            requireNonNull(createdAt, "createdAt is null");
        }
    }

    /** The latest version, if the record was ever built. */
    @ReadOnly
    public Optional<Version> latest() {
        return jdbc.prepareStatement("SELECT version_number, content_hash, created_at FROM ropa_version"
                + " ORDER BY version_number DESC LIMIT 1", statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next()
                                ? Optional.of(new Version(rows.getInt(1), rows.getString(2), rows.getTimestamp(3).toInstant()))
                                : Optional.<Version>empty();
                    }
                });
    }

    /**
     * The latest version if its content has this hash; otherwise a new version with the next number,
     * audited as {@value #VERSION_CREATED} in the same transaction.
     *
     * @throws io.micronaut.data.exceptions.DataAccessException when another build added the same number first
     */
    @Transactional
    public Version latestOrNew(String contentHash, Actor actor, Instant now) {
        requireNonNull(contentHash, "contentHash is null");
        requireNonNull(actor, "actor is null");
        Optional<Version> latest = latest();
        if (latest.isPresent() && latest.get().contentHash().equals(contentHash)) {
            return latest.get();
        }
        Version created = new Version(latest.map(version -> version.number() + 1).orElse(1), contentHash,
                now.truncatedTo(ChronoUnit.MICROS));
        jdbc.prepareStatement("INSERT INTO ropa_version (version_number, content_hash, created_at, created_by) VALUES (?, ?, ?, ?)",
                statement -> {
                    statement.setInt(1, created.number());
                    statement.setString(2, created.contentHash());
                    statement.setTimestamp(3, Timestamp.from(created.createdAt()));
                    statement.setString(4, actor.auditName());
                    return statement.executeUpdate();
                });
        ledger.append(AuditRecord.about(actor, VERSION_CREATED, "ropa", Integer.toString(created.number()), Map.of(
                "version", Integer.toString(created.number()),
                "previousVersion", latest.map(version -> Integer.toString(version.number())).orElse("none"),
                "contentHash", contentHash)));
        return created;
    }
}
