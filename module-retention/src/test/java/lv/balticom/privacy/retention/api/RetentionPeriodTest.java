package lv.balticom.privacy.retention.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import lv.balticom.privacy.core.api.Localized;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionPeriodTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    @Test
    @DisplayName("POL-22: call recordings are kept 6 months after recording; 31 August falls due on 28 February")
    void callRecordings() {
        RetentionPeriod sixMonths = RetentionPeriod.parse("P6M");

        assertThat(sixMonths.dueAfter(LocalDate.of(2025, 1, 15))).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(sixMonths.dueAfter(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(sixMonths.describe()).isEqualTo(new Localized("6 mēneši", "6 months"));
        assertThat(sixMonths.iso()).isEqualTo("P6M");
    }

    @Test
    @DisplayName("POL-22: a recording made just after midnight in Riga counts from the Riga day, across the clock change")
    void callRecordingsOnTheCompanysCalendar() {
        RetentionPeriod sixMonths = RetentionPeriod.parse("P6M");
        // 1 September 2025, 00:30 in Riga (summer time, UTC+3); still 31 August in UTC.
        Instant recorded = Instant.parse("2025-08-31T21:30:00Z");

        // 1 March 2026, 00:30 in Riga (winter time, UTC+2).
        assertThat(sixMonths.dueAfter(recorded, RIGA)).isEqualTo(Instant.parse("2026-02-28T22:30:00Z"));
        // Counted on the UTC calendar it would be due a day early.
        assertThat(sixMonths.dueAfter(recorded, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-02-28T21:30:00Z"));
    }

    @Test
    @DisplayName("POL-22: a due time that the spring clock change skips moves to the first moment after it")
    void dueTimeInTheSpringGap() {
        // 30 September 2024, 03:30 in Riga; 30 March 2025 has no 03:00..03:59 in Riga.
        Instant recorded = Instant.parse("2024-09-30T00:30:00Z");

        assertThat(RetentionPeriod.parse("P6M").dueAfter(recorded, RIGA)).isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
    }

    @Test
    @DisplayName("POL-23: prepaid clients' data is kept 2 years after service use ends")
    void prepaidClients() {
        RetentionPeriod twoYears = RetentionPeriod.parse("P2Y");

        assertThat(twoYears.dueAfter(LocalDate.of(2025, 10, 7))).isEqualTo(LocalDate.of(2027, 10, 7));
        assertThat(twoYears.dueAfter(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(twoYears.describe()).isEqualTo(new Localized("2 gadi", "2 years"));
    }

    @Test
    @DisplayName("POL-20.3: invoices are kept at least 5 years under the Accounting Law")
    void invoices() {
        RetentionPeriod fiveYears = RetentionPeriod.parse("P5Y");

        assertThat(fiveYears.dueAfter(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(fiveYears.describe()).isEqualTo(new Localized("5 gadi", "5 years"));
    }

    @Test
    @DisplayName("POL-21: audit records are kept at least 1 year, of high-security systems at least 18 months")
    void auditRecords() {
        RetentionPeriod oneYear = RetentionPeriod.parse("P1Y");
        RetentionPeriod eighteenMonths = RetentionPeriod.parse("P18M");

        assertThat(oneYear.dueAfter(LocalDate.of(2025, 10, 7))).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(oneYear.describe()).isEqualTo(new Localized("1 gads", "1 year"));
        assertThat(eighteenMonths.dueAfter(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(eighteenMonths.describe()).isEqualTo(new Localized("18 mēneši", "18 months"));
        assertThat(eighteenMonths.iso()).as("kept as the clause writes it").isEqualTo("P18M");
        assertThat(eighteenMonths).isNotEqualTo(RetentionPeriod.parse("P1Y6M"));
        assertThat(eighteenMonths.dueAfter(LocalDate.of(2025, 8, 31)))
                .isEqualTo(RetentionPeriod.parse("P1Y6M").dueAfter(LocalDate.of(2025, 8, 31)));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            P1D       | 1 diena                       | 1 day
            P1M       | 1 mēnesis                     | 1 month
            P2M       | 2 mēneši                      | 2 months
            P10Y      | 10 gadi                       | 10 years
            P11Y      | 11 gadi                       | 11 years
            P21Y      | 21 gads                       | 21 years
            P11D      | 11 dienas                     | 11 days
            P30D      | 30 dienas                     | 30 days
            P31D      | 31 diena                      | 31 days
            P101D     | 101 diena                     | 101 days
            P111D     | 111 dienas                    | 111 days
            P1Y6M     | 1 gads un 6 mēneši            | 1 year and 6 months
            P2Y1D     | 2 gadi un 1 diena             | 2 years and 1 day
            P1Y2M3D   | 1 gads, 2 mēneši un 3 dienas  | 1 year, 2 months and 3 days
            P2W       | 14 dienas                     | 14 days
            """)
    @DisplayName("describes periods with the Latvian singular only after numbers ending in 1 but not 11")
    void describe(String iso, String latvian, String english) {
        assertThat(RetentionPeriod.parse(iso).describe()).isEqualTo(new Localized(latvian, english));
    }

    @Test
    void toStringIsTheIsoText() {
        assertThat(RetentionPeriod.parse("P1Y6M")).hasToString("P1Y6M");
        assertThat(new RetentionPeriod(Period.ofDays(30))).hasToString("P30D");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "P", "6M", "P6", "6 months", "P6X", "P1.5Y", "P6M ", " P6M", "PT5H", "P1DT5H", "pt30m",
            "P0D", "P0Y0M0D", "-P6M", "P-6M", "P1Y-1M", "P101Y", "P1201M", "P36601D", "P99999999999Y"})
    @DisplayName("rejects text that is not a positive date period of at most 100 years, naming the expected form")
    void rejects(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPeriod.parse(text))
                .withMessageContaining("expected an ISO-8601 period of years, months or days such as P6M");
    }

    @Test
    void rejectsTimePartsWithTheReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPeriod.parse("PT5H"))
                .withMessageStartingWith("a retention period counts whole days");
    }

    @Test
    void rejectsNegativeAndZeroPeriodsBuiltInCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetentionPeriod(Period.ofMonths(-1)))
                .withMessageStartingWith("a retention period cannot be negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetentionPeriod(Period.ZERO))
                .withMessageStartingWith("a retention period cannot be zero");
        assertThatNullPointerException().isThrownBy(() -> new RetentionPeriod(null)).withMessage("period is null");
        assertThatNullPointerException().isThrownBy(() -> RetentionPeriod.parse(null)).withMessage("iso is null");
    }

    @Test
    void acceptsTheLongestPeriods() {
        assertThat(RetentionPeriod.parse("P100Y").dueAfter(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2125, 1, 1));
        assertThat(RetentionPeriod.parse("P1200M").iso()).isEqualTo("P1200M");
        assertThat(RetentionPeriod.parse("P36600D").iso()).isEqualTo("P36600D");
    }
}
