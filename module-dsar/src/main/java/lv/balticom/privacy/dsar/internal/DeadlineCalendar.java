package lv.balticom.privacy.dsar.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The last day on which the company may answer a data subject request: GDPR (Regulation (EU)
 * 2016/679) Art. 12(3) gives "one month of receipt of the request", extendable "by two further
 * months" with notice to the requester; the privacy policy tracks that deadline for every request
 * (POL-29).
 *
 * <p>The GDPR does not say how a month is counted. It is an act of the Union, so its periods are
 * counted by Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates
 * and time limits, as the Court of Justice of the European Union counts them. The Latvian
 * Administrative Procedure Law (Administratīvā procesa likums, articles 42 and 43), which the Data
 * State Inspectorate and the administrative courts apply, sets the start and end of periods along the
 * same lines, so the supervisory authority checking a complaint should reach the same date:
 * <ul>
 *   <li>the day of receipt is not counted, and a period in months ends on the day of the last month
 *       with the same date as the day of receipt, or on the last day of that month when it has no
 *       such date (Art. 3(1) and 3(2)(c)): received 15 March, due 15 April; received 31 January, due
 *       28 February (29 in a leap year);</li>
 *   <li>a period whose last day is a public holiday, a Sunday or a Saturday ends on the next working
 *       day (Art. 3(4)). Public holidays are those of Latvia, where the company answers
 *       ({@link LatvianPublicHolidays}).</li>
 * </ul>
 * Working days moved by Cabinet order are the one place where this calendar follows the Latvian
 * working week rather than the letter of the Regulation, whose Art. 2(2) knows only public holidays,
 * Saturdays and Sundays: a Saturday made a working day keeps a deadline that falls on it, and a
 * weekday made a day off moves it on like a holiday. Such days exist only when the operator
 * configures them, which it does when the company follows the Cabinet's order.
 *
 * <p>Dates are Europe/Riga calendar days ({@link LocalDate}): the caller turns the moment of receipt
 * into the Riga date, because a request that arrives at 00:30 in Riga belongs to that day even when it
 * is still the day before in UTC. The calendar takes no clock: every answer depends only on its
 * arguments, so the same request always gets the same deadline and tests need no time travel.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class DeadlineCalendar {

    private final LatvianPublicHolidays holidays;

    /** A calendar that moves deadlines off the given holidays. */
    public DeadlineCalendar(LatvianPublicHolidays holidays) {
        this.holidays = requireNonNull(holidays, "holidays is null");
    }

    /**
     * The deadline of a request: one month after receipt, moved to the next working day when that day
     * is a Saturday, Sunday or public holiday.
     */
    public LocalDate dueDate(LocalDate receivedOn) {
        return dueDate(receivedOn, 0);
    }

    /**
     * The deadline of a request whose clock was paused while the officer waited for information only
     * the requester can give, such as the additional information GDPR Art. 12(6) lets the company
     * ask for to confirm the requester's identity.
     *
     * <p>The paused days are added to the end of the month before the date is moved to a working day,
     * not after: adding them to a date already moved past a weekend would grant the company days the
     * requester never gave it.
     *
     * @param pausedDays the calendar days the clock stood still, zero or more
     * @throws IllegalArgumentException when {@code pausedDays} is negative
     */
    public LocalDate dueDate(LocalDate receivedOn, long pausedDays) {
        if (pausedDays < 0) {
            throw new IllegalArgumentException("pausedDays must be zero or more, was " + pausedDays);
        }
        return onWorkingDay(oneMonthAfter(receivedOn).plusDays(pausedDays));
    }

    /**
     * The deadline after an extension by one or two further months (GDPR Art. 12(3): "may be extended
     * by two further months where necessary, taking into account the complexity and number of the
     * requests").
     *
     * <p>The further months run from the end of the first month as the law sets it, not from the
     * working day it was moved to: the extension continues the first period, and counting from the
     * moved date would stretch it by the holidays that happened to end the first month. Received
     * 31 January, the first month ends 28 February and two further months end 28 April, not 30 April.
     *
     * @param extraMonths 1 or 2; the GDPR allows no more than two
     * @throws IllegalArgumentException for any other number of months
     */
    public LocalDate extendedDueDate(LocalDate receivedOn, int extraMonths) {
        return extendedDueDate(receivedOn, extraMonths, 0);
    }

    /**
     * The deadline after an extension of a request whose clock was paused: the paused days are added to
     * the end of the extended period before the move to a working day, as in {@link #dueDate(LocalDate, long)}.
     *
     * @param extraMonths 1 or 2; the GDPR allows no more than two
     * @param pausedDays the calendar days the clock stood still, zero or more
     * @throws IllegalArgumentException for any other number of months, or negative paused days
     */
    public LocalDate extendedDueDate(LocalDate receivedOn, int extraMonths, long pausedDays) {
        if (extraMonths != 1 && extraMonths != 2) {
            throw new IllegalArgumentException("extraMonths must be 1 or 2, was " + extraMonths);
        }
        if (pausedDays < 0) {
            throw new IllegalArgumentException("pausedDays must be zero or more, was " + pausedDays);
        }
        return onWorkingDay(oneMonthAfter(receivedOn).plusMonths(extraMonths).plusDays(pausedDays));
    }

    /**
     * The last day of the month after receipt, before any move to a working day. {@code plusMonths}
     * keeps the day of the month and falls back to the month's last day when it has fewer days, which
     * is exactly Art. 3(2)(c) of Regulation 1182/71.
     */
    private static LocalDate oneMonthAfter(LocalDate receivedOn) {
        return requireNonNull(receivedOn, "receivedOn is null").plusMonths(1);
    }

    /** The day itself when it is a working day, otherwise the next working day (Art. 3(4)). */
    private LocalDate onWorkingDay(LocalDate lastDay) {
        LocalDate day = lastDay;
        while (!holidays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
