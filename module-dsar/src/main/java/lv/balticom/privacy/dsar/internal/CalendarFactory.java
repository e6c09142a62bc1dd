package lv.balticom.privacy.dsar.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The deadline calendar with the holidays of the law (operator-configured days are a later addition). */
@Factory
final class CalendarFactory {

    @Singleton
    DeadlineCalendar deadlineCalendar() {
        return new DeadlineCalendar(new LatvianPublicHolidays());
    }
}
