package lv.balticom.privacy.core.internal.ropa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.catalog.ControllerProfile;
import lv.balticom.privacy.core.api.catalog.PolicyVersion;
import lv.balticom.privacy.core.api.catalog.RecipientCategory;
import lv.balticom.privacy.core.api.catalog.SubjectType;

/**
 * The record of processing activities (GDPR Art. 30(1)) as it stands: built from the catalogue, the
 * policy's texts on security and retention, and what the running plugins contribute. Immutable; every
 * text a person reads is in Latvian and English.
 *
 * <p>The record's content is everything except {@link #version}, {@link #versionCreatedAt},
 * {@link #generatedAt} and {@link #contentHash}: a SHA-256 of that content decides whether a build is a
 * new version ({@link RecordOfProcessing}).
 *
 * @param version the record's version: 1 for the first content ever built, one more each time the content changed
 * @param versionCreatedAt when this version was first built
 * @param generatedAt when this answer was built
 * @param contentHash SHA-256 (hex) of the content
 * @param controller the controller (Art. 30(1)(a))
 * @param dpo the data protection officer's contact (Art. 30(1)(a))
 * @param policyVersion the version of the privacy policy in force when the record was built, if any
 * @param purposeGroups the processing activities: one per purpose of the catalogue, grouped as the policy groups them
 * @param pluginActivities processing activities the plugins carry out themselves
 * @param processors every processor the plugins name (Art. 28, 30(1)(d))
 * @param transfers every transfer to a country outside the EU/EEA (Art. 30(1)(e))
 * @param recipients every recipient: the policy's categories (POL-17) and those the plugins name (Art. 30(1)(d))
 * @param subjectTypes the categories of data subjects (POL-4, Art. 30(1)(c))
 * @param securityMeasures the technical and organisational security measures (POL-15, Art. 30(1)(g))
 * @param contributors the plugins whose contributions are in the record
 * @param warnings what the DPO should look at: codes a plugin uses that the catalogue lacks, processors in a
 *        third country without a recorded transfer, contributions that could not be read
 */
