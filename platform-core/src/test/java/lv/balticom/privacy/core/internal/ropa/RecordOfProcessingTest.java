package lv.balticom.privacy.core.internal.ropa;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Activity;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.CategoryRef;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Processor;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Transfer;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.ropa.ProcessingContribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The record of processing (GDPR Art. 30) built from the catalogue and a test plugin's contribution
 * ({@link RopaTestPlugins}): its content, its versions, and its PDF read back.
 *
 * <p>The database is shared with other tests (and on MariaDB with other modules), so the tests compare
 * version numbers with the ones they saw before rather than assuming them.
 */
@MicronautTest(transactional = false)
@Property(name = "privacy.test.ropa", value = "true")
class RecordOfProcessingTest {

    private static final Actor ACTOR = Actor.system("ropa-test");

    @Inject
    RecordOfProcessing ropa;

    @Inject
    RecordOfProcessingPdf pdf;

    @Inject
    RopaVersions versions;

    @Inject
    Catalog catalog;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @AfterEach
    void putTheStandardContributionBack() {
        RopaTestPlugins.CONTRIBUTION.set(RopaTestPlugins.standard());
    }

    @Test
    @DisplayName("POL-5, POL-6, POL-7, APP1: one activity per purpose with its legal bases (GDPR article), interests and data categories")
    void everyPurposeIsAnActivity() {
        ProcessingRecord record = ropa.current(ACTOR);

        assertThat(record.activities()).extracting(Activity::code)
                .containsExactlyInAnyOrderElementsOf(catalog.purposes().stream().map(Purpose::code).toList());
        assertThat(record.purposeGroups()).hasSize(catalog.purposeGroups().size());
        for (Activity activity : record.activities()) {
            Purpose purpose = catalog.purpose(activity.code()).orElseThrow();
            assertThat(activity.legalBases()).as(activity.code()).isNotEmpty()
                    .allSatisfy(basis -> assertThat(basis.gdprArticle()).startsWith("6(1)"));
            assertThat(activity.legalBases()).extracting(ProcessingRecord.LegalBasisRef::code)
                    .containsExactlyElementsOf(purpose.legalBases());
            assertThat(activity.dataCategories()).extracting(CategoryRef::code).containsExactlyElementsOf(purpose.dataCategories());
            assertThat(activity.dataCategories()).allSatisfy(category -> assertThat(category.known()).isTrue());
            assertThat(activity.retention()).as(activity.code()).isNotEmpty();
            assertThat(activity.retention().get(activity.retention().size() - 1).clause()).isEqualTo("POL-20");
            assertThat(activity.recipients()).extracting(ProcessingRecord.RecipientRef::code)
                    .as("the policy's recipient categories").contains("CONTRACT_PARTIES");
            if (purpose.allows("LEGITIMATE_INTEREST")) {
                assertThat(activity.legitimateInterests()).extracting(ProcessingRecord.Ref::code)
                        .containsExactlyElementsOf(purpose.legitimateInterests());
            } else {
                assertThat(activity.legitimateInterests()).isEmpty();
            }
        }
        Activity identification = activity(record, "CLIENT_IDENTIFICATION");
        assertThat(identification.name().lv()).isEqualTo("Klienta identificēšanai");
        assertThat(identification.legalBases()).extracting(basis -> basis.name().en())
                .containsExactly("Conclusion and performance of a contract", "Legitimate interests of Balticom");
        assertThat(identification.legitimateInterests()).extracting(ProcessingRecord.Ref::clause).containsExactly("POL-7.3");
        assertThat(identification.allSubjectTypes()).isTrue();
        assertThat(identification.subjectTypes()).hasSize(catalog.subjectTypes().size());
    }

    @Test
    @DisplayName("POL-1, POL-2, POL-15, POL-53: the controller, the DPO's contact, the policy version in force and the security measures")
    void headerAndSecurityMeasures() {
        ProcessingRecord record = ropa.current(ACTOR);

        assertThat(record.controller().name()).isEqualTo("AS Balticom");
        assertThat(record.controller().registrationNumber()).isEqualTo("40003443452");
        assertThat(record.dpo().email()).isEqualTo("klients@balticom.info");
        assertThat(record.policyVersion()).isNotNull();
        assertThat(record.policyVersion().version()).isEqualTo("2025-10-07");
        assertThat(record.securityMeasures()).extracting(ProcessingRecord.SecurityMeasure::clause)
                .contains("POL-15.1", "POL-15.2", "POL-15.3", "POL-15.4");
        assertThat(record.securityMeasures().get(0).text().lv()).contains("šifrēšana");
        assertThat(record.subjectTypes()).hasSize(5);
        assertThat(record.version()).isPositive();
        assertThat(record.versionCreatedAt()).isNotNull();
        assertThat(record.generatedAt()).isAfterOrEqualTo(record.versionCreatedAt());
        assertThat(record.contentHash()).hasSize(64);
    }

