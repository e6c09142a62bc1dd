package lv.balticom.privacy.core.internal.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.ProblemException;
import org.apache.shiro.authc.credential.PasswordService;

/** The people who sign in: accounts, their password hashes and their roles. */
@Singleton
public class UserAccounts {

    /** Shorter passwords are refused. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final UserAccountRows accounts;
    private final JdbcOperations jdbc;
    private final PasswordService passwords;
    private final AuditLedger ledger;
    private final Clock clock;

    UserAccounts(UserAccountRows accounts, JdbcOperations jdbc, PasswordService passwords, AuditLedger ledger, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * An account as the security realm sees it.
     *
     * @param username the name to sign in with
     * @param passwordHash the stored hash
     * @param roles the account's roles
     */
    record Account(String username, String passwordHash, Set<Role> roles) {
    }

    /** An enabled account by user name. */
    @ReadOnly
    Optional<Account> enabled(String username) {
        return accounts.findByUsername(username)
                .filter(UserAccountRow::enabled)
                .map(row -> new Account(row.username(), row.passwordHash(), roles(row.id())));
    }

    @ReadOnly
    public boolean any() {
        return accounts.count() > 0;
    }

    /**
     * Creates an account; the password is stored only as a salted Argon2id hash.
     *
     * @throws ProblemException 400 for a short password, 409 when the user name is taken
     */
    @Transactional
    public void create(Actor actor, String username, String password, Set<Role> roles) {
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw ProblemException.invalid("password", "must be at least " + MINIMUM_PASSWORD_LENGTH + " characters long");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw ProblemException.conflict("username", "another account has this user name");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String id = UUID.randomUUID().toString();
        accounts.save(new UserAccountRow(id, username, passwords.encryptPassword(password), true, now, now));
        jdbc.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)", statement -> {
            for (Role role : roles) {
                statement.setString(1, id);
                statement.setString(2, role.name());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        ledger.append(AuditRecord.about(actor, "user.created", "user", username, Map.of(
                "roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))));
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
}
