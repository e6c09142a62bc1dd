package lv.balticom.privacy.plugins.propertyowners;

import java.util.List;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * Network works agreed with a property's owner, with a survey or without (POL-5.6). Kept under the
 * retention rule of {@link CatalogCodes#CRM_ACTIVITY}, counted from the coordination's date
 * ({@link CoordinationRetention}).
 */
final class CoordinationRegister {

    static final String ID = "coordinations";

    static final String SUMMARY = "summary";
    static final String PROPERTY = "property";
    static final String DATE = "date";
    static final String KIND = "kind";
    static final String WITH_SURVEY = "withSurvey";
    static final String OUTCOME = "outcome";
    static final String NOTES = "notes";

    static final RegisterDefinition DEFINITION = RegisterDefinition.builder(ID, Text.of("Darbu saskaņojumi", "Coordinations of works"))
            .description(Text.of(
                    "Tīkla uzturēšanas, ierīkošanas un uzlabošanas darbu saskaņošana ar zemes vai ēku īpašniekiem, aptaujas veidā vai "
                            + "bez tās (politikas 5.6. punkts).",
                    "Network maintenance, installation and improvement works agreed with land or building owners, by a survey or "
                            + "without one (policy clause 5.6)."))
            .field(FieldDefinition.text(SUMMARY, Text.of("Apraksts", "Summary")).required())
            .field(FieldDefinition.reference(PROPERTY, Text.of("Nekustamais īpašums", "Property"), PropertyRegister.ID).required())
            .field(FieldDefinition.date(DATE, Text.of("Datums", "Date")).required())
            .field(FieldDefinition.choice(KIND, Text.of("Darbi", "Works"), List.of(
                    Choice.of("CONSTRUCTION", "Būvniecība", "Construction"),
                    Choice.of("MAINTENANCE", "Uzturēšana", "Maintenance"),
                    Choice.of("REPAIR", "Remonts", "Repair"),
                    Choice.of("DISMANTLING", "Demontāža", "Dismantling"))).required())
            .field(FieldDefinition.bool(WITH_SURVEY, Text.of("Ar aptauju", "With a survey")))
            .field(FieldDefinition.choice(OUTCOME, Text.of("Rezultāts", "Outcome"), List.of(
                    Choice.of("AGREED", "Saskaņots", "Agreed"),
                    Choice.of("AGREED_WITH_CONDITIONS", "Saskaņots ar nosacījumiem", "Agreed with conditions"),
                    Choice.of("REFUSED", "Atteikts", "Refused"),
                    Choice.of("PENDING", "Gaida atbildi", "Pending"))))
            .field(FieldDefinition.longText(NOTES, Text.of("Piezīmes", "Notes")))
            .titleField(SUMMARY)
            .build();

    private CoordinationRegister() {
    }
}
