package lv.balticom.privacy.core.internal.policypack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.api.catalog.LegalBasis;
import lv.balticom.privacy.core.api.catalog.LegitimateInterest;
import lv.balticom.privacy.core.api.catalog.PolicyVersion;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.api.catalog.SubjectType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The policy pack: the company's policy as data, and the checks that name the line and field of every mistake. */
class PolicyPackReaderTest {

    private static final PolicyPack BUILT_IN = PolicyPackSource.builtIn().read();

    @Nested
    @DisplayName("The built-in pack holds the policy")
    class BuiltIn {

        @Test
        @DisplayName("POL-1, POL-2: the controller and its contacts")
        void controller() {
            assertThat(BUILT_IN.contents().controller().name()).isEqualTo("AS Balticom");
            assertThat(BUILT_IN.contents().controller().registrationNumber()).isEqualTo("40003443452");
            assertThat(BUILT_IN.contents().controller().address().lv()).contains("Straupes iela 5").contains("Rīga").contains("LV-1073");
            assertThat(BUILT_IN.contents().controller().privacyEmail()).isEqualTo("klients@balticom.info");
            assertThat(BUILT_IN.contents().controller().secretariatEmail()).isEqualTo("sekretariats@balticom.info");
            assertThat(BUILT_IN.contents().controller().phone()).contains("29333333");
            assertThat(BUILT_IN.contents().controller().supervisoryAuthority().name().lv()).isEqualTo("Datu valsts inspekcija");
        }