    @Test
    @DisplayName("APP1-3: special-category data is flagged")
    void specialCategoriesAreFlagged() {
        ProcessingContribution withHealthData = new ProcessingContribution(List.of(), List.of(), List.of(),
                List.of(new ProcessingContribution.Activity(Text.of("Invaliditātes atlaides", "Disability discounts"),
                        Text.of("Atlaides personām ar invaliditāti", "Discounts for people with disabilities"),
                        List.of("CONTRACT_CONCLUSION"), List.of("SPECIAL_CATEGORY", "CLIENT"), List.of("CLIENT"),
                        Text.of("Līguma darbības laikā", "While the contract is in force"))));
        RopaTestPlugins.CONTRIBUTION.set(withHealthData);

        ProcessingRecord record = ropa.current(ACTOR);

        assertThat(record.pluginActivities()).singleElement().satisfies(activity -> {
            assertThat(activity.specialCategories()).isTrue();
            assertThat(activity.dataCategories()).filteredOn(CategoryRef::sensitive).extracting(CategoryRef::code)
                    .containsExactly("SPECIAL_CATEGORY");
        });
        assertThat(record.activities()).allSatisfy(activity -> assertThat(activity.specialCategories())
                .isEqualTo(activity.dataCategories().stream().anyMatch(CategoryRef::sensitive)));
    }

    @Test
    @DisplayName("POL-13, POL-14, POL-18, POL-19: a processor added through a plugin, with its transfer to the US on standard contractual clauses")
    void thePluginsProcessorTransferAndRecipientAreInTheRecord() {
        ProcessingRecord record = ropa.current(ACTOR);

        assertThat(record.contributors()).singleElement()
                .satisfies(plugin -> assertThat(plugin.id()).isEqualTo(RopaTestPlugins.PLUGIN_ID));
        Processor processor = record.processors().stream().filter(p -> p.name().equals(RopaTestPlugins.PROCESSOR))
                .findFirst().orElseThrow();
        assertThat(processor.plugin()).isEqualTo(RopaTestPlugins.PLUGIN_ID);
        assertThat(processor.country().code()).isEqualTo("US");
        assertThat(processor.country().eea()).isFalse();
        assertThat(processor.country().name().lv()).isEqualTo("Amerikas Savienotās Valstis");
        assertThat(processor.relationship().code()).isEqualTo("PARTNER");
        assertThat(processor.dataCategories()).extracting(CategoryRef::code).as("26 is CALL_RECORDINGS")
                .containsExactly("CONTACT", "CALL_RECORDINGS");
        assertThat(processor.contractReference()).isEqualTo("DPA-2024-07");

        Transfer transfer = record.transfers().stream().filter(t -> t.recipient().equals(RopaTestPlugins.PROCESSOR))
                .findFirst().orElseThrow();
        assertThat(transfer.safeguard().code()).isEqualTo("STANDARD_CONTRACTUAL_CLAUSES");
        assertThat(transfer.safeguard().clause()).isEqualTo("GDPR Art. 46(2)(c)");
        assertThat(transfer.country().eea()).isFalse();
        assertThat(record.warnings()).as("the processor's transfer is recorded").isEmpty();

        // on the activities whose data they process, and not on the others
        Activity customerService = activity(record, "CUSTOMER_SERVICE"); // uses CALL_RECORDINGS and CONTACT
        assertThat(customerService.processors()).extracting(ProcessingRecord.ProcessorRef::name).containsExactly(RopaTestPlugins.PROCESSOR);
        assertThat(customerService.transfers()).extracting(ProcessingRecord.TransferRef::recipient).containsExactly(RopaTestPlugins.PROCESSOR);
        Activity warranty = activity(record, "CREDIT_ASSESSMENT"); // neither CONTACT nor CALL_RECORDINGS
        assertThat(warranty.processors()).isEmpty();
        assertThat(warranty.transfers()).isEmpty();

        // the recipient goes with the activities that use billing data
        assertThat(activity(record, "BILLING_ADMINISTRATION").recipients()).extracting(recipient -> recipient.name().en())
                .contains(RopaTestPlugins.RECIPIENT_EN);
        assertThat(activity(record, "CLIENT_IDENTIFICATION").recipients()).extracting(recipient -> recipient.name().en())
                .doesNotContain(RopaTestPlugins.RECIPIENT_EN);
        assertThat(record.recipients()).extracting(recipient -> recipient.name().lv()).contains(RopaTestPlugins.RECIPIENT_LV);

        assertThat(record.pluginActivities()).singleElement().satisfies(activity -> {
            assertThat(activity.purposes()).extracting(ProcessingRecord.Ref::code).containsExactly("NETWORK_WORKS_WITH_OWNERS");
            assertThat(activity.subjectTypes()).extracting(ProcessingRecord.Ref::code).containsExactly("PROPERTY_OWNER");
        });
    }