@Serdeable
public record ProcessingRecord(
        int version,
        @Nullable Instant versionCreatedAt,
        @Nullable Instant generatedAt,
        @Nullable String contentHash,
        ControllerProfile controller,
        Dpo dpo,
        @Nullable PolicyVersion policyVersion,
        List<ActivityGroup> purposeGroups,
        List<PluginActivity> pluginActivities,
        List<Processor> processors,
        List<Transfer> transfers,
        List<Recipient> recipients,
        List<SubjectType> subjectTypes,
        List<SecurityMeasure> securityMeasures,
        List<Contributor> contributors,
        List<Localized> warnings) {

    public ProcessingRecord {
        Objects.requireNonNull(controller, "controller is null");
        Objects.requireNonNull(dpo, "dpo is null");
        purposeGroups = List.copyOf(purposeGroups);
        pluginActivities = List.copyOf(pluginActivities);
        processors = List.copyOf(processors);
        transfers = List.copyOf(transfers);
        recipients = List.copyOf(recipients);
        subjectTypes = List.copyOf(subjectTypes);
        securityMeasures = List.copyOf(securityMeasures);
        contributors = List.copyOf(contributors);
        warnings = List.copyOf(warnings);
    }

    /** The content alone: what the hash is computed of. */
    ProcessingRecord content() {
        return withVersion(0, null, null, null);
    }

    /** The same content as version {@code version}. */
    ProcessingRecord withVersion(int version, @Nullable Instant versionCreatedAt, @Nullable Instant generatedAt,
                                 @Nullable String contentHash) {
        return new ProcessingRecord(version, versionCreatedAt, generatedAt, contentHash, controller, dpo, policyVersion,
                purposeGroups, pluginActivities, processors, transfers, recipients, subjectTypes, securityMeasures,
                contributors, warnings);
    }

    /** Every activity of the catalogue's purposes, in the record's order. */
    public List<Activity> activities() {
        return purposeGroups.stream().flatMap(group -> group.activities().stream()).toList();
    }

    /**
     * The data protection officer's contact.
     *
     * @param name the officer's name, when the installation names one ({@code privacy.ropa.dpo.name})
     * @param email where to write
     * @param phone a phone number, when the installation gives one
     * @param note where the contact comes from
     */
    @Serdeable
    public record Dpo(@Nullable String name, String email, @Nullable String phone, Localized note) {
    }

    /**
     * A code of the catalogue and what it means.
     *
     * @param code the code ({@code CONTRACT}, {@code CLIENT}, ...)
     * @param clause the policy clause or the GDPR article, if any
     * @param name its name; for a code the catalogue does not have, the code with a marker
     * @param known whether the catalogue has the code
     */
    @Serdeable
    public record Ref(String code, @Nullable String clause, Localized name, boolean known) {
    }

    /**
     * A legal basis (POL-6, GDPR Art. 6(1)).
     *
     * @param code its code
     * @param clause the policy clause
     * @param gdprArticle the point of Art. 6(1), for example {@code 6(1)(b)}
     * @param name its name
     * @param known whether the catalogue has the code
     */
    @Serdeable
    public record LegalBasisRef(String code, @Nullable String clause, @Nullable String gdprArticle, Localized name, boolean known) {
    }

    /**
     * A category of personal data (APP1).
     *
     * @param code its code
     * @param number its number in Appendix 1, if known
     * @param clause {@code APP1-n}, if known
     * @param name its name
     * @param sensitive whether it is special-category data (GDPR Art. 9)
     * @param known whether the catalogue has the code
     */
    @Serdeable
    public record CategoryRef(String code, @Nullable Integer number, @Nullable String clause, Localized name, boolean sensitive,
                              boolean known) {
    }

    /**
     * A country.
     *
     * @param code ISO 3166-1 alpha-2, as given
     * @param name its name; for a code that is no country, the code with a marker
     * @param eea whether it is in the EU or the EEA
     * @param known whether the code is a country
     */
    @Serdeable
    public record Country(String code, Localized name, boolean eea, boolean known) {
    }

    /**
     * One group of purposes (POL-5.n) with its activities.
     *
     * @param code the group's code
     * @param clause its clause
     * @param name its heading
     * @param activities one activity per purpose of the group
     */
    @Serdeable
    public record ActivityGroup(String code, String clause, Localized name, List<Activity> activities) {
        public ActivityGroup {
            activities = List.copyOf(activities);
        }
    }

    /**
     * A processing activity: one purpose of the catalogue with what Art. 30(1) asks of it.
     *
     * @param code the purpose's code
     * @param clause the policy clause
     * @param name the purpose
     * @param legalBases the legal bases it may rest on
     * @param legitimateInterests the interests it serves, where it rests on legitimate interest
     * @param dataCategories the categories of personal data it uses
     * @param specialCategories whether any of them is special-category data
     * @param subjectTypes the categories of data subjects
     * @param allSubjectTypes true: the policy does not narrow the data subjects per purpose, so they are all of POL-4
     * @param recipients the policy's recipient categories and the plugins' recipients of data this activity uses
     * @param processors the processors of data this activity uses
     * @param transfers the transfers outside the EU/EEA of data this activity uses
     * @param retention how long the data is kept (POL-20..23)
     */
    @Serdeable
    public record Activity(String code, String clause, Localized name, List<LegalBasisRef> legalBases, List<Ref> legitimateInterests,
                           List<CategoryRef> dataCategories, boolean specialCategories, List<Ref> subjectTypes,
                           boolean allSubjectTypes, List<RecipientRef> recipients, List<ProcessorRef> processors,
                           List<TransferRef> transfers, List<RetentionRule> retention) {
        public Activity {
            legalBases = List.copyOf(legalBases);
            legitimateInterests = List.copyOf(legitimateInterests);
            dataCategories = List.copyOf(dataCategories);
            subjectTypes = List.copyOf(subjectTypes);
            recipients = List.copyOf(recipients);
            processors = List.copyOf(processors);
            transfers = List.copyOf(transfers);
            retention = List.copyOf(retention);
        }
    }

    /**
     * A recipient as an activity lists it.
     *
     * @param plugin the plugin that named it, or null for a category of the policy
     * @param code the catalogue's code, for a category of the policy
     * @param clause the policy clause, for a category of the policy
     * @param name who
     */
    @Serdeable
    public record RecipientRef(@Nullable String plugin, @Nullable String code, @Nullable String clause, Localized name) {
    }

    /**
     * A processor as an activity lists it.
     *
     * @param name the company
     * @param country where it is established
     * @param relationship a group company or a partner
     */
    @Serdeable
    public record ProcessorRef(String name, Country country, Ref relationship) {
    }

    /**
     * A transfer as an activity lists it.
     *
     * @param recipient who receives the data
     * @param country where
     * @param safeguard what makes it lawful
     */
    @Serdeable
    public record TransferRef(String recipient, Country country, Ref safeguard) {
    }

    /**
     * How long data is kept, by one clause of the policy.
     *
     * @param clause the clause ({@code POL-22})
     * @param text what it says
     */
    @Serdeable
    public record RetentionRule(String clause, Localized text) {
    }

    /**
     * A processing activity a plugin carries out itself.
     *
     * @param plugin the plugin's id
     * @param name what it is
     * @param description how
     * @param purposes its purposes
     * @param dataCategories the data
     * @param specialCategories whether any of it is special-category data
     * @param subjectTypes whose data
     * @param retention how long the data is kept
     */
    @Serdeable
    public record PluginActivity(String plugin, Localized name, Localized description, List<Ref> purposes,
                                 List<CategoryRef> dataCategories, boolean specialCategories, List<Ref> subjectTypes,
                                 Localized retention) {
        public PluginActivity {
            purposes = List.copyOf(purposes);
            dataCategories = List.copyOf(dataCategories);
            subjectTypes = List.copyOf(subjectTypes);
        }
    }

    /**
     * A processor (Art. 28).
     *
     * @param plugin the plugin that named it
     * @param name the company
     * @param registrationNumber its registration number, if known
     * @param country where it is established
     * @param relationship a group company or a partner (POL-13)
     * @param tasks what it does for the controller
     * @param dataCategories the data it processes
     * @param contractReference the data processing agreement, if any
     * @param contractFrom when the agreement took effect, if known
     * @param contractUntil when it ends, if it does
     */
    @Serdeable
    public record Processor(String plugin, String name, @Nullable String registrationNumber, Country country, Ref relationship,
                            Localized tasks, List<CategoryRef> dataCategories, @Nullable String contractReference,
                            @Nullable LocalDate contractFrom, @Nullable LocalDate contractUntil) {
        public Processor {
            dataCategories = List.copyOf(dataCategories);
        }
    }

    /**
     * A transfer to a country outside the EU/EEA (GDPR Chapter V, POL-18, POL-19).
     *
     * @param plugin the plugin that named it
     * @param recipient who receives the data
     * @param country where
     * @param safeguard what makes it lawful, with its GDPR article as the clause
     * @param safeguardDetails the decision, the clauses' version, the derogation's ground, if given
     * @param dataCategories what is transferred
     * @param assessedOn when the transfer was last assessed, if known
     * @param nextReview when it is to be assessed again, if known
     */
    @Serdeable
    public record Transfer(String plugin, String recipient, Country country, Ref safeguard, @Nullable Localized safeguardDetails,
                           List<CategoryRef> dataCategories, @Nullable LocalDate assessedOn, @Nullable LocalDate nextReview) {
        public Transfer {
            dataCategories = List.copyOf(dataCategories);
        }
    }

    /**
     * A recipient or a category of recipients.
     *
     * @param plugin the plugin that named it, or null for a category of the policy
     * @param code the catalogue's code, for a category of the policy
     * @param clause the policy clause, for a category of the policy
     * @param name who
     * @param description what they receive and why
     * @param dataCategories what they receive (empty for the policy's categories: the policy does not say)
     */
    @Serdeable
    public record Recipient(@Nullable String plugin, @Nullable String code, @Nullable String clause, Localized name,
                            Localized description, List<CategoryRef> dataCategories) {
        public Recipient {
            dataCategories = List.copyOf(dataCategories);
        }

        /** A category of the policy's catalogue (POL-17). */
        static Recipient of(RecipientCategory category) {
            return new Recipient(null, category.code(), category.clause(), category.name(), category.description(), List.of());
        }
    }

    /**
     * A security measure.
     *
     * @param clause the policy clause it comes from
     * @param text the measure
     */
    @Serdeable
    public record SecurityMeasure(String clause, Localized text) {
    }

    /**
     * A plugin whose contribution is in the record.
     *
     * @param id its id
     * @param name its name
     * @param version its version
     */
    @Serdeable
    public record Contributor(String id, Localized name, String version) {
    }
}
