package lv.balticom.privacy.dsar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.time.api.Dates;

/**
 * The GDPR Art. 12(3) deadline (POL-29) over many receipt dates and holidays.
 *
 * <p>The longest run of days off in the statutory calendar is five: Christmas Eve on a Wednesday, then
 * Christmas, the second day of Christmas on Friday and the weekend. So a deadline moves at most five
 * days past the end of the month; a larger move would mean a holiday counted twice or a loop gone wrong.
 */
@Label("POL-29, GDPR Art. 12(3): deadline properties")
class DeadlineCalendarPropertiesTest {

    private static final long LONGEST_RUN_OF_DAYS_OFF = 5;

    private final LatvianPublicHolidays holidays = new LatvianPublicHolidays();
    private final DeadlineCalendar calendar = new DeadlineCalendar(holidays);

    @Property
    @Label("POL-29: the due date is always a working day")
    void dueOnAWorkingDay(@ForAll("receipts") LocalDate receivedOn) {
        assertThat(holidays.isWorkingDay(calendar.dueDate(receivedOn))).isTrue();
    }

    @Property
    @Label("GDPR Art. 12(3): never earlier than one month after receipt, at most five days later")
    void neverEarlierThanOneMonthNorMuchLater(@ForAll("receipts") LocalDate receivedOn) {
        LocalDate monthEnd = monthsLater(receivedOn, 1);
        LocalDate due = calendar.dueDate(receivedOn);
        assertThat(due).isAfterOrEqualTo(monthEnd);
        assertThat(ChronoUnit.DAYS.between(monthEnd, due)).isLessThanOrEqualTo(LONGEST_RUN_OF_DAYS_OFF);
    }

    @Property
    @Label("POL-29: the due date only moves when the month end is no working day")
    void movesOnlyOffDaysOff(@ForAll("receipts") LocalDate receivedOn) {
        LocalDate oneMonthLater = monthsLater(receivedOn, 1);
        LocalDate due = calendar.dueDate(receivedOn);
        assertThat(due.equals(oneMonthLater)).isEqualTo(holidays.isWorkingDay(oneMonthLater));
        for (LocalDate day = oneMonthLater; day.isBefore(due); day = day.plusDays(1)) {
            assertThat(holidays.isWorkingDay(day)).as("skipped %s", day).isFalse();
        }
    }

    @Property
    @Label("POL-29: a later receipt never gets an earlier deadline")
    void laterReceiptNeverDueEarlier(
            @ForAll("receipts") LocalDate receivedOn, @ForAll @IntRange(min = 1, max = 40) int daysLater) {
        assertThat(calendar.dueDate(receivedOn.plusDays(daysLater))).isAfterOrEqualTo(calendar.dueDate(receivedOn));
    }

    @Property
    @Label("GDPR Art. 12(3): an extension by 2 months ends after one by 1 month, which ends after the plain deadline")
    void extensionsComeAfterThePlainDeadline(@ForAll("receipts") LocalDate receivedOn) {
        LocalDate plain = calendar.dueDate(receivedOn);
        LocalDate oneMore = calendar.extendedDueDate(receivedOn, 1);
        LocalDate twoMore = calendar.extendedDueDate(receivedOn, 2);
        assertThat(oneMore).isAfter(plain);
        assertThat(twoMore).isAfter(oneMore);
        assertThat(holidays.isWorkingDay(oneMore)).isTrue();
        assertThat(holidays.isWorkingDay(twoMore)).isTrue();
        LocalDate twoMonthsAfterTheFirst = monthsLater(monthsLater(receivedOn, 1), 2);
        assertThat(twoMore).isAfterOrEqualTo(twoMonthsAfterTheFirst);
        assertThat(ChronoUnit.DAYS.between(twoMonthsAfterTheFirst, twoMore))
                .isLessThanOrEqualTo(LONGEST_RUN_OF_DAYS_OFF);
    }

