package lv.balticom.privacy.core.internal.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;

/**
 * Keys for systems (CRM, billing, the website). A key carries exactly the permissions it was given.
 * The secret is shown once, when the key is made; the platform keeps only its SHA-256 (a secret of 256
 * random bits needs no slow hash) and its first characters, so that people can tell keys apart.
 */
@Singleton
public class ApiKeys {

    /** Secrets begin with this, so that a leaked one is easy to recognise in code or logs. */
    static final String SECRET_PREFIX = "bpp_";

    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$");
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final String COLUMNS = "id, name, secret_prefix, permissions, created_by, created_at, last_used_at, revoked_at";

    private final JdbcOperations jdbc;
    private final AuditLedger ledger;
    private final Clock clock;
    private final Duration remembered;
    private final SecureRandom random = new SecureRandom();
    /** Secrets' hashes that authenticated lately, and until when they count without asking the database. */
    private final ConcurrentHashMap<String, Remembered> recent = new ConcurrentHashMap<>();

    ApiKeys(JdbcOperations jdbc, AuditLedger ledger, Clock clock,
            @Value("${privacy.security.api-key-memory:2s}") Duration remembered) {
        if (remembered.isNegative() || remembered.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("privacy.security.api-key-memory must be between 0s and 1m");
        }
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
        this.remembered = remembered;
    }

    /** A key that authenticated a call: counts without the database until {@code until}, and its last use as written. */
    private record Remembered(ApiKeyPrincipal principal, long until, @Nullable Instant lastUsedAt) {
    }

    /**
     * A key as people see it: never its secret.
     *
     * @param id the key's id
     * @param name its name, unique regardless of case
     * @param prefix the first characters of its secret
     * @param permissions what it may do
     * @param createdBy who made it
     * @param createdAt when
     * @param lastUsedAt when it last authenticated a call (written at most once a minute: up to a minute behind), if ever
     * @param revokedAt when it was revoked, if it was
     */
    public record ApiKey(String id, String name, String prefix, Set<Permission> permissions, String createdBy,
                         Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
        public ApiKey {
            permissions = Set.copyOf(permissions);
        }

        public boolean active() {
            return revokedAt == null;
        }
    }

    /**
     * A key just made, with its secret: the one time it is shown.
     *
     * @param key the key
     * @param secret the secret to send as {@code Authorization: Bearer <secret>}
     */
    public record Created(ApiKey key, String secret) {
    }

    /**
     * Makes a key.
     *
     * @throws ProblemException 400 naming {@code name} or {@code permissions}; 409 when the name is taken
     */
    @Transactional
    public Created create(Actor actor, String name, Set<Permission> permissions) {
        String keyName = name == null ? "" : name.strip();
        if (!NAME.matcher(keyName).matches()) {
            throw ProblemException.invalid("name", "must be 1 to 100 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit");
        }
        if (permissions == null || permissions.isEmpty()) {
            throw ProblemException.invalid("permissions", "must name at least one permission");
        }
        // Names compare regardless of case, on every database (MariaDB's collation would, H2's would not).
        if (find("LOWER(name)", keyName.toLowerCase(Locale.ROOT)).isPresent()) {
            throw ProblemException.conflict("name", "another API key has this name");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String stored = permissions.stream().map(Permission::string).sorted().collect(Collectors.joining(","));
        jdbc.prepareStatement("INSERT INTO api_key (id, name, secret_hash, secret_prefix, permissions, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, id);
                    statement.setString(2, keyName);
                    statement.setString(3, sha256(secret));
                    statement.setString(4, secret.substring(0, SECRET_PREFIX.length() + 6));
                    statement.setString(5, stored);
                    statement.setString(6, actor.auditName());
                    statement.setTimestamp(7, Timestamp.from(now));
                    return statement.executeUpdate();
                });
        ledger.append(AuditRecord.about(actor, "api-key.created", "api-key", keyName, Map.of("permissions", stored)));
        return new Created(find("id", id).orElseThrow(), secret);
    }

