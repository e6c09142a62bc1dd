package lv.balticom.privacy.core.internal.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.ProblemException;

/**
 * Signs a person in with a user name and password, for the console and for HTTP Basic calls alike.
 *
 * <p>Every sign-in, every failure and every lock is in the audit ledger. Every console sign-in is a
 * sign-in; an HTTP Basic call is one only when its password was checked against the hash, not when the
 * same password matched a moment ago (else each call would be a ledger entry). After
 * {@code privacy.security.lockout.attempts} wrong passwords in a row the account is locked for
 * {@code privacy.security.lockout.duration}; while locked, the password is not compared, but the attempt
 * takes as long as a real check. The answer never says which of these happened: that would tell a
 * guesser which user names exist.
 */
@Singleton
public class SignIn {

    /** How the person signed in, as the ledger records it. */
    public enum Channel { CONSOLE, HTTP_BASIC, PASSWORD_CHANGE }

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
            passwords.checkNothing(password); // as long as a real check: no hint, and no cheap ledger entries
            failed(account.username(), channel, "disabled");
            return Optional.empty();
        }
        if (account.lockedAt(clock.instant())) {
            passwords.checkNothing(password);
            failed(account.username(), channel, "locked");
            return Optional.empty();
        }
        PasswordCheck.Outcome outcome = passwords.check(account.username(), password, stored.get().passwordHash());
        if (outcome == PasswordCheck.Outcome.NO_MATCH) {
            wrongPassword(account, channel);
            return Optional.empty();
        }
        if (outcome == PasswordCheck.Outcome.MATCH || channel == Channel.CONSOLE || account.failedAttempts() > 0) {
            signedIn(account, channel);
        }
        return Optional.of(new UserPrincipal(account.id(), account.username(), account.roles(), account.locale()));
    }

    /**
     * A signed-in person changes their own password. The current password is checked as at sign-in: a
     * wrong one counts towards the lock and is in the ledger, so a console left open is no way to guess
     * it. The person's other console sessions end; the one named by {@code keepSessionToken}, if any, stays.
     *
     * @throws ProblemException 400 naming {@code currentPassword} when it is wrong, {@code newPassword} when
     *         it is too short or too long
     */
    public void changeOwnPassword(UserPrincipal principal, String currentPassword, String newPassword,
            @Nullable String keepSessionToken) {
        Optional<UserAccounts.Stored> stored = accounts.withUsername(principal.username());
        if (stored.isEmpty()) {
            throw ProblemException.notFound(null, "No such account.");
        }
        PasswordCheck.Outcome outcome = passwords.check(principal.username(), currentPassword == null ? "" : currentPassword,
                stored.get().passwordHash());
        if (outcome == PasswordCheck.Outcome.NO_MATCH) {
            wrongPassword(stored.get().account(), Channel.PASSWORD_CHANGE);
            throw ProblemException.invalid("currentPassword", "is not the current password");
        }
        accounts.changeOwnPassword(principal, newPassword, keepSessionToken);
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
