package lv.balticom.privacy.core.internal.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.Role;

/**
 * The people who sign in: accounts, their password hashes, roles, languages and lock-out state. Every
 * change is in the audit ledger; passwords are stored only as salted Argon2id hashes.
 */
@Singleton
public class UserAccounts {

    /** Shorter passwords are refused. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    /** The languages of the console. */
    public static final Set<String> LOCALES = Set.of("lv", "en");

    private static final int MAXIMUM_PASSWORD_LENGTH = 200;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{1,99}$");

    private final UserAccountRows accounts;
    private final JdbcOperations jdbc;
    private final PasswordCheck passwords;
    private final AuditLedger ledger;
    private final Clock clock;

    UserAccounts(UserAccountRows accounts, JdbcOperations jdbc, PasswordCheck passwords, AuditLedger ledger, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** An account with its password hash, for signing in. */
    record Stored(Account account, String passwordHash) {
    }

    @ReadOnly
    public boolean any() {
        return accounts.count() > 0;
    }

    @ReadOnly
    public List<Account> all() {
        Map<String, Set<Role>> roles = allRoles();
        return accounts.listOrderByUsername().stream()
                .map(row -> account(row, roles.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    @ReadOnly
    public Optional<Account> find(String id) {
        return accounts.findById(id).map(row -> account(row, roles(row.id())));
    }

    @ReadOnly
    Optional<Stored> withUsername(String username) {
        return accounts.findByUsername(normaliseUsername(username))
                .map(row -> new Stored(account(row, roles(row.id())), row.passwordHash()));
    }

    /**
     * Creates an account.
     *
     * @throws ProblemException 400 naming the field for a bad user name, password or roles; 409 when the
     *         user name is taken
     */
    @Transactional
    public Account create(Actor actor, String username, String password, Set<Role> roles) {
        String name = normaliseUsername(username);
        if (!USERNAME.matcher(name).matches()) {
            throw ProblemException.invalid("username", "must be 2 to 100 lower-case letters, digits, '.', '_', '@' or '-'");
        }
        checkPassword("password", password);
        checkRoles(roles);
        if (accounts.findByUsername(name).isPresent()) {
            throw ProblemException.conflict("username", "another account has this user name");
        }
        Instant now = now();
        String id = UUID.randomUUID().toString();
        accounts.save(new UserAccountRow(id, name, passwords.hash(password), true, now, now, "lv", 0, null, null));
        insertRoles(id, roles);
        ledger.append(AuditRecord.about(actor, "user.created", "user", name, Map.of("roles", names(roles))));
        return find(id).orElseThrow();
    }

    /** Gives the account exactly these roles. */
    @Transactional
    public Account setRoles(Actor actor, String id, Set<Role> roles) {
        Account account = existing(id);
        checkRoles(roles);
        if (!roles.contains(Role.ADMIN)) {
            keepAnAdministrator(account);
        }
        jdbc.prepareStatement("DELETE FROM user_role WHERE user_id = ?", statement -> {
            statement.setString(1, id);
            return statement.executeUpdate();
        });
        insertRoles(id, roles);
        touch(id);
        ledger.append(AuditRecord.about(actor, "user.roles-changed", "user", account.username(), Map.of(
                "from", names(account.roles()), "to", names(roles))));
        return find(id).orElseThrow();
    }

    /** Enables or disables the account; disabling ends its console sessions. */
    @Transactional
    public Account setEnabled(Actor actor, String id, boolean enabled) {
        Account account = existing(id);
        if (!enabled) {
            keepAnAdministrator(account);
        }
        update("UPDATE user_account SET enabled = ?, updated_at = ? WHERE id = ?", enabled, now(), id);
        if (!enabled) {
            endSessions(id);
        }
        ledger.append(AuditRecord.about(actor, enabled ? "user.enabled" : "user.disabled", "user", account.username(), Map.of()));
        return find(id).orElseThrow();
    }

    /** Sets a new password chosen by an administrator; it also lifts a lock and ends console sessions. */
    @Transactional
    public Account resetPassword(Actor actor, String id, String password) {
        Account account = existing(id);
        checkPassword("password", password);
        update("UPDATE user_account SET password_hash = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?",
                passwords.hash(password), now(), id);
        endSessions(id);
        ledger.append(AuditRecord.about(actor, "user.password-reset", "user", account.username(), Map.of()));
        return find(id).orElseThrow();
    }

    /** Lifts a lock before it runs out. */
    @Transactional
    public Account unlock(Actor actor, String id) {
        Account account = existing(id);
        update("UPDATE user_account SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?", now(), id);
        ledger.append(AuditRecord.about(actor, "user.unlocked", "user", account.username(), Map.of()));
        return find(id).orElseThrow();
    }

    /**
     * Sets a person's own password, once {@link SignIn#changeOwnPassword} has checked the current one, and
     * ends their other console sessions.
     *
     * @throws ProblemException 400 naming {@code newPassword} when it is too short or too long
     */
    @Transactional
    void changeOwnPassword(UserPrincipal principal, String newPassword, @Nullable String keepSessionToken) {
        checkPassword("newPassword", newPassword);
        update("UPDATE user_account SET password_hash = ?, updated_at = ? WHERE id = ?",
                passwords.hash(newPassword), now(), principal.userId());
        jdbc.prepareStatement("DELETE FROM console_session WHERE user_id = ? AND token_hash <> ?", statement -> {
            statement.setString(1, principal.userId());
            statement.setString(2, keepSessionToken == null ? "" : ApiKeys.sha256(keepSessionToken));
            return statement.executeUpdate();
        });
        ledger.append(AuditRecord.about(principal.actor(), "user.password-changed", "user", principal.username(), Map.of()));
    }

    /** The language a person works in. */
    @Transactional
    public void setLocale(UserPrincipal principal, String locale) {
        if (!LOCALES.contains(locale)) {
            throw ProblemException.invalid("locale", "must be lv or en");
        }
        update("UPDATE user_account SET locale = ?, updated_at = ? WHERE id = ?", locale, now(), principal.userId());
        ledger.append(AuditRecord.about(principal.actor(), "user.language-changed", "user", principal.username(),
                Map.of("locale", locale)));
    }

    /** Counts a wrong password; returns the account as it is now, locked when the count reached the limit. */
    @Transactional
    Account recordFailure(String id, int attemptsBeforeLock, java.time.Duration lockFor) {
        Account account = existing(id);
        // A lock that has run out starts the count again.
        int attempts = (account.lockedUntil() != null ? 0 : account.failedAttempts()) + 1;
        Instant lockedUntil = attempts >= attemptsBeforeLock ? now().plus(lockFor) : null;
        update("UPDATE user_account SET failed_attempts = ?, locked_until = ? WHERE id = ?", attempts, lockedUntil, id);
        return find(id).orElseThrow();
    }

    /** A password matched: the count of wrong ones starts again. */
    @Transactional
    void recordSuccess(String id) {
        update("UPDATE user_account SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ? WHERE id = ?", now(), id);
    }

    static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private Account existing(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("id", "No user has this id."));
    }

    private void keepAnAdministrator(Account changing) {
        if (!changing.enabled() || !changing.roles().contains(Role.ADMIN)) {
            return;
        }
        // A locking read of every enabled administrator: two requests that would each remove one of the
        // last two wait for each other, and the second sees what the first did.
        int otherAdministrators = jdbc.prepareStatement("SELECT a.id FROM user_account a JOIN user_role r ON r.user_id = a.id "
                + "WHERE r.role = ? AND a.enabled = TRUE FOR UPDATE", statement -> {
                    statement.setString(1, Role.ADMIN.name());
                    int others = 0;
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            others += rows.getString(1).equals(changing.id()) ? 0 : 1;
                        }
                    }
                    return others;
                });
        if (otherAdministrators == 0) {
            throw ProblemException.conflict("id", "this is the last enabled administrator; give another account ADMIN first");
        }
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw ProblemException.invalid(field, "must be at least " + MINIMUM_PASSWORD_LENGTH + " characters long");
        }
        if (password.length() > MAXIMUM_PASSWORD_LENGTH) {
            throw ProblemException.invalid(field, "must be at most " + MAXIMUM_PASSWORD_LENGTH + " characters long");
        }
    }

