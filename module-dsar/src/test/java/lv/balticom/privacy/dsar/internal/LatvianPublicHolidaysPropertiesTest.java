package lv.balticom.privacy.dsar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/** Properties of the Latvian holidays that every POL-29 deadline relies on, over many years. */
@Label("POL-29: Latvian public holidays, properties")
class LatvianPublicHolidaysPropertiesTest {

    private final LatvianPublicHolidays holidays = new LatvianPublicHolidays();

    @Property
    @Label("Easter is always a Sunday between 22 March and 25 April")
    void easterIsASundayInItsWindow(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        LocalDate easter = LatvianPublicHolidays.easterSunday(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
    }

    @Property
    @Label("Good Friday and Easter Monday are days off around every Easter")
    void easterFridayAndMondayAreDaysOff(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        LocalDate easter = LatvianPublicHolidays.easterSunday(year);
        assertThat(holidays.isWorkingDay(easter.minusDays(2))).isFalse();
        assertThat(holidays.isWorkingDay(easter.plusDays(1))).isFalse();
        assertThat(holidays.holidaysIn(year)).contains(easter.minusDays(2), easter, easter.plusDays(1));
    }

    @Property(tries = 200)
    @Label("isHoliday agrees with holidaysIn on every day of a year")
    void isHolidayAgreesWithTheYearsList(@ForAll @IntRange(min = 1583, max = 3000) int year) {
        Set<LocalDate> list = holidays.holidaysIn(year);
        LocalDate end = LocalDate.of(year + 1, Month.JANUARY, 1);
        for (LocalDate day = LocalDate.of(year, Month.JANUARY, 1); day.isBefore(end); day = day.plusDays(1)) {
            assertThat(holidays.isHoliday(day)).as(day.toString()).isEqualTo(list.contains(day));
        }
    }

    @Property
    @Label("4 May and 18 November on a weekend make the Monday after a day off")
    void weekendStateHolidaysGiveAMonday(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        for (LocalDate stateHoliday : List.of(LocalDate.of(year, Month.MAY, 4), LocalDate.of(year, Month.NOVEMBER, 18))) {
            LocalDate monday = stateHoliday.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            boolean onWeekend = stateHoliday.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
            assertThat(holidays.isHoliday(stateHoliday)).isTrue();
            assertThat(holidays.isHoliday(monday)).as(monday.toString()).isEqualTo(onWeekend);
        }
    }

    @Property
    @Label("The operator's days off are never working days; the Cabinet's working days always are")
    void operatorDaysWin(@ForAll("days") LocalDate dayOff, @ForAll("days") LocalDate workingDay) {
        Assume.that(!dayOff.equals(workingDay));
        LatvianPublicHolidays configured = new LatvianPublicHolidays(Set.of(dayOff), Set.of(workingDay));
        assertThat(configured.isWorkingDay(dayOff)).isFalse();
        assertThat(configured.isHoliday(dayOff)).isTrue();
        assertThat(configured.holidaysIn(dayOff.getYear())).contains(dayOff);
        assertThat(configured.isWorkingDay(workingDay)).isTrue();
    }

    @Property
    @Label("Monday to Friday is a working day exactly when it is no holiday; Saturday and Sunday never are")
    void weekdaysWorkUnlessHoliday(@ForAll("days") LocalDate day) {
        boolean weekend = day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
        assertThat(holidays.isWorkingDay(day)).isEqualTo(!weekend && !holidays.isHoliday(day));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2018, 1, 1), LocalDate.of(2100, 12, 31));
    }
}
