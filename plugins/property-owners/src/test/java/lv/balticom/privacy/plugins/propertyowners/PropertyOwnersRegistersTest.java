package lv.balticom.privacy.plugins.propertyowners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.FieldType;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import lv.balticom.privacy.testkit.InMemoryPluginContext;

class PropertyOwnersRegistersTest {

    private final PropertyOwnersPlugin plugin = new PropertyOwnersPlugin();

    private RegisterDefinition register(String id) {
        return plugin.registers().stream().filter(register -> register.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void thePluginDeclaresFourRegisters() {
        assertThat(plugin.id()).isEqualTo("property-owners");
        assertThat(plugin.name().lv()).isEqualTo("Nekustamo īpašumu īpašnieki");
        assertThat(plugin.name().en()).isEqualTo("Property owners");
        assertThat(plugin.registers()).extracting(RegisterDefinition::id)
                .containsExactly("owners", "properties", "network-elements", "coordinations");
    }

    @Test
    @DisplayName("POL-4.5: an owner record is about a data subject: its subject field brings their requests to it")
    void owners() {
        RegisterDefinition owners = register("owners");

        assertThat(owners.fields()).extracting(FieldDefinition::id).containsExactly("kind", "name", "subject", "registrationNumber",
                "address", "email", "phone", "restricted");
        assertThat(owners.titleField()).isEqualTo("name");
        assertThat(owners.subjectField()).contains("subject");
        assertThat(owners.field("kind").orElseThrow().choices()).extracting(Choice::code).containsExactly("NATURAL_PERSON", "LEGAL_PERSON");
        assertThat(owners.field("email").orElseThrow().type()).isEqualTo(FieldType.EMAIL);
        assertThat(owners.field("restricted").orElseThrow().type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(owners.description().lv()).contains("4.5. punkts", "16.6. punkts", "5.6. punkts");
        assertThat(owners.description().en()).contains("clause 4.5", "clause 16.6", "clause 5.6");
    }

    @Test
    @DisplayName("POL-4.5, POL-5.6: properties, network elements and coordinations refer to what they belong to")
    void propertiesNetworkElementsAndCoordinations() {
        RegisterDefinition properties = register("properties");
        assertThat(properties.fields()).extracting(FieldDefinition::id).containsExactly("cadastralNumber", "address", "landRegisterFolio", "owner");
        assertThat(properties.titleField()).isEqualTo("cadastralNumber");
        assertThat(properties.fields()).filteredOn(FieldDefinition::isRequired).extracting(FieldDefinition::id)
                .containsExactly("cadastralNumber", "address", "owner");
        assertThat(properties.field("owner").orElseThrow().referencedRegister()).contains("owners");

        RegisterDefinition elements = register("network-elements");
        assertThat(elements.fields()).extracting(FieldDefinition::id).containsExactly("property", "kind", "description", "installedOn");
        assertThat(elements.titleField()).isEqualTo("description");
        assertThat(elements.field("property").orElseThrow().referencedRegister()).contains("properties");
        assertThat(elements.field("kind").orElseThrow().choices()).extracting(Choice::code)
                .containsExactly("CABLE_LINE", "DUCT", "POLE", "CABINET", "ANTENNA", "OTHER");

        RegisterDefinition coordinations = register("coordinations");
        assertThat(coordinations.fields()).extracting(FieldDefinition::id)
                .containsExactly("summary", "property", "date", "kind", "withSurvey", "outcome", "notes");
        assertThat(coordinations.titleField()).isEqualTo("summary");
        assertThat(coordinations.fields()).filteredOn(FieldDefinition::isRequired).extracting(FieldDefinition::id)
                .containsExactly("summary", "property", "date", "kind");
        assertThat(coordinations.field("kind").orElseThrow().choices()).extracting(Choice::code)
                .containsExactly("CONSTRUCTION", "MAINTENANCE", "REPAIR", "DISMANTLING");
        assertThat(coordinations.field("outcome").orElseThrow().choices()).extracting(Choice::code)
                .containsExactly("AGREED", "AGREED_WITH_CONDITIONS", "REFUSED", "PENDING");
        assertThat(coordinations.description().en()).contains("clause 5.6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01000123456", "80960010101", "00000000000"})
    @DisplayName("POL-16.6: a cadastral number is exactly 11 digits")
    void cadastralNumbersOfElevenDigitsAreAccepted(String number) {
        assertThat(Pattern.matches(register("properties").field("cadastralNumber").orElseThrow().pattern().orElseThrow(), number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100012345", "010001234567", "0100 0123456", "0100O123456", "LV01000123456", ""})
    @DisplayName("POL-16.6: anything but 11 digits is not a cadastral number")
    void otherCadastralNumbersAreRefused(String number) {
        assertThat(Pattern.matches(register("properties").field("cadastralNumber").orElseThrow().pattern().orElseThrow(), number)).isFalse();
    }

    @Test
    @DisplayName("POL-16.6: the host refuses a property whose cadastral number is not 11 digits")
    void aPropertyWithABadCadastralNumberIsNotStored() {
        InMemoryPluginContext context = new InMemoryPluginContext(plugin);
        PluginRecord owner = new Fixtures(context).legalOwner("Zemes SIA");

        assertThatThrownBy(() -> new Fixtures(context).property(owner, "0100012345"))
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("cadastralNumber"));
        assertThat(new Fixtures(context).property(owner, "01000123456").values()).containsEntry("cadastralNumber", "01000123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"29123456", "+37129123456", "+371 29123456", "+4915112345678", "+12025550100"})
    void latvianAndInternationalPhoneNumbersAreAccepted(String phone) {
        assertThat(Pattern.matches(OwnerRegister.PHONE_PATTERN, phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2912345", "291234567", "+371 2912345", "00371 29123456", "phone", "+0123456789"})
    void otherPhoneNumbersAreRefused(String phone) {
        assertThat(Pattern.matches(OwnerRegister.PHONE_PATTERN, phone)).isFalse();
    }

    @Test
    void anOwnerRecordCarriesTheSubjectItIsAbout() {
        InMemoryPluginContext context = new InMemoryPluginContext(plugin);
        UUID subject = UUID.randomUUID();
        PluginRecord owner = new Fixtures(context).naturalOwner(subject, "Jānis Bērziņš");

        assertThat(owner.subjectId()).contains(subject);
        assertThat(context.records("owners").aboutSubject(subject)).containsExactly(owner);
        assertThat(context.records("owners").create(Map.of("kind", "LEGAL_PERSON", "name", "Zeme SIA")).subjectId()).isEmpty();
    }
}
