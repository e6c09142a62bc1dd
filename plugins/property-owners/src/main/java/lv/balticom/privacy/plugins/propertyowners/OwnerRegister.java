package lv.balticom.privacy.plugins.propertyowners;

import java.util.List;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * Owners of properties where the network runs (POL-4.5): natural or legal persons, taken from public
 * registers (POL-16.6). A natural person's record names the data subject, so that their requests reach it.
 */
final class OwnerRegister {

    static final String ID = "owners";

    static final String KIND = "kind";
    static final String NAME = "name";
    static final String SUBJECT = "subject";
    static final String REGISTRATION_NUMBER = "registrationNumber";
    static final String ADDRESS = "address";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String RESTRICTED = "restricted";

    static final String NATURAL_PERSON = "NATURAL_PERSON";
    static final String LEGAL_PERSON = "LEGAL_PERSON";

    /** A Latvian number of 8 digits, with or without +371, or an international number in E.164 form. */
    static final String PHONE_PATTERN = "(\\+371 ?)?[0-9]{8}|\\+[1-9][0-9]{6,14}";

    static final RegisterDefinition DEFINITION = RegisterDefinition.builder(ID, Text.of("Īpašnieki", "Owners"))
            .description(Text.of(
                    "Nekustamo īpašumu, kuros atrodas Balticom elektronisko sakaru tīkls, īpašnieki (politikas 4.5. punkts); dati iegūti "
                            + "no publiskiem reģistriem (16.6. punkts) tīkla darbu saskaņošanai (5.6. punkts).",
                    "Owners of the real estate where the Balticom electronic communications network runs (policy clause 4.5); their "
                            + "data comes from public registers (clause 16.6) to agree network works with them (clause 5.6)."))
            .field(FieldDefinition.choice(KIND, Text.of("Persona", "Person"), List.of(
                    Choice.of(NATURAL_PERSON, "Fiziska persona", "Natural person"),
                    Choice.of(LEGAL_PERSON, "Juridiska persona", "Legal person"))).required())
            .field(FieldDefinition.text(NAME, Text.of("Vārds, uzvārds vai nosaukums", "Name")).required())
            .field(FieldDefinition.subject(SUBJECT, Text.of("Datu subjekts", "Data subject"))
                    .help(Text.of("Fiziskai personai: datu subjekts platformā, lai viņa pieprasījumi sasniegtu šo ierakstu.",
                            "For a natural person: the data subject in the platform, so that their requests reach this record.")))
            .field(FieldDefinition.text(REGISTRATION_NUMBER, Text.of("Reģistrācijas numurs", "Registration number")).maxLength(40)
                    .help(Text.of("Tikai juridiskai personai; fiziskas personas kodu šeit nenorāda.",
                            "For a legal person only; never a natural person’s personal code.")))
            .field(FieldDefinition.text(ADDRESS, Text.of("Adrese", "Address")).maxLength(300))
            .field(FieldDefinition.email(EMAIL, Text.of("E-pasts", "E-mail")))
            .field(FieldDefinition.text(PHONE, Text.of("Tālrunis", "Phone")).maxLength(20).pattern(PHONE_PATTERN)
                    .help(Text.of("Latvijas numurs (8 cipari, ar +371 vai bez) vai starptautisks numurs formā +<valsts kods><numurs>.",
                            "A Latvian number (8 digits, with or without +371) or an international number as +<country code><number>.")))
            .field(FieldDefinition.bool(RESTRICTED, Text.of("Apstrāde ierobežota", "Processing restricted"))
                    .help(Text.of("Datu subjekts pieprasījis apstrādes ierobežošanu (VDAR 18. pants): datus glabā, bet neizmanto.",
                            "The data subject asked to restrict processing (GDPR Art. 18): the data is kept but not used.")))
            .titleField(NAME)
            .subjectField(SUBJECT)
            .build();

    private OwnerRegister() {
    }
}