    @ReadOnly
    public List<ApiKey> all() {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM api_key ORDER BY revoked_at IS NOT NULL, name", statement -> {
            List<ApiKey> keys = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(key(rows));
                }
            }
            return keys;
        });
    }

    @ReadOnly
    public Optional<ApiKey> find(String id) {
        return find("id", id);
    }

    /** Revokes a key: from now on it authenticates nothing. The record stays, for the audit trail. */
    @Transactional
    public ApiKey revoke(Actor actor, String id) {
        ApiKey key = find("id", id).orElseThrow(() -> ProblemException.notFound("id", "No API key has this id."));
        if (key.active()) {
            jdbc.prepareStatement("UPDATE api_key SET revoked_at = ? WHERE id = ?", statement -> {
                statement.setTimestamp(1, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)));
                statement.setString(2, id);
                return statement.executeUpdate();
            });
            ledger.append(AuditRecord.about(actor, "api-key.revoked", "api-key", key.name(), Map.of()));
            recent.values().removeIf(known -> known.principal().keyId().equals(id));
        }
        return find("id", id).orElseThrow();
    }

    /**
     * The caller a secret stands for, if a key that is not revoked authenticated it within the last
     * {@code privacy.security.api-key-memory} (2 seconds by default) and its last use needs no writing: an
     * answer from memory, without the database, that an event-loop thread may ask for. Empty otherwise;
     * then {@link #authenticate} decides.
     *
     * <p>A key revoked here is forgotten at once; one revoked on another instance of the platform stops
     * working here within that memory time.
     */
    public Optional<ApiKeyPrincipal> remembered(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Remembered known = recent.get(sha256(secret));
        if (known == null || System.nanoTime() - known.until() > 0 || useDue(known.lastUsedAt())) {
            return Optional.empty();
        }
        return Optional.of(known.principal());
    }

    /** The caller a secret stands for, if it belongs to a key that is not revoked. */
    @Transactional
    public Optional<ApiKeyPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        Optional<ApiKey> key = jdbc.prepareStatement("SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = ? AND revoked_at IS NULL",
                statement -> {
                    statement.setString(1, hash);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(key(rows)) : Optional.<ApiKey>empty();
                    }
                });
        if (key.isEmpty()) {
            recent.remove(hash);
            return Optional.empty();
        }
        Instant lastUsed = noteUse(key.get());
        ApiKeyPrincipal principal = new ApiKeyPrincipal(key.get().id(), key.get().name(), key.get().permissions());
        if (!remembered.isZero()) {
            if (recent.size() > 10_000) {
                recent.clear(); // many keys at once: forget them all rather than grow
            }
            recent.put(hash, new Remembered(principal, System.nanoTime() + remembered.toNanos(), lastUsed));
        }
        return Optional.of(principal);
    }

    /** Records the last use to the minute: a write on every call would cost more than it tells. Answers the last use as stored now. */
    private @Nullable Instant noteUse(ApiKey key) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!useDue(key.lastUsedAt())) {
            return key.lastUsedAt();
        }
        jdbc.prepareStatement("UPDATE api_key SET last_used_at = ? WHERE id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setString(2, key.id());
            return statement.executeUpdate();
        });
        return now;
    }

    private boolean useDue(@Nullable Instant lastUsedAt) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USED_PRECISION).isBefore(clock.instant());
    }

    private Optional<ApiKey> find(String column, String value) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM api_key WHERE " + column + " = ?", statement -> {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(key(rows)) : Optional.<ApiKey>empty();
            }
        });
    }

    private static ApiKey key(ResultSet row) throws SQLException {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        Arrays.stream(row.getString(4).split(",")).map(Permission::of).flatMap(Optional::stream).forEach(permissions::add);
        return new ApiKey(row.getString(1), row.getString(2), row.getString(3), permissions, row.getString(5),
                row.getTimestamp(6).toInstant(), instant(row.getTimestamp(7)), instant(row.getTimestamp(8)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
