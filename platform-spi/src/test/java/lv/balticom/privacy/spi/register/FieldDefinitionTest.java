package lv.balticom.privacy.spi.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldDefinitionTest {

    private static final Text LABEL = Text.of("Nosaukums", "Name");

    @ParameterizedTest
    @ValueSource(strings = {"name", "registrationNumber", "x", "contractFrom2", "a234567890123456789012345678901234567890"})
    void acceptsFieldIds(String id) {
        assertThat(FieldDefinition.text(id, LABEL).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Name", "1name", "registration_number", "registration-number", "first name", "vārds",
            "a2345678901234567890123456789012345678901"})
    void refusesBadFieldIds(String id) {
        assertThatThrownBy(() -> FieldDefinition.text(id, LABEL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factoriesGiveTheTypeAndSensibleDefaults() {
        FieldDefinition text = FieldDefinition.text("name", LABEL);
        assertThat(text.type()).isEqualTo(FieldType.TEXT);
        assertThat(text.maxLength()).isEqualTo(200);
        assertThat(text.isRequired()).isFalse();
        assertThat(text.isMultiple()).isFalse();
        assertThat(text.pattern()).isEmpty();
        assertThat(text.help()).isEmpty();

        assertThat(FieldDefinition.longText("notes", LABEL).maxLength()).isEqualTo(FieldDefinition.LONGEST_TEXT);
        assertThat(FieldDefinition.integer("count", LABEL).type()).isEqualTo(FieldType.INTEGER);
        assertThat(FieldDefinition.decimal("amount", LABEL).type()).isEqualTo(FieldType.DECIMAL);
        assertThat(FieldDefinition.bool("restricted", LABEL).type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(FieldDefinition.date("from", LABEL).type()).isEqualTo(FieldType.DATE);
        assertThat(FieldDefinition.email("email", LABEL).type()).isEqualTo(FieldType.EMAIL);
        assertThat(FieldDefinition.country("country", LABEL).type()).isEqualTo(FieldType.COUNTRY);
        assertThat(FieldDefinition.subject("subject", LABEL).type()).isEqualTo(FieldType.SUBJECT);
        assertThat(FieldDefinition.catalog("categories", LABEL, CatalogLookup.Kind.DATA_CATEGORY).catalogKind())
                .contains(CatalogLookup.Kind.DATA_CATEGORY);
        assertThat(FieldDefinition.reference("processor", LABEL, "processors").referencedRegister()).contains("processors");
    }

    @Test
    void theWithMethodsReturnANewDefinitionAndKeepTheRest() {
        FieldDefinition plain = FieldDefinition.text("registrationNumber", LABEL);
        FieldDefinition refined = plain.required().maxLength(20).pattern("[0-9A-Z-]+").help(Text.of("Palīdzība", "Help"));

        assertThat(plain.isRequired()).isFalse();
        assertThat(refined.isRequired()).isTrue();
        assertThat(refined.maxLength()).isEqualTo(20);
        assertThat(refined.pattern()).contains("[0-9A-Z-]+");
        assertThat(refined.help()).contains(Text.of("Palīdzība", "Help"));
        assertThat(refined.id()).isEqualTo("registrationNumber");
        assertThat(refined.label()).isEqualTo(LABEL);

        FieldDefinition ranged = FieldDefinition.integer("count", LABEL).range(BigDecimal.ONE, null);
        assertThat(ranged.min()).contains(BigDecimal.ONE);
        assertThat(ranged.max()).isEmpty();
    }

    @Test
    void aChoiceFieldNeedsChoices() {
        assertThatThrownBy(() -> FieldDefinition.choice("relationship", LABEL, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("choices");
        FieldDefinition choice = FieldDefinition.choice("relationship", LABEL, List.of(Choice.of("PARTNER", "Partneris", "Partner")));
        assertThat(choice.choices()).extracting(Choice::code).containsExactly("PARTNER");
    }

    @Test
    void catalogueAndReferenceFieldsNeedTheirTarget() {
        assertThatThrownBy(() -> new FieldDefinition("categories", LABEL, Optional.empty(), FieldType.CATALOG, false, false, 64,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new FieldDefinition("processor", LABEL, Optional.empty(), FieldType.REFERENCE, false, false, 36,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("register");
    }

    @Test
    void onlyChoiceCatalogueAndCountryFieldsHoldSeveralValues() {
        assertThat(FieldDefinition.catalog("categories", LABEL, CatalogLookup.Kind.DATA_CATEGORY).multiple().isMultiple()).isTrue();
        assertThat(FieldDefinition.country("countries", LABEL).multiple().isMultiple()).isTrue();
        assertThat(FieldDefinition.choice("kinds", LABEL, List.of(Choice.of("A", "A", "A"))).multiple().isMultiple()).isTrue();
        assertThatThrownBy(() -> FieldDefinition.text("names", LABEL).multiple()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldDefinition.date("dates", LABEL).multiple()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldDefinition.reference("processors", LABEL, "processors").multiple())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABadLengthOrPattern() {
        assertThatThrownBy(() -> FieldDefinition.text("name", LABEL).maxLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldDefinition.text("name", LABEL).maxLength(FieldDefinition.LONGEST_TEXT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FieldDefinition.text("name", LABEL).maxLength(FieldDefinition.LONGEST_TEXT).maxLength()).isEqualTo(4000);
        assertThatThrownBy(() -> FieldDefinition.text("cadastralNumber", LABEL).pattern("[0-9{11}"))
                .as("a wrong expression fails when the register is defined").isInstanceOf(PatternSyntaxException.class);
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> FieldDefinition.text("name", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldDefinition("name", LABEL, Optional.empty(), null, false, false, 10, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty())).isInstanceOf(NullPointerException.class);
    }
}
