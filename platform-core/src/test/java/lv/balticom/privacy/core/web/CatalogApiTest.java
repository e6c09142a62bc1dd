package lv.balticom.privacy.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.PolicyVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The catalogue over the HTTP API, as seeded from the policy pack on the first start. */
@MicronautTest
class CatalogApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Catalog catalog;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    @DisplayName("POL-1, POL-2: the controller, its register number, address and privacy contacts")
    void controller() {
        Map<String, Object> controller = api.get("/api/v1/controller");
        assertThat(controller).containsEntry("name", "AS Balticom")
                .containsEntry("registrationNumber", "40003443452")
                .containsEntry("privacyEmail", "klients@balticom.info")
                .containsEntry("secretariatEmail", "sekretariats@balticom.info");
        assertThat(controller.get("address")).isEqualTo(Map.of("lv", "Straupes iela 5 k-3, Rīga, LV-1073",
                "en", "Straupes iela 5 k-3, Riga, LV-1073, Latvia"));
        assertThat(controller.get("phone").toString()).endsWith("29333333");
    }

    @Test
    @DisplayName("APP1: 32 data categories with code, number, name in Latvian and English, examples and the sensitive flag")
    void dataCategories() {
        List<Map<String, Object>> categories = api.items("/api/v1/catalog/data-categories");
        assertThat(categories).hasSize(32);
        assertThat(categories).extracting(category -> ((Number) category.get("number")).intValue())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 32).boxed().toList());
        assertThat(categories).allSatisfy(category -> {
            assertThat(category).containsKeys("code", "number", "name", "examples", "sensitive");
            assertThat(category.get("name").toString()).contains("lv=").contains("en=");
            assertThat(category.get("examples").toString()).contains("lv=[").contains("en=[");
        });
        assertThat(categories.get(2)).containsEntry("sensitive", true).containsEntry("code", "SPECIAL_CATEGORY");
        assertThat(categories).filteredOn(category -> Boolean.TRUE.equals(category.get("sensitive"))).hasSize(1);
        assertThat(categories.get(0).get("name")).isEqualTo(Map.of("lv", "Personas identifikācijas dati",
                "en", "Personal identification data"));
    }

    @Test
    @DisplayName("POL-5: purposes with their group, allowed legal bases, interests and data categories")
    @SuppressWarnings("unchecked")
    void purposes() {
        List<Map<String, Object>> purposes = api.items("/api/v1/catalog/purposes");
        assertThat(purposes).isNotEmpty();
        Map<String, Object> commercial = purposes.stream()
                .filter(purpose -> "COMMERCIAL_NOTICES".equals(purpose.get("code"))).findFirst().orElseThrow();
        assertThat((List<String>) commercial.get("legalBases")).containsExactly("CONSENT", "LEGITIMATE_INTEREST");
        assertThat(commercial).containsEntry("channels", true);
        assertThat(((Map<String, Object>) commercial.get("group"))).containsKeys("code", "clause", "name");
        assertThat(api.items("/api/v1/catalog/purpose-groups")).hasSize(7);
    }

    @Test
    @DisplayName("POL-6, POL-7, POL-16, POL-17: legal bases, 29 legitimate interests, 6 sources, 4 recipient categories")
    void otherCatalogues() {
        assertThat(api.items("/api/v1/catalog/legal-bases")).extracting(basis -> basis.get("code"))
                .containsExactly("CONTRACT", "LEGAL_OBLIGATION", "CONSENT", "LEGITIMATE_INTEREST", "VITAL_INTEREST");
        assertThat(api.items("/api/v1/catalog/legitimate-interests")).hasSize(29);
        assertThat(api.items("/api/v1/catalog/sources")).hasSize(6);
        assertThat(api.items("/api/v1/catalog/recipient-categories")).hasSize(4);
    }

    @Test
    @DisplayName("POL-4: the five subject types")
    void subjectTypes() {
        assertThat(api.items("/api/v1/catalog/subject-types")).extracting(type -> type.get("code"))
                .containsExactly("CLIENT", "VISITOR", "ONLINE_USER", "CAMPAIGN_PARTICIPANT", "PROPERTY_OWNER");
    }

    @Test
    @DisplayName("POL-53..55: three versions; the one of 2025-10-07 is current")
    void policyVersions() {
        List<Map<String, Object>> versions = api.items("/api/v1/policy/versions");
        assertThat(versions).extracting(version -> version.get("effectiveFrom"))
                .containsExactly("2023-01-20", "2023-10-10", "2025-10-07");
        assertThat(versions).extracting(version -> version.get("current")).containsExactly(false, false, true);
        assertThat(api.items("/api/v1/policy/notes")).isNotEmpty();
    }

    @Test
    @DisplayName("POL-36, POL-53: which version was in force on a given day")
    void versionInForceOnADay() {
        assertThat(catalog.policyVersionOn(LocalDate.of(2023, 1, 19))).isEmpty();
        assertThat(catalog.policyVersionOn(LocalDate.of(2023, 1, 20))).map(PolicyVersion::version).contains("2023-01-20");
        assertThat(catalog.policyVersionOn(LocalDate.of(2024, 6, 1))).map(PolicyVersion::version).contains("2023-10-10");
        assertThat(catalog.policyVersionOn(LocalDate.of(2025, 10, 7))).map(PolicyVersion::version).contains("2025-10-07");
    }

    @Test
    void dataCategoriesAreFoundByCodeOrByNumber() {
        assertThat(catalog.dataCategory("26")).hasValueSatisfying(category -> assertThat(category.code()).isEqualTo("CALL_RECORDINGS"));
        assertThat(catalog.dataCategory("CALL_RECORDINGS")).hasValueSatisfying(category -> assertThat(category.number()).isEqualTo(26));
        assertThat(catalog.dataCategory("33")).isEmpty();
        assertThat(catalog.dataCategory("NO_SUCH")).isEmpty();
    }
}
