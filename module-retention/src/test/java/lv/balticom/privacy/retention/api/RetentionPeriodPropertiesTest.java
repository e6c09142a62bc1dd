package lv.balticom.privacy.retention.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.DateTimes;
import net.jqwik.time.api.Dates;

/** Properties of the date arithmetic behind every retention rule (POL-20..23). */
class RetentionPeriodPropertiesTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    @Property
    @Label("POL-20..23: a record never falls due on or before its trigger day")
    void dueDayIsAfterTheTrigger(@ForAll("periods") RetentionPeriod period, @ForAll("days") LocalDate trigger) {
        assertThat(period.dueAfter(trigger)).isAfter(trigger);
    }

    @Property
    @Label("POL-20..23: a record never falls due at or before its trigger moment, in any zone")
    void dueMomentIsAfterTheTrigger(@ForAll("periods") RetentionPeriod period, @ForAll("moments") Instant trigger,
                                    @ForAll("zones") ZoneId zone) {
        assertThat(period.dueAfter(trigger, zone)).isAfter(trigger);
    }

    @Property
    @Label("POL-20..23: in Riga the due moment falls on the due day of the trigger's Riga day")
    void dueMomentFallsOnTheDueDay(@ForAll("periods") RetentionPeriod period, @ForAll("moments") Instant trigger) {
        LocalDate triggerDay = trigger.atZone(RIGA).toLocalDate();

        assertThat(period.dueAfter(trigger, RIGA).atZone(RIGA).toLocalDate()).isEqualTo(period.dueAfter(triggerDay));
    }

    @Property
    @Label("parse(iso()) gives the same period back")
    void parseReadsWhatIsoWrites(@ForAll("periods") RetentionPeriod period) {
        assertThat(RetentionPeriod.parse(period.iso())).isEqualTo(period);
    }

    @Property
    @Label("POL-20..23: whole months land in the right month, clamped to its last day, never spilling into the next")
    void monthEndsAreClampedWithinTheMonth(@ForAll("wholeMonths") RetentionPeriod period, @ForAll("days") LocalDate trigger) {
        LocalDate due = period.dueAfter(trigger);
        YearMonth dueMonth = YearMonth.from(trigger).plusMonths(period.period().toTotalMonths());

        assertThat(YearMonth.from(due)).isEqualTo(dueMonth);
        assertThat(due.getDayOfMonth()).isEqualTo(Math.min(trigger.getDayOfMonth(), dueMonth.lengthOfMonth()));
    }

    @Provide
    Arbitrary<RetentionPeriod> periods() {
        Arbitrary<RetentionPeriod> anyMix = Combinators.combine(
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, 600),
                        Arbitraries.integers().between(0, 36_600))
                .as(Period::of)
                .filter(period -> !period.isZero())
                .map(RetentionPeriod::new);
        return Arbitraries.oneOf(anyMix, wholeMonths(), policyPeriods());
    }

    @Provide
    Arbitrary<RetentionPeriod> wholeMonths() {
        return Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 600))
                .as((years, months) -> Period.of(years, months, 0))
                .filter(period -> !period.isZero())
                .map(RetentionPeriod::new);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 12, 31));
    }

    @Provide
    Arbitrary<Instant> moments() {
        return DateTimes.instants().between(Instant.parse("1990-01-01T00:00:00Z"), Instant.parse("2100-12-31T23:59:59Z"));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/Riga", "UTC", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia")
                .map(ZoneId::of);
    }

    private static Arbitrary<RetentionPeriod> policyPeriods() {
        return Arbitraries.of("P6M", "P2Y", "P5Y", "P1Y", "P18M").map(RetentionPeriod::parse);
    }
}
