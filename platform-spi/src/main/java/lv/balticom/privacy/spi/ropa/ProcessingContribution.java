package lv.balticom.privacy.spi.ropa;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lv.balticom.privacy.spi.Text;

/**
 * A plugin's part of the record of processing activities (GDPR Art. 30(1)): recipients, processors,
 * transfers to third countries and processing activities of its own. Catalogue codes (data categories,
 * purposes, subject types) refer to the policy's catalogue; the host names them in the record.
 *
 * @param recipients recipients or categories of recipients (Art. 30(1)(d))
 * @param processors processors acting on the controller's instructions (Art. 28, 30(1)(d))
 * @param transfers transfers to third countries and their safeguards (Art. 30(1)(e), 44-49)
 * @param activities processing activities the plugin itself carries out
 */
public record ProcessingContribution(List<Recipient> recipients, List<Processor> processors, List<Transfer> transfers,
                                     List<Activity> activities) {

    public ProcessingContribution {
        recipients = List.copyOf(recipients);
        processors = List.copyOf(processors);
        transfers = List.copyOf(transfers);
        activities = List.copyOf(activities);
    }

    /** Nothing to add. */
    public static ProcessingContribution none() {
        return new ProcessingContribution(List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A recipient of personal data.
     *
     * @param name who
     * @param description what they receive and why
     * @param dataCategories the catalogue codes of what they receive
     */
    public record Recipient(Text name, Text description, List<String> dataCategories) {
        public Recipient {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(description, "description is null");
            dataCategories = List.copyOf(dataCategories);
        }
    }

    /**
     * A processor.
     *
     * @param name the company's name
     * @param registrationNumber its registration number, if known
     * @param country where it is established (ISO 3166-1 alpha-2)
     * @param groupCompany whether it belongs to the controller's group (else a partner)
     * @param tasks what it does for the controller
     * @param dataCategories the catalogue codes of the data it processes
     * @param contractReference the data processing agreement, if any ({@code DPA-2024-07})
     * @param contractFrom when the agreement took effect, if known
     * @param contractUntil when it ends, if it does
     */
    public record Processor(String name, Optional<String> registrationNumber, String country, boolean groupCompany, Text tasks,
                            List<String> dataCategories, Optional<String> contractReference, Optional<LocalDate> contractFrom,
                            Optional<LocalDate> contractUntil) {
        public Processor {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(registrationNumber, "registrationNumber is null");
            Objects.requireNonNull(country, "country is null");
            Objects.requireNonNull(tasks, "tasks is null");
            dataCategories = List.copyOf(dataCategories);
            Objects.requireNonNull(contractReference, "contractReference is null");
            Objects.requireNonNull(contractFrom, "contractFrom is null");
            Objects.requireNonNull(contractUntil, "contractUntil is null");
        }
    }

    /** What makes a transfer to a third country lawful (GDPR Chapter V). */
    public enum Safeguard {
        /** An adequacy decision of the European Commission (Art. 45). */
        ADEQUACY_DECISION,
        /** Standard data protection clauses adopted by the Commission (Art. 46(2)(c)). */
        STANDARD_CONTRACTUAL_CLAUSES,
        /** Binding corporate rules (Art. 47). */
        BINDING_CORPORATE_RULES,
        /** A derogation for a specific situation (Art. 49). */
        DEROGATION
    }

    /**
     * A transfer of personal data to a country outside the EU/EEA.
     *
     * @param recipient who receives the data
     * @param country where (ISO 3166-1 alpha-2)
     * @param safeguard what makes it lawful
     * @param safeguardDetails the decision, the clauses' version, the derogation's ground
     * @param dataCategories the catalogue codes of what is transferred
     * @param assessedOn when the transfer was last assessed
     * @param nextReview when it is to be assessed again
     */
    public record Transfer(String recipient, String country, Safeguard safeguard, Optional<Text> safeguardDetails,
                           List<String> dataCategories, Optional<LocalDate> assessedOn, Optional<LocalDate> nextReview) {
        public Transfer {
            Objects.requireNonNull(recipient, "recipient is null");
            Objects.requireNonNull(country, "country is null");
            Objects.requireNonNull(safeguard, "safeguard is null");
            Objects.requireNonNull(safeguardDetails, "safeguardDetails is null");
            dataCategories = List.copyOf(dataCategories);
            Objects.requireNonNull(assessedOn, "assessedOn is null");
            Objects.requireNonNull(nextReview, "nextReview is null");
        }
    }

    /**
     * A processing activity the plugin carries out.
     *
     * @param name what it is
     * @param description how, in a sentence or two
     * @param purposes catalogue codes of its purposes
     * @param dataCategories catalogue codes of the data
     * @param subjectTypes catalogue codes of whose data
     * @param retention how long the data is kept
     */
    public record Activity(Text name, Text description, List<String> purposes, List<String> dataCategories,
                           List<String> subjectTypes, Text retention) {
        public Activity {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(description, "description is null");
            purposes = List.copyOf(purposes);
            dataCategories = List.copyOf(dataCategories);
            subjectTypes = List.copyOf(subjectTypes);
            Objects.requireNonNull(retention, "retention is null");
        }
    }
}
