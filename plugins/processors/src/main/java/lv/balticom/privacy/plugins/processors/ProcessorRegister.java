package lv.balticom.privacy.plugins.processors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.RecordLookup;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.register.Values;

/**
 * The register of processors (POL-13, POL-14; GDPR Art. 28 and 30(1)(d)): group companies and partners
 * that process personal data on the company's instructions, with their tasks, the data categories they
 * process and their data processing agreement.
 */
final class ProcessorRegister {

    static final String ID = "processors";

    static final String NAME = "name";
    static final String REGISTRATION_NUMBER = "registrationNumber";
    static final String COUNTRY = "country";
    static final String RELATIONSHIP = "relationship";
    static final String TASKS = "tasks";
    static final String DATA_CATEGORIES = "dataCategories";
    static final String CONTRACT_REFERENCE = "contractReference";
    static final String CONTRACT_FROM = "contractFrom";
    static final String CONTRACT_UNTIL = "contractUntil";

    /** A company of the Balticom group (POL-13: "Balticom grupas uzņēmumi"). */
    static final String GROUP_COMPANY = "GROUP_COMPANY";
    /** A business partner (POL-13: "sadarbības partneri"). */
    static final String PARTNER = "PARTNER";

    static final RegisterDefinition DEFINITION = RegisterDefinition.builder(ID, Text.of("Datu apstrādātāji", "Processors"))
            .description(Text.of(
                    "Balticom grupas uzņēmumi un sadarbības partneri, kas Balticom uzdevumā apstrādā personas datus (piemēram, ierīko "
                            + "pakalpojumus vai izsūta rēķinus) tikai saskaņā ar Balticom norādījumiem (politikas 13. un 14. punkts, VDAR 28. pants).",
                    "Balticom group companies and partners that process personal data on Balticom’s behalf (installing services, sending "
                            + "invoices and the like) only on Balticom’s instructions (policy clauses 13 and 14, GDPR Art. 28)."))
            .field(FieldDefinition.text(NAME, Text.of("Nosaukums", "Name")).required())
            .field(FieldDefinition.text(REGISTRATION_NUMBER, Text.of("Reģistrācijas numurs", "Registration number")).maxLength(40))
            .field(FieldDefinition.country(COUNTRY, Text.of("Valsts", "Country")).required()
                    .help(Text.of("Valsts, kurā apstrādātājs ir reģistrēts.", "The country where the processor is established.")))
            .field(FieldDefinition.choice(RELATIONSHIP, Text.of("Saistība ar Balticom", "Relationship with Balticom"), List.of(
                    Choice.of(GROUP_COMPANY, "Balticom grupas uzņēmums", "Balticom group company"),
                    Choice.of(PARTNER, "Sadarbības partneris", "Business partner"))).required())
            .field(FieldDefinition.longText(TASKS, Text.of("Uzdevumi", "Tasks")).required()
                    .help(Text.of("Ko apstrādātājs dara Balticom uzdevumā, piemēram, pakalpojumu ierīkošana, rēķinu izsūtīšana.",
                            "What the processor does for Balticom, such as installing services or sending invoices.")))
            .field(FieldDefinition.catalog(DATA_CATEGORIES, Text.of("Datu kategorijas", "Data categories"), CatalogLookup.Kind.DATA_CATEGORY)
                    .multiple().required())
            .field(FieldDefinition.text(CONTRACT_REFERENCE, Text.of("Datu apstrādes līgums", "Data processing agreement")).maxLength(100)
                    .help(Text.of("Līguma numurs vai cita atsauce, piemēram, DPA-2024-07.", "The agreement’s number or other reference, such as DPA-2024-07.")))
            .field(FieldDefinition.date(CONTRACT_FROM, Text.of("Līgums spēkā no", "Agreement in force from")))
            .field(FieldDefinition.date(CONTRACT_UNTIL, Text.of("Līgums spēkā līdz", "Agreement in force until")))
            .titleField(NAME)
            .validator(ProcessorRegister::validate)
            .build();

    private ProcessorRegister() {
    }

    /** An agreement cannot end before it begins. */
    static List<FieldProblem> validate(Map<String, Object> values, RecordLookup records) {
        List<FieldProblem> problems = new ArrayList<>();
        var from = Values.date(values, CONTRACT_FROM);
        var until = Values.date(values, CONTRACT_UNTIL);
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            problems.add(FieldProblem.of(CONTRACT_UNTIL,
                    "Līguma beigu datums nevar būt agrāks par tā sākuma datumu.",
                    "The agreement cannot end before it takes effect."));
        }
        return problems;
    }
}
