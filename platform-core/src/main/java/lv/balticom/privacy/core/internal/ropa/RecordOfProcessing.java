package lv.balticom.privacy.core.internal.ropa;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.ControllerProfile;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.api.catalog.LegalBasis;
import lv.balticom.privacy.core.api.catalog.LegitimateInterest;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.api.catalog.PurposeGroup;
import lv.balticom.privacy.core.api.catalog.SubjectType;
import lv.balticom.privacy.core.internal.plugins.ActivePlugin;
import lv.balticom.privacy.core.internal.plugins.Plugins;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Activity;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.ActivityGroup;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.CategoryRef;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Contributor;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Dpo;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.LegalBasisRef;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.PluginActivity;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Processor;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.ProcessorRef;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Recipient;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.RecipientRef;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Ref;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Transfer;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.TransferRef;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.ropa.ProcessingContribution;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the record of processing activities (GDPR Art. 30(1)) on request, so that a processor a plugin
 * registered a minute ago is in it: the controller and its DPO, one activity per purpose of the catalogue
 * (legal bases, legitimate interests, data categories, data subjects, recipients, processors, transfers,
 * retention), the plugins' own activities, every processor and transfer, and the security measures.
 *
 * <p>Each build is compared with the latest version by the SHA-256 of its content (everything but the
 * times and the version); a build whose content differs becomes the next version, audited as
 * {@code ropa.version-created}. Codes a plugin uses that the catalogue lacks are kept as the code with a
 * marker and listed as warnings; they are not errors. Thread-safe.
 */
@Singleton
public class RecordOfProcessing {

    private static final Logger LOG = LoggerFactory.getLogger(RecordOfProcessing.class);
    private static final String LEGITIMATE_INTEREST = "LEGITIMATE_INTEREST";
    /** Tries to add a version when other builds add one at the same moment. */
    private static final int ATTEMPTS = 5;

    private final Catalog catalog;
    private final Plugins plugins;
    private final PolicyTexts texts;
    private final RopaVersions versions;
    private final JsonMapper json;
    private final Clock clock;
    private final String dpoName;
    private final String dpoEmail;
    private final String dpoPhone;

    RecordOfProcessing(Catalog catalog, Plugins plugins, PolicyTexts texts, RopaVersions versions, JsonMapper json, Clock clock,
                       @Value("${privacy.ropa.dpo.name:}") String dpoName,
                       @Value("${privacy.ropa.dpo.email:}") String dpoEmail,
                       @Value("${privacy.ropa.dpo.phone:}") String dpoPhone) {
        this.catalog = catalog;
        this.plugins = plugins;
        this.texts = texts;
        this.versions = versions;
        this.json = json;
        this.clock = clock;
        this.dpoName = dpoName.strip();
        this.dpoEmail = dpoEmail.strip();
        this.dpoPhone = dpoPhone.strip();
    }

    /**
     * The record as things are now, with its version: the latest version when nothing changed since,
     * else a new one created on behalf of {@code actor}.
     */
    public ProcessingRecord current(Actor actor) {
        ProcessingRecord content = build();
        String hash = hash(content);
        RopaVersions.Version version = version(hash, actor);
        return content.withVersion(version.number(), version.createdAt(), clock.instant(), hash);
    }

