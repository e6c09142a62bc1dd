package lv.balticom.privacy.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import net.jqwik.time.api.Dates;

/** Latvian personal codes: both forms, their check digit, and that the value never leaks (POL-15, POL-9). */
class PersonalCodeTest {

    @Example
    void acceptsOlderFormCodesWithTheirBirthDate() {
        PersonalCode code = PersonalCode.parse("180565-05610");
        assertThat(code.isNewForm()).isFalse();
        assertThat(code.birthDate()).contains(LocalDate.of(1865, 5, 18));
        assertThat(PersonalCode.parse("290212-29381").birthDate()).contains(LocalDate.of(2012, 2, 29));
        assertThat(PersonalCode.parse("14076119428").digits()).isEqualTo("140761-19428");
    }

    @Example
    void acceptsNewFormCodes() {
        PersonalCode code = PersonalCode.parse("323691-93794");
        assertThat(code.isNewForm()).isTrue();
        assertThat(code.birthDate()).isEmpty();
        assertThat(PersonalCode.isValid(" 32141291101 ")).isTrue();
    }

    @Example
    void refusesWrongCheckDigitsImpossibleDatesAndShapes() {
        assertThat(PersonalCode.isValid("180565-05611")).as("check digit").isFalse();
        assertThat(PersonalCode.isValid("290213-29381")).as("29 Feb 2013 does not exist").isFalse();
        assertThat(PersonalCode.isValid("010190-32345")).as("century digit 3").isFalse();
        assertThat(PersonalCode.isValid("323691-93795")).as("new form, check digit").isFalse();
        assertThat(PersonalCode.isValid("32369-193794")).as("dash in the wrong place").isFalse();
        assertThat(PersonalCode.isValid("3236919379")).as("ten digits").isFalse();
        assertThat(PersonalCode.isValid("abcdef-ghijk")).isFalse();
        assertThat(PersonalCode.isValid("")).isFalse();
    }

    @Example
    void neverEchoesTheValueInErrorsOrText() {
        assertThatThrownBy(() -> PersonalCode.parse("180565-05611"))
                .isInstanceOf(PersonalCode.InvalidPersonalCodeException.class)
                .hasMessageNotContaining("180565")
                .hasMessageNotContaining("05611");
        PersonalCode code = PersonalCode.parse("180565-05610");
        assertThat(code.toString()).isEqualTo("******-***10").doesNotContain("180565");
        assertThat(code.masked()).isEqualTo(code.toString());
    }

    @Property
    void everyOlderFormCodeWithItsCheckDigitIsValid(@ForAll("olderFormWithoutCheck") String tenDigits) {
        int check = PersonalCode.checkDigit(tenDigits);
        Assume.that(check >= 0);
        PersonalCode code = PersonalCode.parse(tenDigits.substring(0, 6) + "-" + tenDigits.substring(6) + check);
        assertThat(code.birthDate()).isPresent();
    }

    @Property
    void everyOtherLastDigitIsRefused(@ForAll("olderFormWithoutCheck") String tenDigits,
                                      @ForAll("digit") int last) {
        Assume.that(last != PersonalCode.checkDigit(tenDigits));
        assertThat(PersonalCode.isValid(tenDigits + last)).isFalse();
    }

    @Property
    void newFormCodesRoundTripWithAndWithoutTheDash(@ForAll("newFormWithoutCheck") String tenDigits) {
        int check = PersonalCode.checkDigit(tenDigits);
        Assume.that(check >= 0);
        PersonalCode plain = PersonalCode.parse(tenDigits + check);
        assertThat(PersonalCode.parse(plain.digits())).isEqualTo(plain);
        assertThat(plain.masked()).endsWith(tenDigits.substring(9) + check);
    }

    @Provide
    Arbitrary<String> olderFormWithoutCheck() {
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2017, 6, 30));
        Arbitrary<String> serial = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(dates, serial).as((date, digits) -> String.format("%02d%02d%02d%d%s",
                date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100, (date.getYear() - 1800) / 100, digits));
    }

    @Provide
    Arbitrary<String> newFormWithoutCheck() {
        return Arbitraries.strings().numeric().ofLength(8).map(rest -> "32" + rest);
    }

    @Provide
    Arbitrary<Integer> digit() {
        return Arbitraries.integers().between(0, 9);
    }
}
