package lv.balticom.privacy.consent.web.console;

/**
 * A row of the dashboard's tables per purpose and per channel: the counts, and the lengths of the two small bars
 * drawn beside them (out of {@link #LENGTH}, scaled to the table's largest count).
 *
 * @param code the purpose's or channel's code
 * @param name its name in the viewer's language
 * @param granted consents given in the period
 * @param withdrawn consents withdrawn in the period
 * @param grantedLength the length of the grants' bar
 * @param withdrawnLength the length of the withdrawals' bar
 */
public record BarRow(String code, String name, long granted, long withdrawn, double grantedLength, double withdrawnLength) {

    /** The longest bar. */
    public static final int LENGTH = 160;

    public int length() {
        return LENGTH;
    }

    /** The row with its bars scaled so that {@code max} is {@link #LENGTH} long. */
    static BarRow of(String code, String name, long granted, long withdrawn, long max) {
        double scale = max == 0 ? 0 : (double) LENGTH / max;
        return new BarRow(code, name, granted, withdrawn, length(granted, scale), length(withdrawn, scale));
    }

    private static double length(long count, double scale) {
        return count == 0 ? 0 : Math.max(1.5, Math.round(count * scale * 10) / 10.0);
    }
}