    @Property
    @Label("POL-29: a paused clock adds its days to the month end, and more pause never means an earlier date")
    void pausedClock(
            @ForAll("receipts") LocalDate receivedOn, @ForAll @LongRange(min = 0, max = 120) long pausedDays) {
        LocalDate due = calendar.dueDate(receivedOn, pausedDays);
        LocalDate unmoved = monthsLater(receivedOn, 1).plusDays(pausedDays);
        assertThat(holidays.isWorkingDay(due)).isTrue();
        assertThat(due).isAfterOrEqualTo(unmoved);
        assertThat(ChronoUnit.DAYS.between(unmoved, due)).isLessThanOrEqualTo(LONGEST_RUN_OF_DAYS_OFF);
        assertThat(due).isAfterOrEqualTo(calendar.dueDate(receivedOn));
        assertThat(calendar.dueDate(receivedOn, pausedDays + 1)).isAfterOrEqualTo(due);
        assertThat(calendar.dueDate(receivedOn, 0)).isEqualTo(calendar.dueDate(receivedOn));
    }

    @Property
    @Label("POL-29: with the operator's extra days off the due date is still a working day, never earlier")
    void extraDaysOffKeepTheRules(
            @ForAll("receipts") LocalDate receivedOn,
            @ForAll @Size(max = 10) Set<@IntRange(min = 0, max = 45) Integer> offsetsAroundMonthEnd) {
        LocalDate oneMonthLater = monthsLater(receivedOn, 1);
        Set<LocalDate> extraDaysOff = offsetsAroundMonthEnd.stream()
                .map(offset -> oneMonthLater.minusDays(5).plusDays(offset))
                .collect(Collectors.toUnmodifiableSet());
        LatvianPublicHolidays configured = new LatvianPublicHolidays(extraDaysOff, Set.of());
        LocalDate due = new DeadlineCalendar(configured).dueDate(receivedOn);
        assertThat(configured.isWorkingDay(due)).isTrue();
        assertThat(due).isAfterOrEqualTo(oneMonthLater);
        assertThat(due).isAfterOrEqualTo(calendar.dueDate(receivedOn));
    }

    @Property
    @Label("POL-29: an extended deadline with a paused clock adds the pause to the end of the extended period, on a working day")
    void extendedWithPause(
            @ForAll("receipts") LocalDate receivedOn, @ForAll @IntRange(min = 1, max = 2) int months,
            @ForAll @LongRange(min = 0, max = 120) long pausedDays) {
        LocalDate due = calendar.extendedDueDate(receivedOn, months, pausedDays);
        LocalDate unmoved = monthsLater(monthsLater(receivedOn, 1), months).plusDays(pausedDays);
        assertThat(holidays.isWorkingDay(due)).isTrue();
        assertThat(due).isAfterOrEqualTo(unmoved);
        assertThat(ChronoUnit.DAYS.between(unmoved, due)).isLessThanOrEqualTo(LONGEST_RUN_OF_DAYS_OFF);
        assertThat(due).isAfterOrEqualTo(calendar.dueDate(receivedOn, pausedDays));
        assertThat(calendar.extendedDueDate(receivedOn, months, 0)).isEqualTo(calendar.extendedDueDate(receivedOn, months));
    }

    /** Receipt dates from the day the GDPR became applicable. */
    @Provide
    Arbitrary<LocalDate> receipts() {
        return Dates.dates().between(LocalDate.of(2018, 5, 25), LocalDate.of(2200, 12, 31));
    }

    /**
     * The end of a period of months as Regulation 1182/71 Art. 3(2)(c) states it: the same day number
     * that many months later, or that month's last day when it has no such day. Written out here rather
     * than taken from {@code LocalDate.plusMonths}, so the test does not trust the code it checks.
     */
    private static LocalDate monthsLater(LocalDate start, int months) {
        YearMonth endMonth = YearMonth.from(start).plusMonths(months);
        return endMonth.atDay(Math.min(start.getDayOfMonth(), endMonth.lengthOfMonth()));
    }
}
