package lv.balticom.privacy.consent.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lv.balticom.privacy.core.api.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The dashboard chart's geometry and periods, without a server. */
@DisplayName("Issue 5 console: the consent chart's geometry and its periods")
class TimeChartTest {

    @Test
    @DisplayName("the value axis rounds up to 1, 2 or 5 times a power of ten")
    void niceCeilings() {
        assertThat(List.of(0L, 1L, 2L, 3L, 5L, 6L, 11L, 99L, 100L, 101L, 4_900L).stream().map(TimeChart::niceCeiling))
                .containsExactly(0L, 1L, 2L, 5L, 5L, 10L, 20L, 100L, 100L, 200L, 5_000L);
    }

    @Test
    @DisplayName("grants stand above the axis and withdrawals hang below it, in proportion, inside the plot; zeros draw no bar")
    void barsAboveAndBelowTheAxis() {
        LocalDate start = LocalDate.of(2026, 11, 1);
        TimeChart chart = TimeChart.of(List.of(point(start, 10, 0), point(start.plusDays(1), 5, 5), point(start.plusDays(2), 0, 0)));
        assertThat(chart.granted()).isEqualTo(15);
        assertThat(chart.withdrawn()).isEqualTo(5);
        assertThat(chart.bars()).hasSize(3);
        // up to 10 above, 5 below: 15 units over the plot's height
        double unit = (double) (TimeChart.BOTTOM - TimeChart.TOP) / 15;
        assertThat(chart.zeroY()).isCloseTo(TimeChart.TOP + 10 * unit, org.assertj.core.data.Offset.offset(0.1));
        TimeChart.Bar ten = chart.bars().get(0);
        assertThat(ten.granted()).isTrue();
        assertThat(ten.y()).isCloseTo(TimeChart.TOP, org.assertj.core.data.Offset.offset(0.1));
        assertThat(ten.y() + ten.height()).isCloseTo(chart.zeroY(), org.assertj.core.data.Offset.offset(0.1));
        TimeChart.Bar down = chart.bars().get(2);
        assertThat(down.granted()).isFalse();
        assertThat(down.y()).isEqualTo(chart.zeroY());
        assertThat(down.y() + down.height()).isCloseTo(TimeChart.BOTTOM, org.assertj.core.data.Offset.offset(0.1));
        assertThat(chart.bars()).allMatch(bar -> bar.x() >= TimeChart.LEFT && bar.x() + bar.width() <= TimeChart.RIGHT);
        assertThat(chart.yTicks()).extracting(TimeChart.Tick::text).containsExactlyInAnyOrder("0", "5", "10", "5");
    }

    @Test
    @DisplayName("an empty chart says so and keeps its axis; a single event still shows as a bar")
    void emptyAndTiny() {
        LocalDate start = LocalDate.of(2026, 11, 1);
        assertThat(TimeChart.of(List.of(point(start, 0, 0))).empty()).isTrue();
        TimeChart one = TimeChart.of(List.of(point(start, 1000, 0), point(start.plusDays(1), 1, 0)));
        assertThat(one.bars().get(1).height()).isGreaterThanOrEqualTo(1.5);
    }

    @Test
    @DisplayName("30 days get 10 labels, the last day always among them")
    void labelsOnTheTimeAxis() {
        List<TimeChart.Point> points = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 10, 31);
        for (int i = 0; i < 30; i++) {
            points.add(point(start.plusDays(i), i, 0));
        }
        TimeChart chart = TimeChart.of(points);
        assertThat(chart.xTicks()).hasSize(10);
        assertThat(chart.xTicks().get(chart.xTicks().size() - 1).text()).isEqualTo(points.get(29).label());
    }

    @Test
    @DisplayName("the periods: 30 days to today, 12 weeks from Mondays, 12 months from the first; labels in Latvian and English")
    void periods() {
        LocalDate today = LocalDate.of(2026, 11, 29); // a Sunday
        assertThat(ChartPeriod.DAYS_30.starts(today)).hasSize(30).startsWith(LocalDate.of(2026, 10, 31)).endsWith(today);
        assertThat(ChartPeriod.WEEKS_12.starts(today)).hasSize(12).startsWith(LocalDate.of(2026, 9, 7)).endsWith(LocalDate.of(2026, 11, 23));
        assertThat(ChartPeriod.MONTHS_12.starts(today)).hasSize(12).startsWith(LocalDate.of(2025, 12, 1)).endsWith(LocalDate.of(2026, 11, 1));
        assertThat(ChartPeriod.DAYS_30.label(today, Locale.forLanguageTag("lv"))).isEqualTo("29. nov.");
        assertThat(ChartPeriod.DAYS_30.label(today, Locale.ENGLISH)).isEqualTo("29 Nov");
        assertThat(ChartPeriod.MONTHS_12.label(LocalDate.of(2026, 11, 1), Locale.ENGLISH)).isEqualTo("Nov 2026");
        assertThat(ChartPeriod.of(null)).isEqualTo(ChartPeriod.DAYS_30);
        assertThat(ChartPeriod.of("12m")).isEqualTo(ChartPeriod.MONTHS_12);
        assertThatThrownBy(() -> ChartPeriod.of("1y")).isInstanceOf(ProblemException.class);
    }

    @Test
    @DisplayName("the filter shortens a long purpose name at a word, with an ellipsis; a short one stays")
    void shortPurposeNames() {
        assertThat(ConsentDashboard.shorten("Klientu aptauju veikšanai")).isEqualTo("Klientu aptauju veikšanai");
        String cut = ConsentDashboard.shorten("Citos specifiskos nolūkos, par kuriem Klients tiek informēts brīdī, kad viņš sniedz datus");
        assertThat(cut).hasSizeLessThanOrEqualTo(ConsentDashboard.SHORT).endsWith("…").startsWith("Citos specifiskos nolūkos, par kuriem");
        assertThat(cut.charAt(cut.length() - 2)).isNotEqualTo(' ');
    }

    private static TimeChart.Point point(LocalDate start, long granted, long withdrawn) {
        return new TimeChart.Point(start, ChartPeriod.DAYS_30.label(start, Locale.ENGLISH), granted, withdrawn);
    }
}
