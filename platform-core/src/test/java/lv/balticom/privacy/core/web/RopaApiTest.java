package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.internal.ropa.RopaTestPlugins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The record of processing (GDPR Art. 30) over the HTTP API: JSON, the PDF in both languages, errors and permissions. */
@MicronautTest(transactional = false)
@Property(name = "privacy.test.ropa", value = "true")
class RopaApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Catalog catalog;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
        RopaTestPlugins.CONTRIBUTION.set(RopaTestPlugins.standard());
    }

    @Test
    @DisplayName("POL-5, POL-6, APP1, GDPR Art. 30: the JSON lists every purpose with its legal bases and data categories, named")
    @SuppressWarnings("unchecked")
    void theJsonListsEveryPurposeWithItsLegalBasesAndCategories() throws IOException {
        Map<String, Object> record = api.get("/api/v1/ropa");
        Files.writeString(Path.of("target", "ropa-test.json"), record.toString());

        assertThat(record).containsKeys("version", "versionCreatedAt", "generatedAt", "contentHash", "controller", "dpo",
                "policyVersion", "purposeGroups", "pluginActivities", "processors", "transfers", "recipients", "subjectTypes",
                "securityMeasures", "contributors", "warnings");
        assertThat(((Number) record.get("version")).intValue()).isPositive();
        assertThat(((Map<String, Object>) record.get("controller")).get("name")).isEqualTo("AS Balticom");
        List<Map<String, Object>> activities = ((List<Map<String, Object>>) record.get("purposeGroups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("activities")).stream()).toList();
        assertThat(activities).extracting(activity -> activity.get("code"))
                .containsExactlyInAnyOrderElementsOf(catalog.purposes().stream().map(Purpose::code).toList());
        for (Map<String, Object> activity : activities) {
            Purpose purpose = catalog.purpose(activity.get("code").toString()).orElseThrow();
            List<Map<String, Object>> bases = (List<Map<String, Object>>) activity.get("legalBases");
            assertThat(bases).extracting(basis -> basis.get("code")).containsExactlyElementsOf(purpose.legalBases());
            assertThat(bases).allSatisfy(basis -> {
                assertThat(basis.get("clause").toString()).startsWith("POL-6.");
                assertThat(((Map<String, Object>) basis.get("name")).get("lv").toString()).isNotBlank();
            });
            List<Map<String, Object>> categories = (List<Map<String, Object>>) activity.get("dataCategories");
            assertThat(categories).extracting(category -> category.get("code")).containsExactlyElementsOf(purpose.dataCategories());
            assertThat(categories).allSatisfy(category -> assertThat(category.get("clause").toString()).startsWith("APP1-"));
        }
        Map<String, Object> identification = activities.stream().filter(a -> "CLIENT_IDENTIFICATION".equals(a.get("code")))
                .findFirst().orElseThrow();
        assertThat(identification.get("name")).isEqualTo(Map.of("lv", "Klienta identificēšanai", "en", "Identifying the client"));
    }

    @Test
    @DisplayName("POL-13, POL-18: the record of processing lists a processor added through a plugin, with its transfer")
    @SuppressWarnings("unchecked")
    void theJsonListsThePluginsProcessorAndTransfer() {
        Map<String, Object> record = api.get("/api/v1/ropa");

        List<Map<String, Object>> processors = (List<Map<String, Object>>) record.get("processors");
        assertThat(processors).extracting(processor -> processor.get("name")).contains(RopaTestPlugins.PROCESSOR);
        Map<String, Object> processor = processors.stream().filter(p -> RopaTestPlugins.PROCESSOR.equals(p.get("name")))
                .findFirst().orElseThrow();
        assertThat((Map<String, Object>) processor.get("country")).containsEntry("code", "US").containsEntry("eea", false);
        assertThat(processor).containsEntry("plugin", RopaTestPlugins.PLUGIN_ID).containsEntry("contractReference", "DPA-2024-07")
                .containsEntry("contractFrom", "2024-07-01").containsEntry("contractUntil", null);
        List<Map<String, Object>> transfers = (List<Map<String, Object>>) record.get("transfers");
        assertThat(transfers).singleElement().satisfies(transfer -> {
            assertThat(transfer).containsEntry("recipient", RopaTestPlugins.PROCESSOR).containsEntry("assessedOn", "2025-01-15");
            assertThat((Map<String, Object>) transfer.get("safeguard")).containsEntry("code", "STANDARD_CONTRACTUAL_CLAUSES");
        });
    }

    @Test
    @DisplayName("GDPR Art. 30: the PDF in Latvian, an attachment named after its version and date, with Latvian letters")
    void thePdfInLatvianIsTheDefault() throws IOException {
        int version = ((Number) api.get("/api/v1/ropa").get("version")).intValue();
        HttpResponse<byte[]> answer = http.toBlocking().exchange(admin(HttpRequest.GET("/api/v1/ropa.pdf")
                .accept(MediaType.of("application/pdf"))), byte[].class);

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("application/pdf"));
        assertThat(answer.getHeaders().get("Content-Disposition"))
                .matches("attachment; filename=\"ropa-v" + version + "-\\d{4}-\\d{2}-\\d{2}\\.pdf\"");
        String text = text(answer.body());
        assertThat(text).contains("Apstrādes darbību reģistrs").contains("AS Balticom").contains("Klienta identificēšanai")
                .contains(RopaTestPlugins.PROCESSOR).contains("Personas datu kategorijas");
    }

    @Test
    @DisplayName("GDPR Art. 30: the PDF in English with ?lang=en")
    void thePdfInEnglish() throws IOException {
        HttpResponse<byte[]> answer = http.toBlocking().exchange(admin(HttpRequest.GET("/api/v1/ropa.pdf?lang=en")
                .accept(MediaType.ALL_TYPE)), byte[].class);

        assertThat(answer.code()).isEqualTo(200);
        assertThat(text(answer.body())).contains("Record of processing activities").contains("Categories of personal data")
                .contains("Identifying the client").contains(RopaTestPlugins.PROCESSOR);
    }

    @Test
    void aLanguageOtherThanLatvianOrEnglishIsRefusedNamingLang() {
        problem(api.error(admin(HttpRequest.GET("/api/v1/ropa.pdf?lang=de").accept(MediaType.ALL_TYPE))), 400, "lang");
        problem(api.error(admin(HttpRequest.GET("/api/v1/ropa.pdf?lang=").accept(MediaType.ALL_TYPE))), 400, "lang");
    }

    @Test
    void anAgentMayReadTheRecordAndAKeyWithoutCatalogReadMayNot() {
        String agent = "agent-ropa-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/users", "{\"username\":\"%s\",\"password\":\"agent-password-123\",\"roles\":[\"AGENT\"]}".formatted(agent));
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/api/v1/ropa").basicAuth(agent, "agent-password-123")).code())
                .isEqualTo(200);

        String secret = api.post("/api/v1/api-keys", "{\"name\":\"ropa-%s\",\"permissions\":[\"subject:read\"]}"
                .formatted(UUID.randomUUID().toString().substring(0, 8))).body().get("secret").toString();
        Map<String, Object> refused = problem(api.error(HttpRequest.GET("/api/v1/ropa").bearerAuth(secret)), 403, null);
        assertThat(refused.get("detail").toString()).contains("catalog:read");
        problem(api.error(HttpRequest.GET("/api/v1/ropa.pdf").bearerAuth(secret).accept(MediaType.ALL_TYPE)), 403, null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewVersionIsInTheAuditLedger() {
        api.get("/api/v1/ropa"); // the standard contribution: whatever was built before, this is now the latest
        RopaTestPlugins.CONTRIBUTION.set(new lv.balticom.privacy.spi.ropa.ProcessingContribution(
                RopaTestPlugins.standard().recipients(), List.of(), List.of(), List.of()));
        try {
            int version = ((Number) api.get("/api/v1/ropa").get("version")).intValue();
            List<Map<String, Object>> entries = (List<Map<String, Object>>) api.get("/api/v1/audit?size=500").get("items");
            assertThat(entries).filteredOn(entry -> "ropa.version-created".equals(entry.get("action"))
                            && String.valueOf(version).equals(entry.get("targetId")))
                    .singleElement().satisfies(entry -> {
                        assertThat(entry).containsEntry("actor", "user:admin").containsEntry("targetType", "ropa");
                        assertThat(((Map<String, Object>) entry.get("details"))).containsEntry("version", String.valueOf(version))
                                .containsEntry("previousVersion", String.valueOf(version - 1)).containsKey("contentHash");
                    });
        } finally {
            RopaTestPlugins.CONTRIBUTION.set(RopaTestPlugins.standard());
        }
    }

    private static String text(byte[] document) throws IOException {
        assertThat(new String(document, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(document);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            return java.util.stream.IntStream.rangeClosed(1, reader.getNumberOfPages()).mapToObj(page -> {
                try {
                    return extractor.getTextFromPage(page);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining(" ")).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
