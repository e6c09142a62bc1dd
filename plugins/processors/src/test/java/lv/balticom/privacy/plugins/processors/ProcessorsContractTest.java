package lv.balticom.privacy.plugins.processors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.testkit.PluginContractTest;

/**
 * The plugin in the real platform, checked against the SPI's contract (POL-13, POL-14, POL-18, POL-19):
 * processors in the EU and in a third country, transfers with and without a safeguard, and the records
 * its rules refuse.
 */
class ProcessorsContractTest extends PluginContractTest {

    @Override
    protected String pluginId() {
        return "processors";
    }

    @Override
    protected Map<String, List<Map<String, Object>>> validRecords() {
        return Map.of(
                "processors", List.of(
                        Map.of("name", "SIA Baltijas Rēķinu Serviss", "registrationNumber", "40103000001", "country", "lv",
                                "relationship", "PARTNER", "tasks", "Izsūta klientiem rēķinus un atgādinājumus.",
                                "dataCategories", List.of("IDENTIFICATION", "CONTACT"), "contractReference", "DPA-2024-07",
                                "contractFrom", LocalDate.of(2024, 7, 1), "contractUntil", "31.12.2027"),
                        Map.of("name", "Helpdesk Software Inc.", "country", "US", "relationship", "PARTNER",
                                "tasks", "Software support with remote access to the ticket system.",
                                "dataCategories", List.of("CONTACT")),
                        Map.of("name", "Balticom Grupa AS", "country", "EE", "relationship", "GROUP_COMPANY",
                                "tasks", "Ierīko pakalpojumus klientu telpās.", "dataCategories", List.of("IDENTIFICATION", "LOCATION"))),
                "transfers", List.of(
                        Map.of("summary", "Programmatūras atbalsts no ASV", "processor", ref("processors", 1), "country", "US",
                                "safeguard", "STANDARD_CONTRACTUAL_CLAUSES", "safeguardDetails", "Commission decision (EU) 2021/914, module 3",
                                "assessedOn", LocalDate.of(2025, 3, 1), "nextReview", LocalDate.of(2027, 3, 1)),
                        Map.of("summary", "Rēķinu izsūtīšana no Igaunijas", "processor", ref("processors", 2), "country", "EE")));
    }

    @Override
    protected List<InvalidRecord> invalidRecords() {
        return List.of(
                invalid("transfers", "safeguard", Map.of("summary", "Atbalsts no Indijas bez līguma", "processor", ref("processors", 1),
                        "country", "IN")),
                invalid("transfers", "nextReview", Map.of("summary", "Pārskatīšana pirms izvērtēšanas", "processor", ref("processors", 1),
                        "country", "US", "safeguard", "ADEQUACY_DECISION", "assessedOn", LocalDate.of(2025, 3, 1),
                        "nextReview", LocalDate.of(2024, 3, 1))),
                invalid("transfers", "processor", Map.of("summary", "Nezināms apstrādātājs", "processor", "no-such-processor",
                        "country", "LV")),
                invalid("processors", "contractUntil", Map.of("name", "SIA Beigas Pirms Sākuma", "country", "LV", "relationship", "PARTNER",
                        "tasks", "Nekas.", "dataCategories", List.of("CONTACT"), "contractFrom", LocalDate.of(2025, 1, 1),
                        "contractUntil", LocalDate.of(2024, 1, 1))),
                invalid("processors", "country", Map.of("name", "SIA Nekurienes Valsts", "country", "XX", "relationship", "PARTNER",
                        "tasks", "Nekas.", "dataCategories", List.of("CONTACT"))),
                invalid("processors", "dataCategories", Map.of("name", "SIA Bez Datiem", "country", "LV", "relationship", "PARTNER",
                        "tasks", "Nekas.", "dataCategories", List.of("NO_SUCH_CATEGORY"))),
                invalid("processors", "name", Map.of("country", "LV", "relationship", "PARTNER", "tasks", "Nekas.",
                        "dataCategories", List.of("CONTACT"))));
    }
}
