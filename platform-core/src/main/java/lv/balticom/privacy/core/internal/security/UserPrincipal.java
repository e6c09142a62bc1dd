package lv.balticom.privacy.core.internal.security;

import java.util.Set;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.Role;

/**
 * A signed-in person, as their account was when this request began.
 *
 * @param userId the account's id
 * @param username the user name
 * @param roles the account's roles
 * @param locale the language the person works in ({@code lv} or {@code en})
 */
public record UserPrincipal(String userId, String username, Set<Role> roles, String locale) implements Principal {

    public UserPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public Set<Permission> permissions() {
        return Role.permissionsOf(roles);
    }

    @Override
    public Actor actor() {
        return Actor.user(username);
    }

    @Override
    public String toString() {
        return username;
    }
}
