/**
 * A stand-in for a feature module's console pages, for the core's tests: it uses only
 * {@code lv.balticom.privacy.core.api..} (ConsoleContributionTest checks its imports), as module-consent
 * and the others must. Its beans exist only where a test sets {@code privacy.test.example-module=true}.
 *
 * <p>What it contributes, the way docs/console.md ("Adding pages from a module") tells a module to:
 * a menu item ("Piezīmes"/"Notes"), a panel on the data subject's page with a form, a page of its own
 * with a form (Post/Redirect/Get, form token, an error beside its field), and its texts in
 * {@code i18n/example/messages_lv.properties} and {@code _en}; its templates are in
 * {@code views/console/example/}.
 */
package lv.balticom.privacy.example.console;