    @Test
    void codesThePluginUsesAndTheCatalogueLacksAreShownMarkedNotRefused() {
        RopaTestPlugins.CONTRIBUTION.set(new ProcessingContribution(List.of(),
                List.of(new ProcessingContribution.Processor("Nowhere Ltd", Optional.empty(), "XX", true,
                        Text.of("Nekas", "Nothing"), List.of("NO_SUCH_CATEGORY"), Optional.empty(), Optional.empty(), Optional.empty())),
                List.of(),
                List.of(new ProcessingContribution.Activity(Text.of("Kaut kas", "Something"), Text.of("Apraksts", "Description"),
                        List.of("NO_SUCH_PURPOSE"), List.of("NO_SUCH_CATEGORY"), List.of("NO_SUCH_TYPE"), Text.of("Mūžīgi", "For ever")))));

        ProcessingRecord record = ropa.current(ACTOR);

        Processor processor = record.processors().get(0);
        assertThat(processor.dataCategories()).singleElement().satisfies(category -> {
            assertThat(category.known()).isFalse();
            assertThat(category.name().en()).isEqualTo("NO_SUCH_CATEGORY [not in the catalogue]");
            assertThat(category.name().lv()).isEqualTo("NO_SUCH_CATEGORY [nav katalogā]");
        });
        assertThat(processor.country().known()).isFalse();
        assertThat(processor.country().name().en()).isEqualTo("XX [unknown country]");
        assertThat(processor.relationship().code()).isEqualTo("GROUP_COMPANY");
        assertThat(record.pluginActivities().get(0).purposes()).singleElement()
                .satisfies(purpose -> assertThat(purpose.known()).isFalse());
        assertThat(record.pluginActivities().get(0).subjectTypes()).singleElement()
                .satisfies(type -> assertThat(type.name().en()).contains("NO_SUCH_TYPE"));
        assertThat(record.warnings()).extracting(warning -> warning.en())
                .anySatisfy(warning -> assertThat(warning).contains("NO_SUCH_CATEGORY"))
                .anySatisfy(warning -> assertThat(warning).contains("NO_SUCH_PURPOSE"))
                .anySatisfy(warning -> assertThat(warning).contains("NO_SUCH_TYPE"))
                .anySatisfy(warning -> assertThat(warning).contains("Nowhere Ltd").contains("no transfer"));
    }

