package lv.balticom.privacy.core.internal.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity(value = "user_account", escape = false)
record UserAccountRow(@Id String id, String username, String passwordHash, boolean enabled, Instant createdAt,
                      Instant updatedAt, String locale, int failedAttempts, @Nullable Instant lockedUntil,
                      @Nullable Instant lastSignInAt) {
}