    private static void checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ProblemException.invalid("roles", "must name at least one role: ADMIN, PRIVACY_OFFICER, AGENT or AUDITOR");
        }
    }

    private void insertRoles(String id, Set<Role> roles) {
        jdbc.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)", statement -> {
            for (Role role : roles) {
                statement.setString(1, id);
                statement.setString(2, role.name());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    private void endSessions(String userId) {
        jdbc.prepareStatement("DELETE FROM console_session WHERE user_id = ?", statement -> {
            statement.setString(1, userId);
            return statement.executeUpdate();
        });
    }

    private void touch(String id) {
        update("UPDATE user_account SET updated_at = ? WHERE id = ?", now(), id);
    }

    private void update(String sql, Object... values) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Instant instant) {
                    statement.setTimestamp(i + 1, java.sql.Timestamp.from(instant));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement.executeUpdate();
        });
    }

    private Set<Role> roles(String userId) {
        return jdbc.prepareStatement("SELECT role FROM user_role WHERE user_id = ?", statement -> {
            statement.setString(1, userId);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    roles.add(Role.valueOf(rows.getString(1)));
                }
            }
            return roles;
        });
    }

    private Map<String, Set<Role>> allRoles() {
        return jdbc.prepareStatement("SELECT user_id, role FROM user_role", statement -> {
            Map<String, Set<Role>> roles = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    roles.computeIfAbsent(rows.getString(1), id -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rows.getString(2)));
                }
            }
            return roles;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Account account(UserAccountRow row, Set<Role> roles) {
        return new Account(row.id(), row.username(), roles, row.enabled(), row.locale(), row.failedAttempts(),
                row.lockedUntil(), row.lastSignInAt(), row.createdAt());
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
