package lv.balticom.privacy.cookies.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CookieLifetimeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Google Analytics           | P180D
            Adform                     | P60D
            Criteo                     | P1Y
            Google Marketing Platform  | P13M
            Google Ads                 | P395D
            Facebook                   | P3M
            """)
    @DisplayName("COOKIE-IV: the policy's lifetimes are read and written back as the providers state them")
    void policyLifetimes(String provider, String text) {
        CookieLifetime lifetime = CookieLifetime.parse(text);

        assertThat(lifetime.isSession()).isFalse();
        assertThat(lifetime.format()).isEqualTo(text);
        assertThat(lifetime).hasToString(text);
        assertThat(CookieLifetime.parse(lifetime.format())).isEqualTo(lifetime);
    }

    @Test
    @DisplayName("COOKIE-IV: 13 months and 395 days stay as written, not turned into each other or into years")
    void periodsKeepTheirForm() {
        assertThat(CookieLifetime.parse("P13M").period()).isEqualTo(Period.ofMonths(13));
        assertThat(CookieLifetime.parse("P395D").period()).isEqualTo(Period.ofDays(395));
        assertThat(CookieLifetime.parse("P13M")).isNotEqualTo(CookieLifetime.parse("P1Y1M"));
    }

    @Test
    void sessionCookies() {
        assertThat(CookieLifetime.parse("session")).isSameAs(CookieLifetime.SESSION);
        assertThat(CookieLifetime.SESSION.isSession()).isTrue();
        assertThat(CookieLifetime.SESSION.format()).isEqualTo("session");
        assertThat(CookieLifetime.SESSION).hasToString("session");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "Session", "SESSION", " session", "P", "180", "180 days", "P180", "PT1H", "P1DT1H",
            "P0D", "-P1Y", "P-3M", "P1Y-1D"})
    @DisplayName("rejects anything but \"session\" or a positive date period, naming the expected form")
    void rejects(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CookieLifetime.parse(text))
                .withMessageContaining("expected \"session\" or an ISO-8601 period");
    }

    @Test
    void rejectsNegativePeriodsAndNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CookieLifetime(Period.ofDays(-1)));
        assertThatNullPointerException().isThrownBy(() -> new CookieLifetime(null)).withMessage("period is null");
        assertThatNullPointerException().isThrownBy(() -> CookieLifetime.parse(null)).withMessage("text is null");
    }
}
