package lv.balticom.privacy.core.internal.console;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.ConsoleMenuItem;

/**
 * The console's menu: the core's items and those the modules contribute as {@link ConsoleMenuItem}
 * beans, in position order, each with the permission it needs, so that a role sees only what it may use.
 * Items from {@link ConsoleMenuItem#ADMINISTRATION} on (users, API keys, plugins) are grouped under
 * "Administrēšana" (Administration), which opens below the menu: so the menu stays on one line of a
 * 1366 px laptop with the feature modules' items.
 */
@Singleton
public final class ConsoleMenu {

    /** The core's own items. */
    static final List<ConsoleMenuItem> BUILT_IN = List.of(
            new ConsoleMenuItem("menu.dashboard", "/console", Permission.ACCOUNT_SELF, ConsoleMenuItem.DASHBOARD),
            new ConsoleMenuItem("menu.subjects", "/console/subjects", Permission.SUBJECT_READ, ConsoleMenuItem.SUBJECTS),
            new ConsoleMenuItem("menu.catalog", "/console/catalog", Permission.CATALOG_READ, ConsoleMenuItem.CATALOGUE),
            new ConsoleMenuItem("menu.policy", "/console/policy", Permission.CATALOG_READ, 500),
            new ConsoleMenuItem("ropa.menu", "/console/ropa", Permission.CATALOG_READ, 600),
            new ConsoleMenuItem("menu.audit", "/console/audit", Permission.AUDIT_READ, ConsoleMenuItem.AUDIT),
            new ConsoleMenuItem("menu.users", "/console/users", Permission.USER_READ, ConsoleMenuItem.ADMINISTRATION),
            new ConsoleMenuItem("menu.apiKeys", "/console/api-keys", Permission.USER_READ, 810),
            new ConsoleMenuItem("menu.plugins", "/console/plugins", Permission.PLUGIN_READ, ConsoleMenuItem.PLUGINS));

    private final List<ConsoleMenuItem> items;

    ConsoleMenu(List<ConsoleMenuItem> contributed) {
        this.items = merge(contributed);
    }

    /** The built-in items and the contributed ones, by position and then address; an address only once. */
    static List<ConsoleMenuItem> merge(List<ConsoleMenuItem> contributed) {
        List<ConsoleMenuItem> all = new ArrayList<>(BUILT_IN);
        all.addAll(contributed);
        Set<String> hrefs = new HashSet<>();
        for (ConsoleMenuItem item : all) {
            if (!hrefs.add(item.href())) {
                throw new IllegalStateException("two console menu items lead to " + item.href());
            }
        }
        all.sort(Comparator.comparingInt(ConsoleMenuItem::position).thenComparing(ConsoleMenuItem::href));
        return List.copyOf(all);
    }

    /** Every item, in order. */
    public List<ConsoleMenuItem> items() {
        return items;
    }

    /**
     * The menu as a person sees it.
     *
     * @param main the items on the menu's line, in order
     * @param administration the items in the Administration group, in order; no group when empty
     */
    public record Shown(List<ConsoleMenuItem> main, List<ConsoleMenuItem> administration) {

        /** Whether the page at this path is one of the Administration group's. */
        public boolean administrationActiveAt(String path) {
            return administration.stream().anyMatch(item -> item.activeAt(path));
        }
    }

    /** The items a holder of these permissions may use, in order. */
    public List<ConsoleMenuItem> of(Set<Permission> permissions) {
        return items.stream().filter(item -> permissions.contains(item.permission())).toList();
    }

    /** The menu a holder of these permissions sees: the line and the Administration group. */
    public Shown shownTo(Set<Permission> permissions) {
        List<ConsoleMenuItem> permitted = of(permissions);
        return new Shown(permitted.stream().filter(item -> item.position() < ConsoleMenuItem.ADMINISTRATION).toList(),
                permitted.stream().filter(item -> item.position() >= ConsoleMenuItem.ADMINISTRATION).toList());
    }
}
