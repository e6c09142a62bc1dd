package lv.balticom.privacy.core.api.console;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A module's texts for the console, in Latvian and English: a bean that the module implements. The
 * console's templates resolve {@code #{key}} from the core's texts first, then from each module's, so
 * a module's pages and panels (and the menu item's label, and a {@code ?done=} notice) use them like
 * the core's own.
 *
 * <p>The module loads its bundle <em>in its own code</em>, with the two-argument
 * {@link ResourceBundle#getBundle(String, Locale)}:
 *
 * <pre>{@code
 * @Singleton
 * final class ConsentTexts implements ConsoleTexts {
 *     @Override
 *     public ResourceBundle bundle(Locale locale) {
 *         return ResourceBundle.getBundle("i18n.consent.messages", locale);
 *     }
 * }
 * }</pre>
 *
 * <p>Why in the module's code: on the module path, {@code ResourceBundle.getBundle} looks in the
 * <em>calling</em> module first, and finds another module's bundle only through its class loader, in a
 * package the other module opens to everyone. Called from the module itself, it finds the module's own
 * bundle whether or not the package is opened, on the class path (the tests) and on the module path
 * (the archive) alike.
 *
 * <p>Rules for the bundle:
 * <ul>
 *   <li>Its files are {@code messages_lv.properties} and {@code messages_en.properties} in a folder of
 *       the module's own, {@code i18n/<module>/}: never in {@code i18n/} itself, which is the core's
 *       package (two modules holding the same package stop the module path at startup).</li>
 *   <li>Both files have the same keys, none empty; apostrophes are typographic (’), because texts pass
 *       through {@code MessageFormat}, where a plain one vanishes.</li>
 *   <li>Keys start with the module's name ({@code consent.}); notices for Post/Redirect/Get are
 *       {@code done.<module>-<what>} ({@code done.consent-recorded}), shown for {@code ?done=consent-recorded}.
 *       A key the core already has is never asked of a module; the core logs a warning at startup for a
 *       key that two bundles define.</li>
 * </ul>
 *
 * <p>Lifecycle: the core calls {@link #bundle(Locale)} at startup for Latvian and English (a bundle
 * that cannot be loaded stops the platform with a message naming the class) and then for every text a
 * page asks of the module, from any thread; {@code ResourceBundle} caches the bundles itself.
 */
public interface ConsoleTexts {

    /**
     * The module's bundle for the language; called with {@code lv} and {@code en}.
     *
     * @throws java.util.MissingResourceException if there is none
     */
    ResourceBundle bundle(Locale locale);
}
