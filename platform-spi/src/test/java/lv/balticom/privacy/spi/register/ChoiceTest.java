package lv.balticom.privacy.spi.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lv.balticom.privacy.spi.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChoiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"PARTNER", "GROUP_COMPANY", "A", "X1", "STANDARD_CONTRACTUAL_CLAUSES"})
    void acceptsUpperCaseCodes(String code) {
        Choice choice = Choice.of(code, "Izvēle", "Choice");

        assertThat(choice.code()).isEqualTo(code);
        assertThat(choice.label()).isEqualTo(Text.of("Izvēle", "Choice"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"partner", "Partner", "1ST", "_PARTNER", "GROUP-COMPANY", "GROUP COMPANY", "ĪPAŠNIEKS"})
    void refusesOtherCodes(String code) {
        assertThatThrownBy(() -> Choice.of(code, "Izvēle", "Choice")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesALongCodeAndAMissingLabel() {
        assertThat(Choice.of("A" + "B".repeat(63), "Izvēle", "Choice").code()).hasSize(64);
        assertThatThrownBy(() -> Choice.of("A" + "B".repeat(64), "Izvēle", "Choice")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Choice("PARTNER", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Choice.of("PARTNER", "", "Partner")).isInstanceOf(IllegalArgumentException.class);
    }
}
