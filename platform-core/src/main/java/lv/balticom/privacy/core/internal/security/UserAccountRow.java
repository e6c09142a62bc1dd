package lv.balticom.privacy.core.internal.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("user_account")
record UserAccountRow(@Id String id, String username, String passwordHash, boolean enabled, Instant createdAt,
                      Instant updatedAt) {
}