        @Test
        @DisplayName("APP1: the 32 data categories, numbered 1..32, with examples, and only category 3 sensitive")
        void dataCategories() {
            List<DataCategory> categories = BUILT_IN.contents().dataCategories();
            assertThat(categories).hasSize(32);
            assertThat(categories).extracting(DataCategory::number)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 32).boxed().toList());
            assertThat(categories).allSatisfy(category -> {
                assertThat(category.clause()).isEqualTo("APP1-" + category.number());
                assertThat(category.examples().lv()).isNotEmpty().hasSameSizeAs(category.examples().en());
                assertThat(category.name().lv()).isNotBlank();
                assertThat(category.name().en()).isNotBlank();
            });
            assertThat(categories).filteredOn(DataCategory::sensitive).extracting(DataCategory::number).containsExactly(3);
            assertThat(categories.get(25).code()).isEqualTo("CALL_RECORDINGS");
            assertThat(categories.get(25).name().lv()).isEqualTo("Sarunu ierakstu dati");
        }

        @Test
        @DisplayName("POL-4: the five subject types")
        void subjectTypes() {
            assertThat(BUILT_IN.contents().subjectTypes()).extracting(SubjectType::code)
                    .containsExactly("CLIENT", "VISITOR", "ONLINE_USER", "CAMPAIGN_PARTICIPANT", "PROPERTY_OWNER");
            assertThat(BUILT_IN.contents().subjectTypes()).extracting(SubjectType::clause)
                    .containsExactly("POL-4.1", "POL-4.2", "POL-4.3", "POL-4.4", "POL-4.5");
        }

        @Test
        @DisplayName("POL-6, POL-7: five legal bases and 29 legitimate interests")
        void basesAndInterests() {
            assertThat(BUILT_IN.contents().legalBases()).extracting(LegalBasis::code)
                    .containsExactly("CONTRACT", "LEGAL_OBLIGATION", "CONSENT", "LEGITIMATE_INTEREST", "VITAL_INTEREST");
            assertThat(BUILT_IN.contents().legitimateInterests()).hasSize(29);
            assertThat(BUILT_IN.contents().legitimateInterests()).extracting(LegitimateInterest::number)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 29).boxed().toList());
            assertThat(BUILT_IN.contents().legitimateInterests().get(9).clause()).isEqualTo("POL-7.10");
        }

        @Test
        @DisplayName("POL-5: seven purpose groups; every purpose on legitimate interest names its interests")
        void purposes() {
            assertThat(BUILT_IN.contents().purposeGroups()).hasSize(7);
            assertThat(BUILT_IN.contents().purposes()).isNotEmpty().allSatisfy(purpose -> {
                assertThat(purpose.legalBases()).isNotEmpty();
                assertThat(purpose.dataCategories()).isNotEmpty();
                if (purpose.allows("LEGITIMATE_INTEREST")) {
                    assertThat(purpose.legitimateInterests()).as(purpose.code()).isNotEmpty();
                }
            });
            assertThat(BUILT_IN.contents().purposes()).extracting(Purpose::group).containsAll(
                    BUILT_IN.contents().purposeGroups().stream().map(group -> group.code()).toList());
        }

        @Test
        @DisplayName("POL-16, POL-17: six sources and four recipient categories")
        void sourcesAndRecipients() {
            assertThat(BUILT_IN.contents().sources()).hasSize(6);
            assertThat(BUILT_IN.contents().sources().get(5).examples().lv()).anySatisfy(example -> assertThat(example).contains("zemesgramata.lv"));
            assertThat(BUILT_IN.contents().recipientCategories()).hasSize(4);
        }

        @Test
        @DisplayName("POL-53..55: the three policy versions with the dates they took effect")
        void versions() {
            assertThat(BUILT_IN.contents().policyVersions()).extracting(PolicyVersion::effectiveFrom).containsExactly(
                    LocalDate.of(2023, 1, 20), LocalDate.of(2023, 10, 10), LocalDate.of(2025, 10, 7));
            assertThat(BUILT_IN.contents().notes()).anySatisfy(note -> assertThat(note.clause()).isEqualTo("POL-55"));
        }
    }

    @Nested
    @DisplayName("A wrong pack is refused with the line and field of every problem")
    class Problems {

        private static final String MINIMAL = """
                packVersion: 1
                policy:
                  title: {lv: Politika, en: Policy}
                controller:
                  name: AS Balticom
                  registrationNumber: "40003443452"
                  address: {lv: Rīga, en: Riga}
                  privacyEmail: klients@balticom.info
                  supervisoryAuthority:
                    name: {lv: Datu valsts inspekcija, en: Data State Inspectorate}
                subjectTypes:
                  - {code: CLIENT, clause: POL-4.1, name: {lv: Klienti, en: Clients}, description: {lv: k, en: c}}
                legalBases:
                  - {code: CONTRACT, clause: POL-6.1, gdprArticle: "6(1)(b)", name: {lv: L, en: C}, description: {lv: l, en: c}}
                  - {code: LEGAL_OBLIGATION, clause: POL-6.2, gdprArticle: "6(1)(c)", name: {lv: L, en: L}, description: {lv: l, en: l}}
                  - {code: CONSENT, clause: POL-6.3, gdprArticle: "6(1)(a)", name: {lv: P, en: C}, description: {lv: p, en: c}}
                  - {code: LEGITIMATE_INTEREST, clause: POL-6.4, gdprArticle: "6(1)(f)", name: {lv: L, en: L}, description: {lv: l, en: l}}
                  - {code: VITAL_INTEREST, clause: POL-6.5, gdprArticle: "6(1)(d)", name: {lv: V, en: V}, description: {lv: v, en: v}}
                legitimateInterests:
                  - {code: CONDUCT_BUSINESS, number: 1, clause: POL-7.1, text: {lv: veikt, en: conduct}}
                sources:
                  - {code: DATA_SUBJECT, clause: POL-16.1, name: {lv: Klients, en: Client}}
                recipientCategories:
                  - {code: AUTHORITIES, clause: POL-17.3, name: {lv: I, en: A}, description: {lv: i, en: a}}
                dataCategories:
                  - code: IDENTIFICATION
                    number: 1
                    clause: APP1-1
                    name: {lv: Identifikācija, en: Identification}
                    examples: {lv: [vārds], en: [name]}
                    sensitive: false
                purposeGroups:
                  - {code: SERVICES, clause: POL-5.1, name: {lv: Pakalpojumi, en: Services}}
                purposes:
                  - code: IDENTIFY
                    group: SERVICES
                    clause: POL-5.1
                    name: {lv: Identificēt, en: Identify}
                    legalBases: [CONTRACT, LEGITIMATE_INTEREST]
                    legitimateInterests: [CONDUCT_BUSINESS]
                    dataCategories: [IDENTIFICATION]
                policyVersions:
                  - {version: "2025-10-07", effectiveFrom: 2025-10-07}
                """;

        @Test
        void theMinimalPackIsValid() {
            PolicyPack pack = read(MINIMAL);
            assertThat(pack.contents().purposes()).singleElement().satisfies(purpose -> {
                assertThat(purpose.legalBases()).containsExactly("CONTRACT", "LEGITIMATE_INTEREST");
                assertThat(purpose.channels()).isFalse();
            });
        }

        @Test
        void notYamlNamesTheLine() {
            assertProblems("packVersion: 1\npolicy: [unclosed\n", "line 3: not valid YAML");
        }

        @Test
        void anUnknownFieldIsATypoNotIgnored() {
            assertProblems(MINIMAL.replace("    sensitive: false", "    sensitive: false\n    sensitiv: true"),
                    "line 32: dataCategories[0].sensitiv: unknown field");
        }

        @Test
        void aMissingTranslationNamesItsField() {
            assertProblems(MINIMAL.replace("name: {lv: Identifikācija, en: Identification}", "name: {lv: Identifikācija}"),
                    "line 29: dataCategories[0].name.en: required");
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            String broken = MINIMAL
                    .replace("number: 1\n    clause: APP1-1", "number: one\n    clause: APP-1")
                    .replace("dataCategories: [IDENTIFICATION]", "dataCategories: [IDENTIFICATION, LOCATION]")
                    .replace("effectiveFrom: 2025-10-07", "effectiveFrom: 07.10.2025");
            assertProblems(broken,
                    "line 27: dataCategories[0].number: must be a whole number",
                    "line 28: dataCategories[0].clause: must be a clause id",
                    "line 41: purposes[0].dataCategories[1]: no data category has the code LOCATION",
                    "line 43: policyVersions[0].effectiveFrom: must be a date written YYYY-MM-DD");
        }

        @Test
        @DisplayName("POL-7: a purpose on legitimate interest must name the interests it serves")
        void legitimateInterestNeedsItsInterests() {
            assertProblems(MINIMAL.replace("    legitimateInterests: [CONDUCT_BUSINESS]\n", ""),
                    "purposes[0].legalBases: a purpose resting on LEGITIMATE_INTEREST must name its legitimateInterests");
        }

        @Test
        void codesAreUniqueAndReferencesResolve() {
            assertProblems(MINIMAL.replace("{code: AUTHORITIES,", "{code: CLIENT,").replace("- {code: CLIENT, clause: POL-17.3", "- {code: X, clause: POL-17.3")
                            .replace("group: SERVICES\n", "group: SERVICE\n"),
                    "purposes[0].group: no purpose group has the code SERVICE");
            assertProblems(MINIMAL.replace("  - {code: DATA_SUBJECT, clause: POL-16.1, name: {lv: Klients, en: Client}}",
                            "  - {code: DATA_SUBJECT, clause: POL-16.1, name: {lv: Klients, en: Client}}\n"
                                    + "  - {code: DATA_SUBJECT, clause: POL-16.2, name: {lv: Sistēmas, en: Systems}}"),
                    "line 23: sources[1].code: another item in this list has the code DATA_SUBJECT");
        }

        @Test
        void examplesComeInBothLanguagesItemForItem() {
            assertProblems(MINIMAL.replace("examples: {lv: [vārds], en: [name]}", "examples: {lv: [vārds, uzvārds], en: [name]}"),
                    "dataCategories[0].examples: lv has 2 items and en 1");
        }

        @Test
        @DisplayName("POL-6: the legal bases the platform relies on must all be defined")
        void requiredLegalBases() {
            assertProblems(MINIMAL.replace(
                    "  - {code: VITAL_INTEREST, clause: POL-6.5, gdprArticle: \"6(1)(d)\", name: {lv: V, en: V}, description: {lv: v, en: v}}\n", ""),
                    "legalBases: must define VITAL_INTEREST");
        }

        @Test
        void textsMustFitTheCatalogue() {
            assertProblems(MINIMAL.replace("name: {lv: Identifikācija, en: Identification}",
                            "name: {lv: Identifikācija, en: " + "x".repeat(301) + "}"),
                    "line 29: dataCategories[0].name.en: must be at most 300 characters long (it has 301)");
            assertProblems(MINIMAL.replace("examples: {lv: [vārds], en: [name]}", "examples: {lv: [\"vārds\\nuzvārds\"], en: [name]}"),
                    "dataCategories[0].examples.lv[0]: must be one line");
        }

        @Test
        void aDuplicateKeyIsRefused() {
            assertProblems(MINIMAL.replace("packVersion: 1\n", "packVersion: 1\npackVersion: 2\n"), "packVersion: appears twice");
        }

        private PolicyPack read(String yaml) {
            return new PolicyPackReader().read(new StringReader(yaml), "test.yml");
        }

        private void assertProblems(String yaml, String... expected) {
            assertThatThrownBy(() -> read(yaml))
                    .isInstanceOf(PolicyPackException.class)
                    .satisfies(error -> {
                        assertThat(error.getMessage()).startsWith("The policy pack test.yml is not valid");
                        for (String problem : expected) {
                            assertThat(error.getMessage()).contains(problem);
                        }
                    });
        }
    }
}
