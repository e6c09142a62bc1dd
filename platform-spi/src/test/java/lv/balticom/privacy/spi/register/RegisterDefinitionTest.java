package lv.balticom.privacy.spi.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterDefinitionTest {

    private static final Text NAME = Text.of("Apstrādātāji", "Processors");

    private static RegisterDefinition.Builder processors() {
        return RegisterDefinition.builder("processors", NAME)
                .field(FieldDefinition.text("name", Text.of("Nosaukums", "Name")).required())
                .field(FieldDefinition.country("country", Text.of("Valsts", "Country")).required());
    }

    @Test
    void buildsWithTheFirstTextFieldAsTitleAndTheNameAsDescription() {
        RegisterDefinition register = processors().build();

        assertThat(register.id()).isEqualTo("processors");
        assertThat(register.titleField()).isEqualTo("name");
        assertThat(register.description()).isEqualTo(NAME);
        assertThat(register.subjectField()).isEmpty();
        assertThat(register.validator()).isSameAs(RecordValidator.NONE);
        assertThat(register.validator().validate(Map.of(), null)).isEmpty();
        assertThat(register.field("country")).map(FieldDefinition::type).contains(FieldType.COUNTRY);
        assertThat(register.field("nothing")).isEmpty();
    }

    @Test
    void keepsWhatTheBuilderWasTold() {
        RecordValidator validator = (values, records) -> List.of(FieldProblem.of("name", "Slikti", "Bad"));
        RegisterDefinition register = RegisterDefinition.builder("owners", Text.of("Īpašnieki", "Owners"))
                .description(Text.of("Apraksts", "Description"))
                .field(FieldDefinition.text("registrationNumber", Text.of("Numurs", "Number")))
                .field(FieldDefinition.text("name", Text.of("Vārds", "Name")).required())
                .field(FieldDefinition.subject("subject", Text.of("Datu subjekts", "Data subject")))
                .titleField("name")
                .subjectField("subject")
                .validator(validator)
                .build();

        assertThat(register.description().en()).isEqualTo("Description");
        assertThat(register.titleField()).isEqualTo("name");
        assertThat(register.subjectField()).contains("subject");
        assertThat(register.validator()).isSameAs(validator);
        assertThat(register.fields()).extracting(FieldDefinition::id).containsExactly("registrationNumber", "name", "subject");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"p", "Processors", "1processors", "-processors", "network_elements", "network elements", "īpašnieki",
            "a2345678901234567890123456789012345678901"})
    void refusesBadIds(String id) {
        assertThatThrownBy(() -> RegisterDefinition.builder(id, NAME).field(FieldDefinition.text("name", NAME).required()).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pr", "network-elements", "owners2", "a234567890123456789012345678901234567890"})
    void acceptsIds(String id) {
        assertThat(RegisterDefinition.builder(id, NAME).field(FieldDefinition.text("name", NAME).required()).build().id()).isEqualTo(id);
    }

    @Test
    void needsAtLeastOneField() {
        assertThatThrownBy(() -> RegisterDefinition.builder("processors", NAME).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoFieldsWithOneId() {
        assertThatThrownBy(() -> processors().field(FieldDefinition.country("name", NAME)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two fields are called name");
    }

    @Test
    void theTitleFieldIsARequiredTextFieldOfTheRegister() {
        assertThatThrownBy(() -> processors().titleField("missing").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of the fields");
        assertThatThrownBy(() -> processors().titleField("country").build())
                .as("not a text field").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required text field");
        assertThatThrownBy(() -> RegisterDefinition.builder("processors", NAME).field(FieldDefinition.text("name", NAME)).build())
                .as("not required").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required text field");
        assertThatThrownBy(() -> RegisterDefinition.builder("processors", NAME)
                .field(FieldDefinition.longText("notes", NAME).required()).build())
                .as("no text field at all").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSubjectFieldIsASubjectFieldOfTheRegister() {
        assertThatThrownBy(() -> processors().subjectField("missing").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of the fields");
        assertThatThrownBy(() -> processors().subjectField("name").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUBJECT");
        assertThat(processors().field(FieldDefinition.subject("owner", NAME)).subjectField("owner").build().subjectField()).contains("owner");
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> RegisterDefinition.builder("processors", null).field(FieldDefinition.text("name", NAME).required()).build())
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> processors().validator(null).build()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theFieldsCannotBeChangedAfterwards() {
        RegisterDefinition register = processors().build();

        assertThatThrownBy(() -> register.fields().add(FieldDefinition.catalog("categories", NAME, CatalogLookup.Kind.DATA_CATEGORY)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