    @Test
    void aContributionThatFailsIsLeftOutWithAWarning() {
        RopaTestPlugins.CONTRIBUTION.set(null);

        ProcessingRecord record = ropa.current(ACTOR);

        assertThat(record.processors()).isEmpty();
        assertThat(record.activities()).isNotEmpty();
        assertThat(record.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.en()).contains(RopaTestPlugins.PLUGIN_ID).contains("could not be read"));
    }

    @Test
    void theVersionGoesUpOnlyWhenTheContentChanges() {
        ProcessingRecord first = ropa.current(ACTOR);
        ProcessingRecord again = ropa.current(ACTOR);
        assertThat(again.version()).as("nothing changed").isEqualTo(first.version());
        assertThat(again.versionCreatedAt()).isEqualTo(first.versionCreatedAt());
        assertThat(again.contentHash()).isEqualTo(first.contentHash());
        assertThat(again.generatedAt()).isAfterOrEqualTo(first.generatedAt());

        RopaTestPlugins.CONTRIBUTION.set(withProcessor("Second Processor " + UUID.randomUUID()));
        ProcessingRecord changed = ropa.current(ACTOR);
        assertThat(changed.version()).isEqualTo(first.version() + 1);
        assertThat(changed.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(ropa.current(ACTOR).version()).as("stable again").isEqualTo(changed.version());

        RopaTestPlugins.CONTRIBUTION.set(RopaTestPlugins.standard());
        ProcessingRecord back = ropa.current(ACTOR);
        assertThat(back.version()).as("back to the earlier content is still a change").isEqualTo(changed.version() + 1);
        assertThat(back.contentHash()).isEqualTo(first.contentHash());
        assertThat(auditEntries(changed.version())).isEqualTo(1);
        assertThat(auditEntries(back.version())).isEqualTo(1);
    }

    @Test
    void buildsAtTheSameMomentCreateOneVersion() throws Exception {
        int before = ropa.current(ACTOR).version();
        RopaTestPlugins.CONTRIBUTION.set(withProcessor("Concurrent Processor " + UUID.randomUUID()));
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ProcessingRecord>> builds = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                builds.add(pool.submit(() -> {
                    start.await();
                    return ropa.current(Actor.system("ropa-test-concurrent"));
                }));
            }
            start.countDown();
            List<Integer> seen = new ArrayList<>();
            for (Future<ProcessingRecord> build : builds) {
                seen.add(build.get(60, TimeUnit.SECONDS).version());
            }
            assertThat(seen).containsOnly(before + 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(versions.latest()).hasValueSatisfying(latest -> assertThat(latest.number()).isEqualTo(before + 1));
        assertThat(auditEntries(before + 1)).isEqualTo(1);
    }

    @Test
    @DisplayName("GDPR Art. 30: the PDF in Latvian has the controller, the purposes, the processor and Latvian letters")
    void thePdfInLatvianReadsBack() throws IOException {
        ProcessingRecord record = ropa.current(ACTOR);
        String text = text(save(pdf.write(record, Locale.forLanguageTag("lv")), "lv"));

        assertThat(text).contains("Apstrādes darbību reģistrs").contains("AS Balticom").contains("40003443452")
                .contains("Klienta identificēšanai").contains(RopaTestPlugins.PROCESSOR)
                .contains("Amerikas Savienotās Valstis").contains("Datu aizsardzības speciālists").contains("klients@balticom.info")
                .contains("Tehniskie un organizatoriskie drošības pasākumi").contains("Ugunsmūri")
                .contains("Lapa 1 no").contains("Versija");
        assertThat(pdf.fileName(record)).matches("ropa-v" + record.version() + "-\\d{4}-\\d{2}-\\d{2}\\.pdf");
    }

    @Test
    @DisplayName("GDPR Art. 30: the PDF in English has English headings")
    void thePdfInEnglishReadsBack() throws IOException {
        String text = text(save(pdf.write(ropa.current(ACTOR), Locale.ENGLISH), "en"));

        assertThat(text).contains("Record of processing activities").contains("Processing activities")
                .contains("Identifying the client").contains("Processors").contains("Transfers of personal data to third countries")
                .contains("Standard data protection clauses").contains("Technical and organisational security measures")
                .contains("Page 1 of").contains(RopaTestPlugins.PROCESSOR).contains("United States")
                .doesNotContain("Apstrādes darbību reģistrs");
    }

    private static String text(byte[] document) throws IOException {
        assertThat(new String(document, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(document);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // Table cells break long labels over lines: compare words, not line breaks.
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** Keeps the PDF under target/ to look at. */
    private static byte[] save(byte[] document, String language) throws IOException {
        java.nio.file.Files.write(java.nio.file.Path.of("target", "ropa-test-" + language + ".pdf"), document);
        return document;
    }

    private static Activity activity(ProcessingRecord record, String code) {
        return record.activities().stream().filter(activity -> activity.code().equals(code)).findFirst().orElseThrow();
    }

    private static ProcessingContribution withProcessor(String name) {
        ProcessingContribution standard = RopaTestPlugins.standard();
        List<ProcessingContribution.Processor> processors = new ArrayList<>(standard.processors());
        processors.add(new ProcessingContribution.Processor(name, Optional.empty(), "LV", true, Text.of("Uzstādīšana", "Installation"),
                List.of("CONTACT"), Optional.empty(), Optional.empty(), Optional.empty()));
        return new ProcessingContribution(standard.recipients(), processors, standard.transfers(), standard.activities());
    }

    private long auditEntries(int version) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target_type = 'ropa' AND target_id = ?", statement -> {
                    statement.setString(1, RopaVersions.VERSION_CREATED);
                    statement.setString(2, Integer.toString(version));
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
    }
}
