package lv.balticom.privacy.core.api.console;

import java.util.Objects;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.Permission;

/**
 * An item of the console's menu. The core's own items are built in; a module adds one by declaring a
 * bean of this type, for example from a {@code @Factory}:
 *
 * <pre>{@code
 * @Factory
 * final class ConsentConsole {
 *     @Singleton
 *     ConsoleMenuItem consentsMenuItem() {
 *         return new ConsoleMenuItem("consent.menu", "/console/consents", Permission.CONSENT_READ, ConsoleMenuItem.MODULES);
 *     }
 * }
 * }</pre>
 *
 * <p>The menu shows the items whose permission the signed-in person holds, ordered by
 * {@link #position()} (then by address). The page behind the item must declare the same permission with
 * {@code @RequiresPermission}: a hidden item is not a closed page. The items are read once, when the
 * menu is built; two items with the same address stop the platform at startup.
 *
 * <p>Items from {@link #ADMINISTRATION} on are not on the menu's line but in its group "Administrēšana"
 * (Administration), which opens below it: users, API keys, plugins, and a module's pages for
 * administrators. The line must fit on a 1366 px laptop in Latvian, the longer language
 * (ModuleConsoleBrowserTest checks it with stand-ins for the four feature modules' items): keep a label
 * to one or two short words, and give a module one item on the line that leads to its own pages rather
 * than one per page.
 *
 * @param labelKey the message key of the label, from the module's texts ({@link ConsoleTexts})
 * @param href the page it leads to: a path under {@code /console/}, where the console's sign-in and
 *     permission checks apply
 * @param permission the permission a person needs to see the item
 * @param position where it goes: the built-in items are at {@link #DASHBOARD} (100), {@link #SUBJECTS}
 *     (200), {@link #CATALOGUE} (400), policy versions (500), record of processing (600),
 *     {@link #AUDIT} (700), and in the Administration group users ({@link #ADMINISTRATION}, 800), API keys
 *     (810) and {@link #PLUGINS} (900); the feature modules' items go from {@link #MODULES} (300)
 */
public record ConsoleMenuItem(String labelKey, String href, Permission permission, int position) {

    /** The dashboard's position. */
    public static final int DASHBOARD = 100;
    /** The data subjects' position. */
    public static final int SUBJECTS = 200;
    /** Where the feature modules' items start: after the data subjects, before the catalogue. */
    public static final int MODULES = 300;
    /** The catalogue's position. */
    public static final int CATALOGUE = 400;
    /** The audit ledger's position. */
    public static final int AUDIT = 700;
    /** Where the Administration group starts (the users' position): items from here on are in the group. */
    public static final int ADMINISTRATION = 800;
    /** The plugins' position, the last built-in item (in the Administration group). */
    public static final int PLUGINS = 900;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern HREF = Pattern.compile("/console(/[a-z0-9][a-z0-9._-]*)*");

    public ConsoleMenuItem {
        Objects.requireNonNull(labelKey, "labelKey is null");
        Objects.requireNonNull(href, "href is null");
        Objects.requireNonNull(permission, "permission is null");
        if (!KEY.matcher(labelKey).matches()) {
            throw new IllegalArgumentException("labelKey is not a message key: " + labelKey);
        }
        if (!HREF.matcher(href).matches()) {
            throw new IllegalArgumentException("href must be a console path such as /console/consents: " + href);
        }
    }

    /** Whether the item is the page at this path, or leads to it (the page's own sub-pages). */
    public boolean activeAt(String path) {
        if (path == null) {
            return false;
        }
        return href.equals("/console") ? path.equals("/console") : path.equals(href) || path.startsWith(href + "/");
    }
}
