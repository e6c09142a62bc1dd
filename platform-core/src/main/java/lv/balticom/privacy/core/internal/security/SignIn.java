package lv.balticom.privacy.core.internal.security;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;

/**
 * Signs a person in with a user name and password, for the console and for HTTP Basic calls alike.
 *
 * <p>Every sign-in, every failure and every lock is in the audit ledger. A sign-in is a password that
 * was checked against its hash: an HTTP Basic call whose password matched a moment ago is not a new
 * sign-in. After {@code privacy.security.lockout.attempts} wrong passwords in a row the account is
 * locked for {@code privacy.security.lockout.duration}; while locked, no password is even checked. The
 * answer never says which of these happened: that would tell a guesser which user names exist.
 */
@Singleton
public class SignIn {

    /** How the person signed in, as the ledger records it. */
    public enum Channel { CONSOLE, HTTP_BASIC }

    private final UserAccounts accounts;
    private final PasswordCheck passwords;
    private final SecuritySettings settings;
    private final AuditLedger ledger;
    private final Clock clock;

    SignIn(UserAccounts accounts, PasswordCheck passwords, SecuritySettings settings, AuditLedger ledger, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.settings = settings;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The person, when the user name and password are right and the account may sign in. */
    public Optional<UserPrincipal> withPassword(String username, String password, Channel channel) {
        String name = UserAccounts.normaliseUsername(username);
        Optional<UserAccounts.Stored> stored = name.isEmpty() ? Optional.empty() : accounts.withUsername(name);
        if (stored.isEmpty()) {
            passwords.checkNothing(password);
            // The name typed is not recorded: it may be anything, a mistyped password included.
            failed("(unknown)", channel, "unknown-user");
            return Optional.empty();
        }
        Account account = stored.get().account();
        if (!account.enabled()) {
            failed(account.username(), channel, "disabled");
            return Optional.empty();
        }
        if (account.lockedAt(clock.instant())) {
            failed(account.username(), channel, "locked");
            return Optional.empty();
        }
        PasswordCheck.Outcome outcome = passwords.check(account.username(), password, stored.get().passwordHash());
        if (outcome == PasswordCheck.Outcome.NO_MATCH) {
            wrongPassword(account, channel);
            return Optional.empty();
        }
        if (outcome == PasswordCheck.Outcome.MATCH || account.failedAttempts() > 0) {
            signedIn(account, channel);
        }
        return Optional.of(new UserPrincipal(account.id(), account.username(), account.roles(), account.locale()));
    }

    @Transactional
    void signedIn(Account account, Channel channel) {
        accounts.recordSuccess(account.id());
        ledger.append(AuditRecord.about(Actor.user(account.username()), "user.signed-in", "user", account.username(),
                Map.of("channel", channel.name())));
    }

    @Transactional
    void wrongPassword(Account account, Channel channel) {
        Account now = accounts.recordFailure(account.id(), settings.lockoutAttempts(), settings.lockoutDuration());
        ledger.append(AuditRecord.about(Actor.system("sign-in"), "user.sign-in-failed", "user", account.username(),
                Map.of("channel", channel.name(), "reason", "wrong-password", "attempt", Integer.toString(now.failedAttempts()))));
        if (now.lockedAt(clock.instant())) { // it was not locked before this attempt
            ledger.append(AuditRecord.about(Actor.system("sign-in"), "user.locked", "user", account.username(), Map.of(
                    "until", now.lockedUntil().toString(), "attempts", Integer.toString(now.failedAttempts()))));
        }
    }

    @Transactional
    void failed(String username, Channel channel, String reason) {
        ledger.append(AuditRecord.about(Actor.system("sign-in"), "user.sign-in-failed", "user", username,
                Map.of("channel", channel.name(), "reason", reason)));
    }
}
