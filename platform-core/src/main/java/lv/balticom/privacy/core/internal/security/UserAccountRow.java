package lv.balticom.privacy.core.internal.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity(value = "user_account", escape = false)
record UserAccountRow(@Id String id, String username, String passwordHash, boolean enabled, Instant createdAt,
                      Instant updatedAt) {
}
