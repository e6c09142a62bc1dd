package lv.balticom.privacy.core.internal.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;

/**
 * Console sessions. The browser holds a random token in an HttpOnly cookie; the database holds only
 * its SHA-256, the account, a CSRF token and the times that end the session: after
 * {@code privacy.security.session.idle-timeout} without a request, or
 * {@code privacy.security.session.maximum-age} after sign-in. Any instance can serve any request.
 */
@Singleton
public class ConsoleSessions {

    private static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

    private final JdbcOperations jdbc;
    private final UserAccounts accounts;
    private final SecuritySettings settings;
    private final AuditLedger ledger;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ConsoleSessions(JdbcOperations jdbc, UserAccounts accounts, SecuritySettings settings, AuditLedger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.settings = settings;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * A live session.
     *
     * @param user the signed-in person, as the account is now
     * @param csrfToken the token every form of this session must carry
     */
    public record Session(UserPrincipal user, String csrfToken) {
    }

    /** Starts a session for a person who just signed in, and returns the cookie's token. */
    @Transactional
    public String start(UserPrincipal user) {
        Instant now = now();
        deleteExpired(now);
        String token = randomToken();
        jdbc.prepareStatement("INSERT INTO console_session (token_hash, user_id, csrf_token, created_at, last_seen_at)"
                + " VALUES (?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, ApiKeys.sha256(token));
                    statement.setString(2, user.userId());
                    statement.setString(3, randomToken());
                    statement.setTimestamp(4, Timestamp.from(now));
                    statement.setTimestamp(5, Timestamp.from(now));
                    return statement.executeUpdate();
                });
        return token;
    }

    /** The session of a cookie's token, if it is live and its account may still sign in. */
    @Transactional
    public Optional<Session> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = ApiKeys.sha256(token);
        Instant now = now();
        record Row(String userId, String csrf, Instant createdAt, Instant lastSeenAt) {
        }
        Optional<Row> row = jdbc.prepareStatement("SELECT user_id, csrf_token, created_at, last_seen_at FROM console_session"
                + " WHERE token_hash = ?", statement -> {
                    statement.setString(1, hash);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next()
                                ? Optional.of(new Row(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                                        rows.getTimestamp(4).toInstant()))
                                : Optional.<Row>empty();
                    }
                });
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row session = row.get();
        boolean expired = session.lastSeenAt().plus(settings.sessionIdleTimeout()).isBefore(now)
                || session.createdAt().plus(settings.sessionMaximumAge()).isBefore(now);
        Optional<Account> account = accounts.find(session.userId());
        if (expired || account.isEmpty() || !account.get().enabled() || account.get().lockedAt(now)) {
            end(token);
            return Optional.empty();
        }
        if (session.lastSeenAt().plus(LAST_SEEN_PRECISION).isBefore(now)) {
            jdbc.prepareStatement("UPDATE console_session SET last_seen_at = ? WHERE token_hash = ?", statement -> {
                statement.setTimestamp(1, Timestamp.from(now));
                statement.setString(2, hash);
                return statement.executeUpdate();
            });
        }
        Account user = account.get();
        return Optional.of(new Session(new UserPrincipal(user.id(), user.username(), user.roles(), user.locale()), session.csrf()));
    }

    /** A person signs out: the session ends, and the ledger records it. */
    @Transactional
    public void signOut(String token, Actor actor) {
        end(token);
        ledger.append(AuditRecord.about(actor, "user.signed-out", "user", actor.name(), Map.of("channel", "CONSOLE")));
    }

    /** Ends a session. */
    @Transactional
    public void end(String token) {
        jdbc.prepareStatement("DELETE FROM console_session WHERE token_hash = ?", statement -> {
            statement.setString(1, ApiKeys.sha256(token));
            return statement.executeUpdate();
        });
    }

    private void deleteExpired(Instant now) {
        jdbc.prepareStatement("DELETE FROM console_session WHERE last_seen_at < ? OR created_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(now.minus(settings.sessionIdleTimeout())));
            statement.setTimestamp(2, Timestamp.from(now.minus(settings.sessionMaximumAge())));
            return statement.executeUpdate();
        });
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
