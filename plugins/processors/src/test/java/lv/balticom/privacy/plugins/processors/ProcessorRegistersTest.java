package lv.balticom.privacy.plugins.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldType;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProcessorRegistersTest {

    private final ProcessorsPlugin plugin = new ProcessorsPlugin();

    @Test
    @DisplayName("POL-13, POL-14: the processors register names who, where, how related, which tasks and data, and the agreement")
    void processorsRegister() {
        RegisterDefinition register = plugin.registers().get(0);

        assertThat(register.id()).isEqualTo("processors");
        assertThat(register.fields()).extracting(FieldDefinition::id).containsExactly("name", "registrationNumber", "country",
                "relationship", "tasks", "dataCategories", "contractReference", "contractFrom", "contractUntil");
        assertThat(register.titleField()).isEqualTo("name");
        assertThat(register.subjectField()).isEmpty();
        assertThat(register.fields()).filteredOn(FieldDefinition::isRequired).extracting(FieldDefinition::id)
                .containsExactly("name", "country", "relationship", "tasks", "dataCategories");
        assertThat(register.field("country").orElseThrow().type()).isEqualTo(FieldType.COUNTRY);
        assertThat(register.field("relationship").orElseThrow().choices()).extracting(Choice::code).containsExactly("GROUP_COMPANY", "PARTNER");
        assertThat(register.field("tasks").orElseThrow().type()).isEqualTo(FieldType.LONG_TEXT);
        FieldDefinition categories = register.field("dataCategories").orElseThrow();
        assertThat(categories.type()).isEqualTo(FieldType.CATALOG);
        assertThat(categories.catalogKind()).contains(CatalogLookup.Kind.DATA_CATEGORY);
        assertThat(categories.isMultiple()).isTrue();
        assertThat(register.field("contractFrom").orElseThrow().type()).isEqualTo(FieldType.DATE);
        assertThat(register.field("contractUntil").orElseThrow().type()).isEqualTo(FieldType.DATE);
        assertThat(register.description().lv()).contains("13. un 14. punkts");
        assertThat(register.description().en()).contains("clauses 13 and 14");
    }

    @Test
    @DisplayName("POL-18, POL-19: the transfers register refers to a processor and names the country, safeguard and assessment")
    void transfersRegister() {
        RegisterDefinition register = plugin.registers().get(1);

        assertThat(register.id()).isEqualTo("transfers");
        assertThat(register.fields()).extracting(FieldDefinition::id).containsExactly("summary", "processor", "country", "safeguard",
                "safeguardDetails", "assessedOn", "nextReview");
        assertThat(register.titleField()).isEqualTo("summary");
        assertThat(register.fields()).filteredOn(FieldDefinition::isRequired).extracting(FieldDefinition::id)
                .containsExactly("summary", "processor", "country");
        assertThat(register.field("processor").orElseThrow().referencedRegister()).contains("processors");
        assertThat(register.field("safeguard").orElseThrow().choices()).extracting(Choice::code).containsExactly(
                "ADEQUACY_DECISION", "STANDARD_CONTRACTUAL_CLAUSES", "BINDING_CORPORATE_RULES", "DEROGATION");
        assertThat(register.description().lv()).contains("18. un 19. punkts");
        assertThat(register.description().en()).contains("clauses 18 and 19");
    }

    @Test
    void thePluginIsNamedInBothLanguagesAndDeclaresBothRegisters() {
        assertThat(plugin.id()).isEqualTo("processors");
        assertThat(plugin.name().lv()).isNotBlank().isNotEqualTo(plugin.name().en());
        assertThat(plugin.registers()).extracting(RegisterDefinition::id).containsExactly("processors", "transfers");
        assertThat(plugin.changelog()).isEmpty();
    }

    @Test
    void everyLabelIsInBothLanguages() {
        for (RegisterDefinition register : plugin.registers()) {
            for (FieldDefinition field : register.fields()) {
                assertThat(field.label().lv()).as(field.id()).isNotEqualTo(field.label().en());
            }
        }
        assertThat(List.of(ProcessorRegister.DEFINITION, TransferRegister.DEFINITION)).isEqualTo(plugin.registers());
    }
}
