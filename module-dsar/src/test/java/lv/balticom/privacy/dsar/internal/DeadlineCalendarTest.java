package lv.balticom.privacy.dsar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The GDPR Art. 12(3) deadline that POL-29 tracks for every request, on known Latvian dates. */
@DisplayName("POL-29, GDPR Art. 12(3): the deadline of a data subject request")
class DeadlineCalendarTest {

    private final DeadlineCalendar calendar = new DeadlineCalendar(new LatvianPublicHolidays());

    @Test
    @DisplayName("POL-29: one month after receipt is the same day number in the next month")
    void sameDayNextMonth() {
        assertThat(calendar.dueDate(LocalDate.of(2025, 3, 14))).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(calendar.dueDate(LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    @DisplayName("POL-29: a month without that day ends on its last day (31 Jan 2025 -> Friday 28 Feb 2025)")
    void shortMonthEndsOnItsLastDay() {
        LocalDate due = calendar.dueDate(LocalDate.of(2025, 1, 31));
        assertThat(due).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(calendar.dueDate(LocalDate.of(2024, 1, 31))).as("leap year").isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(calendar.dueDate(LocalDate.of(2025, 3, 31))).isEqualTo(LocalDate.of(2025, 4, 30));
    }

    @Test
    @DisplayName("POL-29: a Saturday or Sunday moves the deadline to Monday")
    void weekendMovesToMonday() {
        assertThat(calendar.dueDate(LocalDate.of(2025, 5, 14))).as("14 Jun 2025 is a Saturday").isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(calendar.dueDate(LocalDate.of(2025, 5, 15))).as("15 Jun 2025 is a Sunday").isEqualTo(LocalDate.of(2025, 6, 16));
    }

    @Test
    @DisplayName("POL-29: 24 Dec 2025 is a Wednesday; 24, 25, 26 Dec and the weekend pass, due Monday 29 Dec")
    void christmasAndTheWeekend() {
        assertThat(calendar.dueDate(LocalDate.of(2025, 11, 24))).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(calendar.dueDate(LocalDate.of(2026, 11, 24))).as("24 Dec 2026 is a Thursday").isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    @DisplayName("POL-29: Easter and the state holidays move the deadline")
    void easterAndStateHolidays() {
        assertThat(calendar.dueDate(LocalDate.of(2025, 3, 18))).as("Good Friday 18 Apr 2025 to Tuesday").isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(calendar.dueDate(LocalDate.of(2025, 4, 4))).as("4 May 2025 a Sunday, 5 May a day off").isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(calendar.dueDate(LocalDate.of(2023, 10, 18))).as("18 Nov 2023 a Saturday, 20 Nov a day off").isEqualTo(LocalDate.of(2023, 11, 21));
        assertThat(calendar.dueDate(LocalDate.of(2025, 5, 23))).as("Līgo and Jāņi").isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(calendar.dueDate(LocalDate.of(2025, 12, 1))).as("New Year's Day 2026").isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(calendar.dueDate(LocalDate.of(2023, 6, 10))).as("after the 2023 festival").isEqualTo(LocalDate.of(2023, 7, 11));
    }

    @Test
    @DisplayName("POL-29: a Saturday the Cabinet made a working day keeps the deadline; a day it moved away passes")
    void cabinetMovedDays() {
        // Cabinet order No 211 of 2018: Monday 30 April 2018 worked on Saturday 21 April 2018 instead.
        DeadlineCalendar withOrder = new DeadlineCalendar(new LatvianPublicHolidays(
                Set.of(LocalDate.of(2018, 4, 30)), Set.of(LocalDate.of(2018, 4, 21))));

        assertThat(calendar.dueDate(LocalDate.of(2018, 3, 21))).isEqualTo(LocalDate.of(2018, 4, 23));
        assertThat(withOrder.dueDate(LocalDate.of(2018, 3, 21))).isEqualTo(LocalDate.of(2018, 4, 21));
        assertThat(calendar.dueDate(LocalDate.of(2018, 3, 30))).isEqualTo(LocalDate.of(2018, 4, 30));
        assertThat(withOrder.dueDate(LocalDate.of(2018, 3, 30))).as("30 Apr moved away, 1 May a holiday").isEqualTo(LocalDate.of(2018, 5, 2));
    }

    @Test
    @DisplayName("GDPR Art. 12(3): the extension counts further months from the unmoved end of the first month")
    void extensionByOneOrTwoMonths() {
        LocalDate receivedOn = LocalDate.of(2025, 1, 31);
        assertThat(calendar.extendedDueDate(receivedOn, 1)).isEqualTo(LocalDate.of(2025, 3, 28));
        assertThat(calendar.extendedDueDate(receivedOn, 2)).as("28 Feb plus two months, a Monday").isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(calendar.extendedDueDate(LocalDate.of(2025, 2, 18), 2)).as("18 May 2025 is a Sunday").isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(calendar.extendedDueDate(LocalDate.of(2025, 9, 24), 2)).as("24 Dec 2025").isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    @DisplayName("GDPR Art. 12(3): an extension is by one or two months, nothing else")
    void extensionRefusesOtherLengths() {
        LocalDate receivedOn = LocalDate.of(2025, 1, 31);
        for (int extraMonths : new int[] {0, 3, -1, 12}) {
            assertThatThrownBy(() -> calendar.extendedDueDate(receivedOn, extraMonths))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("extraMonths must be 1 or 2, was " + extraMonths);
        }
    }

    @Test
    @DisplayName("POL-29: paused days are added to the unmoved month end, then the day moves to a working day")
    void pausedClock() {
        assertThat(calendar.dueDate(LocalDate.of(2025, 1, 31), 0)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(calendar.dueDate(LocalDate.of(2025, 1, 31), 10)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.dueDate(LocalDate.of(2025, 3, 10), 8)).as("10 Apr + 8 = Good Friday").isEqualTo(LocalDate.of(2025, 4, 22));
        // 14 Jun 2025 is a Saturday; a two-day pause ends on Monday 16 Jun, not on Wednesday 18 Jun.
        assertThat(calendar.dueDate(LocalDate.of(2025, 5, 14), 2)).isEqualTo(LocalDate.of(2025, 6, 16));
    }

    @Test
    @DisplayName("Refuses a negative pause and a missing date")
    void refusesBadInput() {
        assertThatThrownBy(() -> calendar.dueDate(LocalDate.of(2025, 1, 31), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pausedDays must be zero or more, was -1");
        assertThatThrownBy(() -> calendar.dueDate(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("receivedOn is null");
        assertThatThrownBy(() -> new DeadlineCalendar(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("holidays is null");
    }
}
