package lv.balticom.privacy.dsar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Latvian holidays that move a GDPR Art. 12(3) deadline (POL-29), checked against known dates. */
@DisplayName("POL-29: Latvian public holidays")
class LatvianPublicHolidaysTest {

    private final LatvianPublicHolidays holidays = new LatvianPublicHolidays();

    @Test
    @DisplayName("Easter Sunday by the anonymous Gregorian algorithm, including the earliest and latest dates")
    void computesWesternEaster() {
        assertThat(LatvianPublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(LatvianPublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(LatvianPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(LatvianPublicHolidays.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
        assertThat(LatvianPublicHolidays.easterSunday(2285)).as("earliest possible").isEqualTo(LocalDate.of(2285, 3, 22));
        assertThat(LatvianPublicHolidays.easterSunday(2038)).as("latest possible").isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    @DisplayName("Good Friday, Easter Sunday and Easter Monday are holidays; Holy Saturday is only a Saturday")
    void easterHolidays() {
        assertThat(holidays.isHoliday(LocalDate.of(2025, 4, 18))).as("Good Friday 2025").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 4, 20))).as("Easter Sunday 2025").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 4, 21))).as("Easter Monday 2025").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 4, 19))).as("Holy Saturday 2025").isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 4, 19))).isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 4, 22))).as("Tuesday after Easter").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday 2026").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 6))).as("Easter Monday 2026").isTrue();
    }

    @Test
    @DisplayName("Every holiday of 2025: 4 May is a Sunday, so Monday 5 May is a day off too")
    void allOf2025() {
        assertThat(holidays.holidaysIn(2025)).containsExactlyInAnyOrder(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 4, 18),
                LocalDate.of(2025, 4, 20),
                LocalDate.of(2025, 4, 21),
                LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 4),
                LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 6, 23),
                LocalDate.of(2025, 6, 24),
                LocalDate.of(2025, 11, 18),
                LocalDate.of(2025, 12, 24),
                LocalDate.of(2025, 12, 25),
                LocalDate.of(2025, 12, 26),
                LocalDate.of(2025, 12, 31));
    }

    @Test
    @DisplayName("Every holiday of 2026: 4 May and 18 November are weekdays, so no day is added")
    void allOf2026() {
        assertThat(holidays.holidaysIn(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 5),
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 6, 23),
                LocalDate.of(2026, 6, 24),
                LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26),
                LocalDate.of(2026, 12, 31));
    }

    @Test
    @DisplayName("4 May or 18 November on a Saturday or Sunday makes the Monday after a day off")
    void weekendStateHolidaysMoveToMonday() {
        assertThat(holidays.isHoliday(LocalDate.of(2024, 5, 6))).as("4 May 2024 was a Saturday").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2024, 5, 5))).as("the Sunday between").isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2023, 11, 20))).as("18 Nov 2023 was a Saturday").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2029, 11, 19))).as("18 Nov 2029 is a Sunday").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 11, 17))).as("18 Nov 2025 is a Tuesday").isFalse();
    }

    @Test
    @DisplayName("Mother's Day and Whitsunday are Sundays: no working day changes, so they are not listed")
    void sundayHolidaysAreLeftOut() {
        LocalDate mothersDay2025 = LocalDate.of(2025, 5, 11);
        LocalDate whitsunday2025 = LocalDate.of(2025, 6, 8);
        assertThat(holidays.holidaysIn(2025)).doesNotContain(mothersDay2025, whitsunday2025);
        assertThat(holidays.isWorkingDay(mothersDay2025)).isFalse();
        assertThat(holidays.isWorkingDay(whitsunday2025)).isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 6, 9))).as("Whit Monday is a working day").isTrue();
    }

    @Test
    @DisplayName("The Song and Dance Festival's closing days and the one-off holidays the Saeima declared")
    void festivalAndOneOffHolidays() {
        assertThat(holidays.isHoliday(LocalDate.of(2023, 7, 9))).as("closing day 2023, a Sunday").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2023, 7, 10))).as("the Monday after").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2018, 7, 9))).as("the Monday after closing day 2018").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2018, 9, 24))).as("Pope Francis' visit").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2023, 5, 29))).as("ice hockey bronze").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2024, 7, 8))).as("no festival in 2024").isFalse();
    }

    @Test
    @DisplayName("Working days moved by Cabinet order: the day off and the working Saturday come from the operator")
    void cabinetMovesWorkingDays() {
        // Cabinet order No 211 of 2018 moved Monday 30 April 2018 to Saturday 21 April 2018.
        LocalDate movedAway = LocalDate.of(2018, 4, 30);
        LocalDate workingSaturday = LocalDate.of(2018, 4, 21);
        LatvianPublicHolidays withOrder = new LatvianPublicHolidays(Set.of(movedAway), Set.of(workingSaturday));

        assertThat(holidays.isWorkingDay(movedAway)).isTrue();
        assertThat(holidays.isWorkingDay(workingSaturday)).isFalse();
        assertThat(withOrder.isWorkingDay(movedAway)).isFalse();
        assertThat(withOrder.isHoliday(movedAway)).isTrue();
        assertThat(withOrder.isWorkingDay(workingSaturday)).isTrue();
        assertThat(withOrder.holidaysIn(2018)).contains(movedAway).doesNotContain(workingSaturday);
        assertThat(withOrder.holidaysIn(2019)).doesNotContain(movedAway);
    }

    @Test
    @DisplayName("Ordinary weekdays are working days, Saturdays and Sundays are not")
    void weekdaysAndWeekends() {
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 2, 28))).as("a Friday").isTrue();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 3, 1))).as("a Saturday").isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 3, 2))).as("a Sunday").isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 3, 3))).as("a Monday").isTrue();
    }

    @Test
    @DisplayName("Refuses a day that is both a day off and a working day, nulls and years before the Gregorian calendar")
    void refusesBadInput() {
        LocalDate day = LocalDate.of(2026, 5, 2);
        assertThatThrownBy(() -> new LatvianPublicHolidays(Set.of(day), Set.of(day)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-05-02");
        assertThatThrownBy(() -> new LatvianPublicHolidays(null, Set.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("extraDaysOff is null");
        assertThatThrownBy(() -> holidays.isHoliday(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date is null");
        assertThatThrownBy(() -> LatvianPublicHolidays.easterSunday(1582))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> holidays.holidaysIn(1500))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
