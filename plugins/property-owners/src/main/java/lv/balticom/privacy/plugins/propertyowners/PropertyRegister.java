package lv.balticom.privacy.plugins.propertyowners;

import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/** Properties where the network runs, each with its owner (POL-4.5), as the State Cadastre names them (POL-16.6). */
final class PropertyRegister {

    static final String ID = "properties";

    static final String CADASTRAL_NUMBER = "cadastralNumber";
    static final String ADDRESS = "address";
    static final String LAND_REGISTER_FOLIO = "landRegisterFolio";
    static final String OWNER = "owner";

    /** A Latvian cadastral number: exactly 11 digits (municipality, group, number). */
    static final String CADASTRAL_NUMBER_PATTERN = "[0-9]{11}";

    static final RegisterDefinition DEFINITION = RegisterDefinition.builder(ID, Text.of("Nekustamie īpašumi", "Properties"))
            .description(Text.of(
                    "Nekustamie īpašumi, kuros atrodas Balticom tīkls, un to īpašnieki (politikas 4.5. punkts), pēc Kadastra un "
                            + "Zemesgrāmatas datiem (16.6. punkts).",
                    "Properties where the Balticom network runs and their owners (policy clause 4.5), as the State Cadastre and the "
                            + "Land Register record them (clause 16.6)."))
            .field(FieldDefinition.text(CADASTRAL_NUMBER, Text.of("Kadastra numurs", "Cadastral number")).required().maxLength(11)
                    .pattern(CADASTRAL_NUMBER_PATTERN)
                    .help(Text.of("11 cipari, piemēram, 01000123456.", "11 digits, such as 01000123456.")))
            .field(FieldDefinition.text(ADDRESS, Text.of("Adrese", "Address")).required().maxLength(300))
            .field(FieldDefinition.text(LAND_REGISTER_FOLIO, Text.of("Zemesgrāmatas nodalījums", "Land Register folio")).maxLength(40))
            .field(FieldDefinition.reference(OWNER, Text.of("Īpašnieks", "Owner"), OwnerRegister.ID).required())
            .titleField(CADASTRAL_NUMBER)
            .build();

    private PropertyRegister() {
    }
}