    /** The SHA-256 (hex) of a record's content: its JSON without the version and the times. */
    String hash(ProcessingRecord record) {
        try {
            byte[] content = json.writeValueAsBytes(record.content());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (IOException e) {
            throw new UncheckedIOException("the record of processing cannot be written as JSON", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private RopaVersions.Version version(String hash, Actor actor) {
        Optional<RopaVersions.Version> latest = versions.latest();
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            return latest.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return versions.latestOrNew(hash, actor, clock.instant());
            } catch (DataAccessException clash) {
                // Another build took the number first (the primary key refused ours): read again and retry.
                if (attempt >= ATTEMPTS) {
                    throw clash;
                }
                LOG.debug("Another build of the record of processing added a version at the same time; trying again ({})", attempt);
            }
        }
    }

    /** The record's content now, without a version. */
    ProcessingRecord build() {
        Resolver resolve = new Resolver(catalog);
        List<Contributed> contributed = contributions(resolve.warnings);

        List<Processor> processors = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        List<Recipient> recipients = new ArrayList<>(catalog.recipientCategories().stream().map(Recipient::of).toList());
        List<PluginActivity> pluginActivities = new ArrayList<>();
        for (Contributed part : contributed) {
            String plugin = part.plugin().id();
            ProcessingContribution contribution = part.contribution();
            contribution.recipients().forEach(recipient -> recipients.add(new Recipient(plugin, null, null, localized(recipient.name()),
                    localized(recipient.description()), resolve.categories(recipient.dataCategories(), plugin))));
            contribution.processors().forEach(processor -> processors.add(new Processor(plugin, processor.name(),
                    processor.registrationNumber().orElse(null), Countries.of(processor.country()),
                    Vocabulary.relationship(processor.groupCompany()), localized(processor.tasks()),
                    resolve.categories(processor.dataCategories(), plugin), processor.contractReference().orElse(null),
                    processor.contractFrom().orElse(null), processor.contractUntil().orElse(null))));
            contribution.transfers().forEach(transfer -> transfers.add(new Transfer(plugin, transfer.recipient(),
                    Countries.of(transfer.country()), Vocabulary.safeguard(transfer.safeguard()),
                    transfer.safeguardDetails().map(RecordOfProcessing::localized).orElse(null),
                    resolve.categories(transfer.dataCategories(), plugin), transfer.assessedOn().orElse(null),
                    transfer.nextReview().orElse(null))));
            contribution.activities().forEach(activity -> {
                List<CategoryRef> categories = resolve.categories(activity.dataCategories(), plugin);
                pluginActivities.add(new PluginActivity(plugin, localized(activity.name()), localized(activity.description()),
                        resolve.purposes(activity.purposes(), plugin), categories, categories.stream().anyMatch(CategoryRef::sensitive),
                        resolve.subjectTypes(activity.subjectTypes(), plugin), localized(activity.retention())));
            });
        }
        warnAboutUnprotectedTransfers(processors, transfers, resolve.warnings);

        List<ActivityGroup> groups = new ArrayList<>();
        Set<String> grouped = new LinkedHashSet<>();
        for (PurposeGroup group : catalog.purposeGroups()) {
            grouped.add(group.code());
            List<Activity> activities = catalog.purposes().stream().filter(purpose -> purpose.group().equals(group.code()))
                    .map(purpose -> activity(purpose, resolve, recipients, processors, transfers)).toList();
            groups.add(new ActivityGroup(group.code(), group.clause(), group.name(), activities));
        }
        // A purpose whose group the catalogue lacks is still an activity of the record.
        catalog.purposes().stream().map(Purpose::group).filter(code -> !grouped.contains(code)).distinct().forEach(code ->
                groups.add(new ActivityGroup(code, "", Resolver.unknown(code), catalog.purposes().stream()
                        .filter(purpose -> purpose.group().equals(code))
                        .map(purpose -> activity(purpose, resolve, recipients, processors, transfers)).toList())));

        List<Contributor> contributors = contributed.stream().map(Contributed::plugin).distinct()
                .map(plugin -> new Contributor(plugin.id(), localized(plugin.plugin().name()), plugin.plugin().version())).toList();
        ControllerProfile controller = catalog.controller();
        return new ProcessingRecord(0, null, null, null, controller, dpo(controller),
                catalog.policyVersionOn(LocalDate.now(clock)).orElse(null), groups, pluginActivities, processors, transfers,
                recipients, catalog.subjectTypes(), texts.securityMeasures(), contributors, List.copyOf(resolve.warnings));
    }

    private Activity activity(Purpose purpose, Resolver resolve, List<Recipient> recipients, List<Processor> processors,
                              List<Transfer> transfers) {
        List<CategoryRef> categories = resolve.categories(purpose.dataCategories(), null);
        Set<String> codes = categories.stream().map(CategoryRef::code).collect(Collectors.toSet());
        List<RecipientRef> activityRecipients = recipients.stream()
                .filter(recipient -> recipient.plugin() == null || overlaps(recipient.dataCategories(), codes))
                .map(recipient -> new RecipientRef(recipient.plugin(), recipient.code(), recipient.clause(), recipient.name()))
                .toList();
        List<ProcessorRef> activityProcessors = processors.stream().filter(processor -> overlaps(processor.dataCategories(), codes))
                .map(processor -> new ProcessorRef(processor.name(), processor.country(), processor.relationship())).toList();
        List<TransferRef> activityTransfers = transfers.stream().filter(transfer -> overlaps(transfer.dataCategories(), codes))
                .map(transfer -> new TransferRef(transfer.recipient(), transfer.country(), transfer.safeguard())).toList();
        List<Ref> interests = purpose.allows(LEGITIMATE_INTEREST) ? resolve.interests(purpose.legitimateInterests()) : List.of();
        List<Ref> subjects = catalog.subjectTypes().stream()
                .map(type -> new Ref(type.code(), type.clause(), type.name(), true)).toList();
        return new Activity(purpose.code(), purpose.clause(), purpose.name(), resolve.legalBases(purpose.legalBases()), interests,
                categories, categories.stream().anyMatch(CategoryRef::sensitive), subjects, true, activityRecipients,
                activityProcessors, activityTransfers, texts.retention(purpose.legalBases(), purpose.dataCategories()));
    }

    private static boolean overlaps(List<CategoryRef> categories, Set<String> codes) {
        return categories.stream().anyMatch(category -> codes.contains(category.code()));
    }

    /** Each active plugin's contributions, in the plugins' order; one that fails is left out with a warning. */
    private List<Contributed> contributions(Set<Localized> warnings) {
        List<Contributed> contributed = new ArrayList<>();
        for (ActivePlugin plugin : plugins.active()) {
            for (ProcessingContributor contributor : plugin.processingContributors()) {
                try {
                    ProcessingContribution contribution = contributor.contribution();
                    if (contribution == null) {
                        throw new IllegalStateException("the contribution is null");
                    }
                    contributed.add(new Contributed(plugin, contribution));
                } catch (RuntimeException failed) {
                    LOG.warn("The record of processing is built without a contribution of plugin {}: {}", plugin.id(),
                            failed.getClass().getName());
                    warnings.add(new Localized(
                            "Spraudņa " + plugin.id() + " ieguldījumu apstrādes reģistrā neizdevās nolasīt; reģistrs var būt nepilnīgs",
                            "The contribution of plugin " + plugin.id() + " could not be read; the record may be incomplete"));
                }
            }
        }
        return contributed;
    }

    /** A processor outside the EU/EEA needs a transfer with a safeguard (POL-18, POL-19, GDPR Chapter V). */
    private static void warnAboutUnprotectedTransfers(List<Processor> processors, List<Transfer> transfers, Set<Localized> warnings) {
        for (Processor processor : processors) {
            boolean covered = transfers.stream().anyMatch(transfer -> transfer.recipient().strip().equalsIgnoreCase(processor.name().strip())
                    && transfer.country().code().equals(processor.country().code()));
            if (!processor.country().eea() && !covered) {
                warnings.add(new Localized(
                        "Apstrādātājs " + processor.name() + " (" + processor.country().code() + ") atrodas ārpus ES/EEZ, bet "
                                + "datu nosūtīšana uz šo valsti ar aizsardzības pasākumu nav reģistrēta",
                        "Processor " + processor.name() + " (" + processor.country().code() + ") is outside the EU/EEA, but no "
                                + "transfer to that country with a safeguard is recorded"));
            }
        }
    }

    private Dpo dpo(ControllerProfile controller) {
        boolean configured = !dpoEmail.isEmpty();
        return new Dpo(dpoName.isEmpty() ? null : dpoName, configured ? dpoEmail : controller.privacyEmail(),
                dpoPhone.isEmpty() ? null : dpoPhone, configured
                ? new Localized("Norādīts platformas konfigurācijā", "Given in the platform’s configuration")
                : new Localized("Politikā norādītā datu aizsardzības speciālista kontaktinformācija (sīkdatņu politikas IX sadaļa)",
                        "The data protection officer’s contact as the policy gives it (cookie policy, section IX)"));
    }

    static Localized localized(Text text) {
        return new Localized(text.lv(), text.en());
    }

    private record Contributed(ActivePlugin plugin, ProcessingContribution contribution) {
    }

    /** Turns the catalogue's codes into names; notes the codes it does not know. */
    private static final class Resolver {

        final Set<Localized> warnings = new LinkedHashSet<>();
        private final Catalog catalog;
        private final Map<String, LegalBasis> legalBases;
        private final Map<String, LegitimateInterest> interests;

        Resolver(Catalog catalog) {
            this.catalog = catalog;
            this.legalBases = catalog.legalBases().stream().collect(Collectors.toMap(LegalBasis::code, Function.identity()));
            this.interests = catalog.legitimateInterests().stream()
                    .collect(Collectors.toMap(LegitimateInterest::code, Function.identity()));
        }

        static Localized unknown(String code) {
            return new Localized(code + " [nav katalogā]", code + " [not in the catalogue]");
        }

        List<CategoryRef> categories(List<String> codes, String plugin) {
            List<CategoryRef> categories = new ArrayList<>();
            for (String code : codes) {
                Optional<DataCategory> category = catalog.dataCategory(code);
                CategoryRef ref = category.map(known -> new CategoryRef(known.code(), known.number(), known.clause(), known.name(),
                        known.sensitive(), true)).orElseGet(() -> {
                            unknownCode(plugin, code, "datu kategoriju", "data category");
                            return new CategoryRef(code, null, null, unknown(code), false, false);
                        });
                if (categories.stream().noneMatch(existing -> existing.code().equals(ref.code()))) {
                    categories.add(ref);
                }
            }
            return List.copyOf(categories);
        }

        List<Ref> purposes(List<String> codes, String plugin) {
            return codes.stream().distinct().map(code -> catalog.purpose(code)
                    .map(purpose -> new Ref(purpose.code(), purpose.clause(), purpose.name(), true))
                    .orElseGet(() -> {
                        unknownCode(plugin, code, "nolūku", "purpose");
                        return new Ref(code, null, unknown(code), false);
                    })).toList();
        }

        List<Ref> subjectTypes(List<String> codes, String plugin) {
            return codes.stream().distinct().map(code -> catalog.subjectType(code)
                    .map((SubjectType type) -> new Ref(type.code(), type.clause(), type.name(), true))
                    .orElseGet(() -> {
                        unknownCode(plugin, code, "datu subjektu kategoriju", "data subject type");
                        return new Ref(code, null, unknown(code), false);
                    })).toList();
        }

        List<LegalBasisRef> legalBases(List<String> codes) {
            return codes.stream().map(code -> {
                LegalBasis basis = legalBases.get(code);
                return basis == null ? new LegalBasisRef(code, null, null, unknown(code), false)
                        : new LegalBasisRef(basis.code(), basis.clause(), basis.gdprArticle(), basis.name(), true);
            }).toList();
        }

        List<Ref> interests(List<String> codes) {
            return codes.stream().map(code -> {
                LegitimateInterest interest = interests.get(code);
                return interest == null ? new Ref(code, null, unknown(code), false)
                        : new Ref(interest.code(), interest.clause(), interest.text(), true);
            }).toList();
        }

        private void unknownCode(String plugin, String code, String whatLv, String whatEn) {
            if (plugin != null) {
                warnings.add(new Localized("Spraudnis " + plugin + " norāda " + whatLv + " " + code + ", kuras katalogā nav",
                        "Plugin " + plugin + " names the " + whatEn + " " + code + ", which the catalogue does not have"));
            }
        }
    }

    /** The record's own names for the SPI's enumerations. */
    static final class Vocabulary {

        private Vocabulary() {
        }

        static Ref relationship(boolean groupCompany) {
            return groupCompany
                    ? new Ref("GROUP_COMPANY", "POL-13", new Localized("Koncerna uzņēmums", "Group company"), true)
                    : new Ref("PARTNER", "POL-13", new Localized("Sadarbības partneris", "Partner"), true);
        }

        static Ref safeguard(ProcessingContribution.Safeguard safeguard) {
            return switch (safeguard) {
                case ADEQUACY_DECISION -> new Ref(safeguard.name(), "GDPR Art. 45", new Localized(
                        "Eiropas Komisijas lēmums par aizsardzības līmeņa pietiekamību (VDAR 45. pants)",
                        "Adequacy decision of the European Commission (GDPR Art. 45)"), true);
                case STANDARD_CONTRACTUAL_CLAUSES -> new Ref(safeguard.name(), "GDPR Art. 46(2)(c)", new Localized(
                        "Komisijas pieņemtas standarta datu aizsardzības klauzulas (VDAR 46. panta 2. punkta c) apakšpunkts)",
                        "Standard data protection clauses adopted by the Commission (GDPR Art. 46(2)(c))"), true);
                case BINDING_CORPORATE_RULES -> new Ref(safeguard.name(), "GDPR Art. 47", new Localized(
                        "Saistošie uzņēmuma noteikumi (VDAR 47. pants)", "Binding corporate rules (GDPR Art. 47)"), true);
                case DEROGATION -> new Ref(safeguard.name(), "GDPR Art. 49", new Localized(
                        "Atkāpe īpašās situācijās (VDAR 49. pants)", "Derogation for a specific situation (GDPR Art. 49)"), true);
            };
        }
    }
}
