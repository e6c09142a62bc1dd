package lv.balticom.privacy.plugins.processors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.RecordLookup;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.ropa.ProcessingContribution.Safeguard;
import lv.balticom.privacy.spi.register.Values;

/**
 * The register of transfers: where a processor of the {@link ProcessorRegister processors} register
 * reaches personal data from. POL-18 allows partners in third countries (outside the EU and the EEA) to
 * access personal data as processors; POL-19 demands that they protect it as well as Balticom does. The
 * validator therefore refuses a transfer to a country outside the EU/EEA ({@link EeaCountries}) that
 * names no safeguard of GDPR Chapter V; a transfer within the EU/EEA needs none.
 */
final class TransferRegister {

    static final String ID = "transfers";

    static final String SUMMARY = "summary";
    static final String PROCESSOR = "processor";
    static final String COUNTRY = "country";
    static final String SAFEGUARD = "safeguard";
    static final String SAFEGUARD_DETAILS = "safeguardDetails";
    static final String ASSESSED_ON = "assessedOn";
    static final String NEXT_REVIEW = "nextReview";

    static final RegisterDefinition DEFINITION = RegisterDefinition.builder(ID, Text.of("Datu nosūtīšana", "Transfers"))
            .description(Text.of(
                    "Kur datu apstrādātāji piekļūst personas datiem. Apstrādātājiem trešajās valstīs (ārpus Eiropas Savienības un Eiropas "
                            + "Ekonomiskās zonas) jānodrošina Balticom līdzvērtīgs aizsardzības līmenis (politikas 18. un 19. punkts, "
                            + "VDAR V nodaļa): bez aizsardzības pasākuma šādu nosūtīšanu reģistrā ierakstīt nevar.",
                    "Where processors access personal data from. Processors in third countries (outside the European Union and the "
                            + "European Economic Area) must protect the data as well as Balticom does (policy clauses 18 and 19, GDPR "
                            + "Chapter V): a transfer there cannot be recorded without a safeguard."))
            .field(FieldDefinition.text(SUMMARY, Text.of("Apraksts", "Summary")).required()
                    .help(Text.of("Īsi: kas un kāpēc piekļūst datiem, piemēram, “Programmatūras atbalsts no ASV”.",
                            "In short: who accesses the data and why, such as “Software support from the US”.")))
            .field(FieldDefinition.reference(PROCESSOR, Text.of("Apstrādātājs", "Processor"), ProcessorRegister.ID).required())
            .field(FieldDefinition.country(COUNTRY, Text.of("Valsts", "Country")).required()
                    .help(Text.of("Valsts, no kuras apstrādātājs piekļūst datiem.", "The country the processor accesses the data from.")))
            .field(FieldDefinition.choice(SAFEGUARD, Text.of("Aizsardzības pasākums", "Safeguard"), List.of(
                    Choice.of(Safeguard.ADEQUACY_DECISION.name(), "Eiropas Komisijas lēmums par aizsardzības līmeņa pietiekamību (VDAR 45. pants)",
                            "Adequacy decision of the European Commission (GDPR Art. 45)"),
                    Choice.of(Safeguard.STANDARD_CONTRACTUAL_CLAUSES.name(), "Līguma standartklauzulas (VDAR 46. panta 2. punkta c) apakšpunkts)",
                            "Standard contractual clauses (GDPR Art. 46(2)(c))"),
                    Choice.of(Safeguard.BINDING_CORPORATE_RULES.name(), "Saistoši uzņēmuma noteikumi (VDAR 47. pants)",
                            "Binding corporate rules (GDPR Art. 47)"),
                    Choice.of(Safeguard.DEROGATION.name(), "Atkāpe īpašā situācijā (VDAR 49. pants)",
                            "Derogation for a specific situation (GDPR Art. 49)")))
                    .help(Text.of("Obligāts, ja valsts ir ārpus ES/EEZ.", "Required when the country is outside the EU/EEA.")))
            .field(FieldDefinition.longText(SAFEGUARD_DETAILS, Text.of("Aizsardzības pasākuma apraksts", "Safeguard details"))
                    .help(Text.of("Lēmums, klauzulu versija vai atkāpes pamatojums.", "The decision, the clauses’ version or the derogation’s ground.")))
            .field(FieldDefinition.date(ASSESSED_ON, Text.of("Izvērtēts", "Assessed on")))
            .field(FieldDefinition.date(NEXT_REVIEW, Text.of("Nākamā pārskatīšana", "Next review")))
            .titleField(SUMMARY)
            .validator(TransferRegister::validate)
            .build();

    private TransferRegister() {
    }

    /** POL-18/19: no third-country transfer without a safeguard; a review comes after the assessment. */
    static List<FieldProblem> validate(Map<String, Object> values, RecordLookup records) {
        List<FieldProblem> problems = new ArrayList<>();
        var country = Values.text(values, COUNTRY);
        if (country.isPresent() && !EeaCountries.contains(country.get()) && Values.text(values, SAFEGUARD).isEmpty()) {
            problems.add(FieldProblem.of(SAFEGUARD,
                    "Datu nosūtīšanai uz valsti ārpus Eiropas Savienības un Eiropas Ekonomiskās zonas jānorāda aizsardzības pasākums "
                            + "(politikas 18. un 19. punkts, VDAR V nodaļa).",
                    "A transfer to a country outside the European Union and the European Economic Area needs a safeguard "
                            + "(policy clauses 18 and 19, GDPR Chapter V)."));
        }
        var assessedOn = Values.date(values, ASSESSED_ON);
        var nextReview = Values.date(values, NEXT_REVIEW);
        if (assessedOn.isPresent() && nextReview.isPresent() && nextReview.get().isBefore(assessedOn.get())) {
            problems.add(FieldProblem.of(NEXT_REVIEW,
                    "Nākamā pārskatīšana nevar būt agrāk par izvērtēšanu.",
                    "The next review cannot come before the assessment."));
        }
        return problems;
    }
}
