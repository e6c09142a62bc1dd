package lv.balticom.privacy.retention.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lv.balticom.privacy.core.api.Localized;

/**
 * How long a record is kept after its trigger (POL-20..23): an ISO-8601 period of years, months and
 * days such as {@code P6M} or {@code P5Y}.
 *
 * <p>Only calendar dates count, because the policy and the laws behind it speak of days, months and
 * years, and a month is a step on the calendar rather than a number of hours: six months after
 * 31 August is 28 February. The period keeps the form it was written in ({@code P18M} stays 18 months
 * and is not turned into 1 year 6 months), because people compare it with the clause it comes from.
 *
 * @param period years, months and days; none negative, not all zero, and neither the years and months
 *        together nor the days more than 100 years, so that due dates can always be computed
 */
public record RetentionPeriod(Period period) {

    private static final String EXPECTED_FORM =
            "expected an ISO-8601 period of years, months or days such as P6M, P2Y, P1Y6M or P30D";
    private static final int MAXIMUM_YEARS = 100;
    private static final long MAXIMUM_MONTHS = MAXIMUM_YEARS * 12L;
    private static final int MAXIMUM_DAYS = MAXIMUM_YEARS * 366;

    public RetentionPeriod {
        requireNonNull(period, "period is null");
        if (period.isNegative()) {
            throw invalid("a retention period cannot be negative");
        }
        if (period.isZero()) {
            throw invalid("a retention period cannot be zero");
        }
        if (period.toTotalMonths() > MAXIMUM_MONTHS || period.getDays() > MAXIMUM_DAYS) {
            throw invalid("a retention period cannot be longer than " + MAXIMUM_YEARS + " years");
        }
    }

    /**
     * Reads a period as rules and the policy pack write it: {@code P6M}, {@code P2Y}, {@code P1Y6M},
     * {@code P30D} (weeks, {@code P2W}, are read as days).
     *
     * @throws IllegalArgumentException when the text is not such a period, has a time part
     *         ({@code PT5H}), or is zero, negative or longer than 100 years; the message names the
     *         expected form
     */
    public static RetentionPeriod parse(String iso) {
        requireNonNull(iso, "iso is null");
        if (iso.toUpperCase(Locale.ROOT).contains("T")) {
            throw invalid("a retention period counts whole days, not hours, minutes or seconds");
        }
        try {
            return new RetentionPeriod(Period.parse(iso));
        } catch (DateTimeParseException e) {
            throw invalid("not a retention period");
        }
    }

    /** The day a record falls due when its trigger happened on the given day. */
    public LocalDate dueAfter(LocalDate trigger) {
        requireNonNull(trigger, "trigger is null");
        return trigger.plus(period);
    }

    /**
     * The moment a record falls due when its trigger happened at the given moment, counted on the
     * calendar of a zone ({@code Europe/Riga} for the company): the same local time on the due day, so
     * that a record made just after midnight in Riga is due on the Riga day, not on the UTC day. When
     * that local time does not exist (the spring clock change), it is the first moment after the gap.
     */
    public Instant dueAfter(Instant trigger, ZoneId zone) {
        requireNonNull(trigger, "trigger is null");
        requireNonNull(zone, "zone is null");
        return trigger.atZone(zone).plus(period).toInstant();
    }

    /** The period as ISO-8601 text, as {@link #parse} reads it: {@code P6M}, {@code P1Y6M}. */
    public String iso() {
        return period.toString();
    }

    /**
     * The period in words for people: {@code 6 mēneši} / {@code 6 months}, {@code 1 gads un 6 mēneši} /
     * {@code 1 year and 6 months}.
     *
     * <p>In Latvian the noun is singular after a number ending in 1, except one ending in 11 (1 gads,
     * 21 gads, 101 diena), and plural otherwise (2 gadi, 11 gadi, 18 mēneši, 30 dienas). These are
     * nominative forms, right for a label or a table cell. After numbers ending in 0 or in 11..19 Latvian
     * also allows the genitive plural ("18 mēnešu"), which CLDR and ICU use for these numbers, and which a
     * sentence such as "18 mēnešu laikā" needs; a caller that builds such a sentence must inflect it
     * itself.
     */
    public Localized describe() {
        List<String> latvian = new ArrayList<>(3);
        List<String> english = new ArrayList<>(3);
        for (Unit unit : Unit.values()) {
            int amount = unit.amountIn(period);
            if (amount > 0) {
                latvian.add(amount + " " + unit.latvian(amount));
                english.add(amount + " " + unit.english(amount));
            }
        }
        return new Localized(join(latvian, "un"), join(english, "and"));
    }

    @Override
    public String toString() {
        return iso();
    }

    private static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException(problem + "; " + EXPECTED_FORM);
    }

    /** "a", "a and b", "a, b and c". */
    private static String join(List<String> parts, String and) {
        int last = parts.size() - 1;
        return last == 0 ? parts.get(0) : String.join(", ", parts.subList(0, last)) + " " + and + " " + parts.get(last);
    }

    /** The parts of a period with their names in both languages. */
    private enum Unit {
        YEARS("gads", "gadi", "year", "years"),
        MONTHS("mēnesis", "mēneši", "month", "months"),
        DAYS("diena", "dienas", "day", "days");

        private final String latvianSingular;
        private final String latvianPlural;
        private final String englishSingular;
        private final String englishPlural;

        Unit(String latvianSingular, String latvianPlural, String englishSingular, String englishPlural) {
            this.latvianSingular = latvianSingular;
            this.latvianPlural = latvianPlural;
            this.englishSingular = englishSingular;
            this.englishPlural = englishPlural;
        }

        int amountIn(Period period) {
            return switch (this) {
                case YEARS -> period.getYears();
                case MONTHS -> period.getMonths();
                case DAYS -> period.getDays();
            };
        }

        String latvian(int amount) {
            return amount % 10 == 1 && amount % 100 != 11 ? latvianSingular : latvianPlural;
        }

        String english(int amount) {
            return amount == 1 ? englishSingular : englishPlural;
        }
    }
}
