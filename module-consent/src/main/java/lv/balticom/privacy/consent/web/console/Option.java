package lv.balticom.privacy.consent.web.console;

/**
 * One choice of a select list or a group of radio buttons.
 *
 * @param value what the form sends
 * @param label what the person reads
 */
public record Option(String value, String label) {
}
