/**
 * The consent module's console pages, built on the core's console API ({@code lv.balticom.privacy.core.api.console})
 * and this module's {@code api} only (docs/console.md, "Piekrišanas (Consents)"):
 *
 * <ul>
 *   <li>{@link lv.balticom.privacy.consent.web.console.ConsentPanel}: consents, communication preferences, purchases and
 *       automated decisions on a data subject's page, with forms to record a consent, a withdrawal or an opt-out;</li>
 *   <li>{@link lv.balticom.privacy.consent.web.console.ConsentPages}: the dashboard ({@code /console/consents}: grants and
 *       withdrawals over time, the opt-out delay report, open decision reviews), a subject's history, an event's
 *       receipt, and the forms' own pages;</li>
 *   <li>{@link lv.balticom.privacy.consent.web.console.ConsentTexts}: the texts in Latvian and English
 *       ({@code i18n/consent/messages_lv.properties} and {@code _en}).</li>
 * </ul>
 *
 * <p>Templates are in {@code views/console/consent/}. Everything a template reads is public: Thymeleaf calls it by
 * reflection.
 */
package lv.balticom.privacy.consent.web.console;
