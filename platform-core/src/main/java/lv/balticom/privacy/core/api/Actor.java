package lv.balticom.privacy.core.api;

import java.util.Objects;

/**
 * Who did something: a signed-in person, a system calling with an API key, or the platform itself.
 * Recorded in the audit ledger as {@link #auditName()}.
 *
 * @param kind what sort of actor
 * @param name the user name, the API key's name, or the platform process (e.g. {@code policy-pack})
 */
public record Actor(Kind kind, String name) {

    /**
     * The request attribute that holds the signed-in actor on every {@code /api/**} request; controllers
     * take it as {@code @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor}.
     */
    public static final String REQUEST_ATTRIBUTE = "privacy.actor";

    /** The sort of actor. */
    public enum Kind { USER, API_KEY, SYSTEM, PLUGIN }

    public Actor {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(name, "name is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
    }

    public static Actor user(String username) {
        return new Actor(Kind.USER, username);
    }

    public static Actor apiKey(String name) {
        return new Actor(Kind.API_KEY, name);
    }

    public static Actor system(String process) {
        return new Actor(Kind.SYSTEM, process);
    }

    /** A plugin acting on its own (its id). */
    public static Actor plugin(String pluginId) {
        return new Actor(Kind.PLUGIN, pluginId);
    }

    /** {@code user:anna}, {@code api-key:crm}, {@code system:policy-pack}, {@code plugin:processors}. */
    public String auditName() {
        return switch (kind) {
            case USER -> "user:" + name;
            case API_KEY -> "api-key:" + name;
            case SYSTEM -> "system:" + name;
            case PLUGIN -> "plugin:" + name;
        };
    }

    @Override
    public String toString() {
        return auditName();
    }
}
