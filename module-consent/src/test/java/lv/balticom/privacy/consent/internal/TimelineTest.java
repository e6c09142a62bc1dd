package lv.balticom.privacy.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    @DisplayName("POL-36: events land in the order they occurred, whatever the order they arrive in; 'at' finds the one in force")
    void ordersByOccurrence() {
        Timeline timeline = Timeline.EMPTY.with(300, 3, false).with(100, 1, true).with(200, 2, true);
        assertThat(timeline.size()).isEqualTo(3);
        assertThat(timeline.latestAtOrBefore(99)).isEqualTo(-1);
        assertThat(timeline.latestAtOrBefore(100)).isZero();
        assertThat(timeline.granted(timeline.latestAtOrBefore(250))).isTrue();
        assertThat(timeline.runStart(timeline.latestAtOrBefore(250))).as("since the first grant of the run").isEqualTo(100);
        assertThat(timeline.granted(timeline.latestAtOrBefore(300))).isFalse();
        assertThat(timeline.runStart(2)).isEqualTo(300);
    }

    @Test
    @DisplayName("Events at the same instant are ordered as recorded; the same event applied twice is kept once")
    void tiesAndDuplicates() {
        Timeline timeline = Timeline.EMPTY.with(100, 2, false).with(100, 1, true);
        assertThat(timeline.granted(timeline.latestAtOrBefore(100))).as("recorded last wins").isFalse();
        assertThat(timeline.with(100, 2, false)).isSameAs(timeline);
        assertThat(timeline.with(100, 1, true)).isSameAs(timeline);
    }

    @Test
    void subjectsKeepSlotsAndPurchasesApart() {
        SubjectConsents consents = SubjectConsents.EMPTY.withConsent(12, 100, 1, true).withConsent(3, 50, 2, false)
                .withPurchase("TV", 10, 1).withPurchase("INTERNET", 20, 2).withPurchase("TV", 30, 3);
        assertThat(consents.consent(12).granted(0)).isTrue();
        assertThat(consents.consent(3).granted(0)).isFalse();
        assertThat(consents.consent(4)).isNull();
        assertThat(consents.purchases("TV").size()).isEqualTo(2);
        assertThat(consents.purchases("MOBILE")).isNull();
        assertThat(consents.events()).isEqualTo(2);
    }
}
