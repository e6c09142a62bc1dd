package lv.balticom.privacy.core.internal.security;

import java.util.Set;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;

/**
 * A system calling with an API key.
 *
 * @param keyId the key's id
 * @param name the key's name
 * @param permissions exactly the permissions the key was given
 */
public record ApiKeyPrincipal(String keyId, String name, Set<Permission> permissions) implements Principal {

    public ApiKeyPrincipal {
        permissions = Set.copyOf(permissions);
    }

    @Override
    public Actor actor() {
        return Actor.apiKey(name);
    }

    @Override
    public String toString() {
        return "api-key:" + name;
    }
}
