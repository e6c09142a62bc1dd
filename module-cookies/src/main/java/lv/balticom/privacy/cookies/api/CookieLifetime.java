package lv.balticom.privacy.cookies.api;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * How long a cookie lives, as the inventory declares it and the cookie policy page prints it
 * (COOKIE-IV): {@code session} for a cookie gone when the browser closes, or an ISO-8601 period of
 * years, months and days ({@code P180D}, {@code P13M}). The period keeps the form the provider states
 * (13 months stays {@code P13M}, 395 days stays {@code P395D}), because that is what visitors compare
 * with the provider's own policy.
 *
 * @param period the longest life of the cookie; {@link Period#ZERO} for a session cookie
 */
public record CookieLifetime(Period period) {

    /** A cookie that lives only until the browser closes. */
    public static final CookieLifetime SESSION = new CookieLifetime(Period.ZERO);

    private static final String SESSION_TEXT = "session";
    private static final String EXPECTED_FORM =
            "expected \"session\" or an ISO-8601 period of years, months or days such as P180D, P13M or P1Y";

    public CookieLifetime {
        requireNonNull(period, "period is null");
        if (period.isNegative()) {
            throw new IllegalArgumentException("a cookie lifetime cannot be negative; " + EXPECTED_FORM);
        }
    }

    /**
     * Reads a lifetime as the inventory writes it: {@code session}, {@code P180D}, {@code P1Y}.
     *
     * @throws IllegalArgumentException when the text is neither, or is a zero or negative period; the
     *         message names the expected form
     */
    public static CookieLifetime parse(String text) {
        requireNonNull(text, "text is null");
        if (text.equals(SESSION_TEXT)) {
            return SESSION;
        }
        Period period;
        try {
            period = Period.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a cookie lifetime; " + EXPECTED_FORM);
        }
        if (period.isZero()) {
            // A zero period written out is a mistake, not a way of saying "session".
            throw new IllegalArgumentException("a cookie lifetime cannot be zero; " + EXPECTED_FORM);
        }
        return new CookieLifetime(period);
    }

    /** Whether the cookie lives only until the browser closes. */
    public boolean isSession() {
        return period.isZero();
    }

    /** The lifetime as {@link #parse} reads it: {@code session} or the ISO-8601 period. */
    public String format() {
        return isSession() ? SESSION_TEXT : period.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
