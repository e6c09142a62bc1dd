package lv.balticom.privacy.plugins.processors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EeaCountriesTest {

    @Test
    @DisplayName("POL-18: the EU/EEA is the 27 member states and Iceland, Liechtenstein and Norway")
    void theEeaIsTheEuAndThreeEftaStates() {
        assertThat(EeaCountries.EUROPEAN_UNION).hasSize(27).contains("LV", "LT", "EE", "DE", "GR", "HR", "IE");
        assertThat(EeaCountries.EEA_EFTA).containsExactlyInAnyOrder("IS", "LI", "NO");
        assertThat(EeaCountries.contains("LV")).isTrue();
        assertThat(EeaCountries.contains("no")).as("any case").isTrue();
        assertThat(EeaCountries.contains("LI")).isTrue();
    }

    @Test
    @DisplayName("POL-18: the United Kingdom, Switzerland and the United States are third countries")
    void othersAreThirdCountries() {
        assertThat(EeaCountries.contains("GB")).isFalse();
        assertThat(EeaCountries.contains("CH")).isFalse();
        assertThat(EeaCountries.contains("US")).isFalse();
        assertThat(EeaCountries.contains("UA")).isFalse();
        assertThat(EeaCountries.contains("EL")).as("the EU's abbreviation for Greece is not ISO 3166").isFalse();
        assertThat(EeaCountries.contains(null)).isFalse();
    }
}
