package lv.balticom.privacy.core.internal.security;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Set;
import lv.balticom.privacy.core.api.Role;

/**
 * A person's account, without its password hash.
 *
 * @param id the account's id
 * @param username the name to sign in with
 * @param roles its roles
 * @param enabled whether it may sign in
 * @param locale the language its holder works in
 * @param failedAttempts wrong passwords in a row since the last good one
 * @param lockedUntil until when wrong passwords have locked it, if they have
 * @param lastSignInAt when a password last matched
 * @param createdAt when it was created
 */
public record Account(String id, String username, Set<Role> roles, boolean enabled, String locale, int failedAttempts,
                      @Nullable Instant lockedUntil, @Nullable Instant lastSignInAt, Instant createdAt) {

    public Account {
        roles = Set.copyOf(roles);
    }

    /** Whether wrong passwords have locked the account at this moment. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
