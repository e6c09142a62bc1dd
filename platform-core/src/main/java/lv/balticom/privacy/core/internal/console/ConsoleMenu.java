package lv.balticom.privacy.core.internal.console;

import java.util.List;
import java.util.Set;
import lv.balticom.privacy.core.api.Permission;

/**
 * The console's menu: each item with the permission it needs, so that a role sees only what it may use.
 *
 * @param key the message key of its label
 * @param href where it leads
 * @param permission the permission it needs
 */
public record ConsoleMenu(String key, String href, Permission permission) {

    static final List<ConsoleMenu> ITEMS = List.of(
            new ConsoleMenu("menu.dashboard", "/console", Permission.ACCOUNT_SELF),
            new ConsoleMenu("menu.subjects", "/console/subjects", Permission.SUBJECT_READ),
            new ConsoleMenu("menu.catalog", "/console/catalog", Permission.CATALOG_READ),
            new ConsoleMenu("menu.policy", "/console/policy", Permission.CATALOG_READ),
            new ConsoleMenu("ropa.menu", "/console/ropa", Permission.CATALOG_READ),
            new ConsoleMenu("menu.audit", "/console/audit", Permission.AUDIT_READ),
            new ConsoleMenu("menu.users", "/console/users", Permission.USER_READ),
            new ConsoleMenu("menu.apiKeys", "/console/api-keys", Permission.USER_READ),
            new ConsoleMenu("menu.plugins", "/console/plugins", Permission.PLUGIN_READ));

    /** The items a holder of these permissions may use. */
    static List<ConsoleMenu> of(Set<Permission> permissions) {
        return ITEMS.stream().filter(item -> permissions.contains(item.permission())).toList();
    }

    /** Whether the item is the page at this path, or leads to it. */
    public boolean activeAt(String path) {
        return href.equals("/console") ? path.equals("/console") : path.startsWith(href);
    }
}
