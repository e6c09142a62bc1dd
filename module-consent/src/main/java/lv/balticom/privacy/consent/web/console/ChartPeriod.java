package lv.balticom.privacy.consent.web.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lv.balticom.privacy.consent.api.ConsentReports.Interval;
import lv.balticom.privacy.core.api.ProblemException;

/**
 * The periods the consent dashboard's chart shows: the last 30 days by day, the last 12 weeks by week, the last
 * 12 months by month. Days are UTC days, as {@link lv.balticom.privacy.consent.api.ConsentReports#counts} counts them;
 * the current day, week or month is the last and may be partial.
 */
public enum ChartPeriod {
    DAYS_30("30d", Interval.DAY, 30),
    WEEKS_12("12w", Interval.WEEK, 12),
    MONTHS_12("12m", Interval.MONTH, 12);

    private final String code;
    private final Interval interval;
    private final int count;

    ChartPeriod(String code, Interval interval, int count) {
        this.code = code;
        this.interval = interval;
        this.count = count;
    }

    /** What the address says: {@code ?period=30d}. */
    public String code() {
        return code;
    }

    public Interval interval() {
        return interval;
    }

    /** The period named by the address's {@code period}; the last 30 days when none is named. */
    static ChartPeriod of(String code) {
        if (code == null || code.isBlank()) {
            return DAYS_30;
        }
        return Arrays.stream(values()).filter(period -> period.code.equals(code.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("period", "must be one of 30d, 12w, 12m"));
    }

    /** The first day of each period, oldest first; the last holds today. */
    List<LocalDate> starts(LocalDate today) {
        LocalDate last = start(today);
        List<LocalDate> starts = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            starts.add(switch (interval) {
                case DAY -> last.minusDays(back);
                case WEEK -> last.minusWeeks(back);
                case MONTH -> last.minusMonths(back);
            });
        }
        return starts;
    }

    /** The first day of the period that holds this day. */
    LocalDate start(LocalDate day) {
        return switch (interval) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** A period's label on the chart's axis and in its table: {@code 3. nov.} or {@code nov. 2026} in Latvian. */
    String label(LocalDate start, Locale locale) {
        boolean latvian = "lv".equals(locale.getLanguage());
        String pattern = switch (interval) {
            case DAY, WEEK -> latvian ? "d. MMM" : "d MMM";
            case MONTH -> "MMM yyyy";
        };
        return DateTimeFormatter.ofPattern(pattern, latvian ? Locale.forLanguageTag("lv") : Locale.ENGLISH).format(start);
    }
}
