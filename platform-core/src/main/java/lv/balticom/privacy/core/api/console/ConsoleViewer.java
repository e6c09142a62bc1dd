package lv.balticom.privacy.core.api.console;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;

/**
 * The person looking at a console page: how the audit ledger names them, the language of the page and
 * what they may do. A console controller (the core's or a module's) takes it as a parameter of a route
 * method, {@code ConsoleViewer viewer}, and the core fills it in for the signed-in person; a
 * {@link SubjectPanel} gets it with the subject.
 *
 * @param actor who, as the audit ledger names them (a module records changes with it)
 * @param locale the language of the page: Latvian ({@code lv}) or English ({@code en})
 * @param permissions what they may do
 */
public record ConsoleViewer(Actor actor, Locale locale, Set<Permission> permissions) {

    public ConsoleViewer {
        Objects.requireNonNull(actor, "actor is null");
        Objects.requireNonNull(locale, "locale is null");
        Objects.requireNonNull(permissions, "permissions is null");
        permissions = permissions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(permissions));
    }

    /** Whether they hold the permission (to show a form or a button only to those who may use it). */
    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}
