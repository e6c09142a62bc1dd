package lv.balticom.privacy.plugins.propertyowners;

import java.util.List;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/** The parts of the network on a property (POL-5.6): while one is there, the owner's record is kept. */
final class NetworkElementRegister {

    static final String ID = "network-elements";

    static final String PROPERTY = "property";
    static final String KIND = "kind";
    static final String DESCRIPTION = "description";
    static final String INSTALLED_ON = "installedOn";

    static final RegisterDefinition DEFINITION = RegisterDefinition.builder(ID, Text.of("Tīkla elementi", "Network elements"))
            .description(Text.of(
                    "Balticom elektronisko sakaru tīkla un inženierkomunikāciju daļas nekustamajos īpašumos (politikas 4.5. un 5.6. punkts).",
                    "Parts of the Balticom electronic communications network and engineering communications on properties "
                            + "(policy clauses 4.5 and 5.6)."))
            .field(FieldDefinition.reference(PROPERTY, Text.of("Nekustamais īpašums", "Property"), PropertyRegister.ID).required())
            .field(FieldDefinition.choice(KIND, Text.of("Veids", "Kind"), List.of(
                    Choice.of("CABLE_LINE", "Kabeļu līnija", "Cable line"),
                    Choice.of("DUCT", "Kabeļu kanalizācija", "Duct"),
                    Choice.of("POLE", "Balsts", "Pole"),
                    Choice.of("CABINET", "Sadales skapis", "Cabinet"),
                    Choice.of("ANTENNA", "Antena", "Antenna"),
                    Choice.of("OTHER", "Cits", "Other"))).required())
            .field(FieldDefinition.text(DESCRIPTION, Text.of("Apraksts", "Description")).required())
            .field(FieldDefinition.date(INSTALLED_ON, Text.of("Ierīkots", "Installed on")))
            .titleField(DESCRIPTION)
            .build();

    private NetworkElementRegister() {
    }
}
