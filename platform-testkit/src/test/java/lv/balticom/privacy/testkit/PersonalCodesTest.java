package lv.balticom.privacy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import lv.balticom.privacy.core.api.PersonalCode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The generated personal codes are valid, of the form asked for, and carry the birth date given. */
class PersonalCodesTest {

    @Property(tries = 500)
    void olderFormCodesAreValidAndCarryTheBirthDate(@ForAll @IntRange(min = 0, max = 200 * 365) int daysAfter1850) {
        LocalDate born = LocalDate.of(1850, 1, 1).plusDays(daysAfter1850);
        PersonalCode code = PersonalCode.parse(PersonalCodes.bornOn(born));
        assertThat(code.isNewForm()).isFalse();
        assertThat(code.birthDate()).contains(born);
    }

    @Property(tries = 500)
    void newFormCodesAreValid() {
        String text = PersonalCodes.newForm();
        assertThat(text).startsWith("32").hasSize(12);
        assertThat(PersonalCode.parse(text).isNewForm()).isTrue();
    }

    @Property(tries = 100)
    void randomOlderFormCodesAreValid() {
        assertThat(PersonalCode.isValid(PersonalCodes.olderForm())).isTrue();
    }

    @Property(tries = 100)
    void testIdentifiersAreValidForTheirKind() {
        assertThat(TestIdentifiers.customerNumber()).matches("T-[0-9a-f]{12}");
        assertThat(TestIdentifiers.email()).matches("t-[0-9a-f-]{13}@example\\.lv");
        assertThat(TestIdentifiers.phone()).matches("\\+3712[0-9]{7}");
    }
}
