package lv.balticom.privacy.core.internal.security;

import java.util.Set;

/**
 * What a user may do, as Shiro permission strings. The administrator may do everything; the other
 * roles of the platform (privacy officer, agent, auditor) come with the console.
 */
public enum Role {
    ADMIN(Set.of("*"));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<String> permissions() {
        return permissions;
    }
}
