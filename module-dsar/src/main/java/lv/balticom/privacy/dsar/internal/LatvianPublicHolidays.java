package lv.balticom.privacy.dsar.internal;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public holidays of Latvia, so that a legal deadline never ends on a day the privacy office is
 * closed (POL-29).
 *
 * <p>The source is the law "Par svētku, atceres un atzīmējamām dienām" (On Holidays, Remembrance Days
 * and Days to be Marked), article 1, with its amendments. Its holidays are:
 * <ul>
 *   <li>1 January, New Year's Day;</li>
 *   <li>Good Friday, Easter Sunday and Easter Monday (Western Easter; the law lets Orthodox, Old
 *       Believer and other believers keep their own church's dates, which are no day off for
 *       everyone);</li>
 *   <li>1 May, Labour Day and the day the Constitutional Assembly first met;</li>
 *   <li>4 May, the day the Declaration of Independence was proclaimed;</li>
 *   <li>23 June, Līgo day, and 24 June, Jāņi (midsummer);</li>
 *   <li>18 November, the day the Republic was proclaimed;</li>
 *   <li>24, 25 and 26 December, Christmas, and 31 December, New Year's Eve;</li>
 *   <li>the closing day of the General Latvian Song and Dance Festival, in the years it is held
 *       (amendment adopted by the Saeima on 2 October 2014).</li>
 * </ul>
 * When 4 May, 18 November or the festival's closing day falls on a Saturday or Sunday, the law makes
 * the next working day a day off as well; that day is always the Monday after, since no other holiday
 * falls on those Mondays. The law also names Mother's Day (the second Sunday of May) and Whitsunday;
 * both are Sundays, so they change no working day and are left out here.
 *
 * <p>Some days off are not in the law as a rule, so they come from the operator through the
 * constructor:
 * <ul>
 *   <li>the festival's closing day in years to come: the festival is held every five years, but its
 *       organisers, not the law, fix the date; the operator adds the closing day and, when it is a
 *       Saturday or Sunday, the Monday after it;</li>
 *   <li>holidays the Saeima declares once (a papal visit, a sporting success);</li>
 *   <li>working days the Cabinet moves under article 133(4) of the Labour Law (Darba likums): a
 *       working day between a holiday and a weekend becomes a day off, and a Saturday of the same month
 *       becomes a working day. The Cabinet's order binds only state-funded institutions and is a
 *       recommendation to everyone else, so whether the company follows it is the operator's choice.</li>
 * </ul>
 * The days of this kind that have already passed and could be confirmed are built in (the festival's
 * closing days of 2018 and 2023, the one-off holidays of 2018 and 2023), so that deadlines of past
 * requests stay right.
 * Cabinet orders are not built in, since the company may not follow them.
 *
 * <p>The rules are applied as the law stands since GDPR deadlines began (25 May 2018) to every year;
 * this is a calendar for deadlines, not a history of the law, which had fewer holidays in earlier
 * years. Easter is computed for the Gregorian calendar, so years before 1583 are refused.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class LatvianPublicHolidays {

    /**
     * The closing days of the General Latvian Song and Dance Festival held since the 2014 amendment:
     * 8 July 2018 (lv100.lv, "8. jūlijā izskanēs Dziesmu un deju svētku noslēguma koncerts") and
     * 9 July 2023 (State Centre for Forensic Medical Examination and Preiļi municipality notices of
     * 10 July 2023 being a day off). Both were Sundays, so the Mondays after them were days off.
     */
    private static final Set<LocalDate> FESTIVAL_CLOSING_DAYS = Set.of(
            LocalDate.of(2018, Month.JULY, 8),
            LocalDate.of(2023, Month.JULY, 9));

    /**
     * Holidays the Saeima declared for one year only, by amending the law: 24 September 2018, the day
     * of Pope Francis' pastoral visit (adopted 21 June 2018), and 29 May 2023, named the day the
     * national ice hockey team won its world championship bronze medal (adopted in an extraordinary
     * sitting on 28 May 2023, the evening the medal was won).
     */
    private static final Set<LocalDate> DECLARED_ONCE = Set.of(
            LocalDate.of(2018, Month.SEPTEMBER, 24),
            LocalDate.of(2023, Month.MAY, 29));

    /** The first year of the Gregorian calendar, for which the Easter computation holds. */
    private static final int FIRST_GREGORIAN_YEAR = 1583;

    private final Set<LocalDate> extraDaysOff;
    private final Set<LocalDate> extraWorkingDays;

    /** The holidays of the law and the built-in ones only, with no days moved by the Cabinet. */
    public LatvianPublicHolidays() {
        this(Set.of(), Set.of());
    }

    /**
     * The holidays of the law plus the operator's own days.
     *
     * @param extraDaysOff days off for everyone that the law does not name as a rule: a future
     *     festival's closing day (and the Monday after it when it is a weekend day), holidays the
     *     Saeima declares once, working days the Cabinet moved away
     * @param extraWorkingDays Saturdays (or other days off) that the Cabinet made working days
     * @throws IllegalArgumentException when a day is in both sets, since it cannot be both
     */
    public LatvianPublicHolidays(Set<LocalDate> extraDaysOff, Set<LocalDate> extraWorkingDays) {
        this.extraDaysOff = Set.copyOf(requireNonNull(extraDaysOff, "extraDaysOff is null"));
        this.extraWorkingDays = Set.copyOf(requireNonNull(extraWorkingDays, "extraWorkingDays is null"));
        Set<LocalDate> both = new HashSet<>(this.extraDaysOff);
        both.retainAll(this.extraWorkingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("days cannot be both a day off and a working day: " + both);
        }
    }

    /**
     * Whether a day is a day off for a reason other than being a Saturday or Sunday: a holiday of the
     * law, a built-in one, or one of the operator's extra days off.
     */
    public boolean isHoliday(LocalDate date) {
        requireNonNull(date, "date is null");
        return extraDaysOff.contains(date) || holidaysOfTheLawIn(date.getYear()).contains(date);
    }

    /**
     * Whether the privacy office works on a day: Monday to Friday unless it is a holiday, and any day
     * the Cabinet made a working day.
     */
    public boolean isWorkingDay(LocalDate date) {
        requireNonNull(date, "date is null");
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !isHoliday(date);
    }

    /** Every holiday of a year, including the operator's extra days off in it. */
    public Set<LocalDate> holidaysIn(int year) {
        Stream<LocalDate> extra = extraDaysOff.stream().filter(date -> date.getYear() == year);
        return Stream.concat(holidaysOfTheLawIn(year).stream(), extra).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Easter Sunday of a year, by the anonymous Gregorian algorithm (Meeus, Jones, Butcher), which
     * gives the Western Easter that the law follows.
     *
     * @throws IllegalArgumentException for years before the Gregorian calendar
     */
    public static LocalDate easterSunday(int year) {
        requireGregorian(year);
        int goldenNumber = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int skippedLeapDays = century / 4;
        int centuryRemainder = century % 4;
        int moonCorrection = (century + 8) / 25;
        int moonOrbitCorrection = (century - moonCorrection + 1) / 3;
        int fullMoonOffset = (19 * goldenNumber + century - skippedLeapDays - moonOrbitCorrection + 15) % 30;
        int leapYearsOfCentury = yearOfCentury / 4;
        int yearRemainder = yearOfCentury % 4;
        int sundayOffset = (32 + 2 * centuryRemainder + 2 * leapYearsOfCentury - fullMoonOffset - yearRemainder) % 7;
        int lateFullMoonCorrection = (goldenNumber + 11 * fullMoonOffset + 22 * sundayOffset) / 451;
        int monthAndDay = fullMoonOffset + sundayOffset - 7 * lateFullMoonCorrection + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    private static Set<LocalDate> holidaysOfTheLawIn(int year) {
        requireGregorian(year);
        LocalDate easter = easterSunday(year);
        Set<LocalDate> holidays = new HashSet<>();
        holidays.add(LocalDate.of(year, Month.JANUARY, 1));
        holidays.add(easter.minusDays(2));
        holidays.add(easter);
        holidays.add(easter.plusDays(1));
        holidays.add(LocalDate.of(year, Month.MAY, 1));
        addWithWeekendSubstitute(holidays, LocalDate.of(year, Month.MAY, 4));
        holidays.add(LocalDate.of(year, Month.JUNE, 23));
        holidays.add(LocalDate.of(year, Month.JUNE, 24));
        addWithWeekendSubstitute(holidays, LocalDate.of(year, Month.NOVEMBER, 18));
        holidays.add(LocalDate.of(year, Month.DECEMBER, 24));
        holidays.add(LocalDate.of(year, Month.DECEMBER, 25));
        holidays.add(LocalDate.of(year, Month.DECEMBER, 26));
        holidays.add(LocalDate.of(year, Month.DECEMBER, 31));
        FESTIVAL_CLOSING_DAYS.stream()
                .filter(closingDay -> closingDay.getYear() == year)
                .forEach(closingDay -> addWithWeekendSubstitute(holidays, closingDay));
        DECLARED_ONCE.stream().filter(day -> day.getYear() == year).forEach(holidays::add);
        return holidays;
    }

    /** Adds a holiday and, when it falls on a weekend, the next working day, which is the Monday after. */
    private static void addWithWeekendSubstitute(Set<LocalDate> holidays, LocalDate holiday) {
        holidays.add(holiday);
        if (isWeekend(holiday)) {
            holidays.add(holiday.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static void requireGregorian(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException(
                    "year " + year + " is before the Gregorian calendar (" + FIRST_GREGORIAN_YEAR + ")");
        }
    }
}
