package lv.balticom.privacy.plugins.propertyowners;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.testkit.PluginContractTest;

/**
 * The plugin in the real platform, checked against the SPI's contract (POL-4.5, POL-5.6, POL-16.6): its
 * four registers, its subject data source (erasure keeps an owner while the network runs on their
 * property), its retention target on coordinations and its processing activity.
 */
class PropertyOwnersContractTest extends PluginContractTest {

    @Override
    protected String pluginId() {
        return "property-owners";
    }

    @Override
    protected Map<String, List<Map<String, Object>>> validRecords() {
        return Map.of(
                "owners", List.of(
                        Map.of("kind", "LEGAL_PERSON", "name", "SIA Zemes Īpašumi", "registrationNumber", "40003999991",
                                "address", "Brīvības iela 100, Rīga", "email", "Birojs@Zemes-Ipasumi.example.lv", "phone", "67000001"),
                        Map.of("kind", "natural_person", "name", "Pēteris Ozoliņš", "address", "Ozolu iela 7, Sigulda",
                                "phone", "+371 29000002", "restricted", false)),
                "properties", List.of(
                        Map.of("cadastralNumber", "80960010001", "address", "Ozolu iela 7, Sigulda", "landRegisterFolio", "100000999991",
                                "owner", ref("owners", 1)),
                        Map.of("cadastralNumber", "01000990002", "address", "Brīvības iela 100, Rīga", "owner", ref("owners", 0))),
                "network-elements", List.of(
                        Map.of("property", ref("properties", 0), "kind", "CABLE_LINE", "description", "Optiskais kabelis gar žogu",
                                "installedOn", LocalDate.of(2019, 5, 14)),
                        Map.of("property", ref("properties", 1), "kind", "cabinet", "description", "Sadales skapis pagalmā")),
                "coordinations", List.of(
                        Map.of("summary", "Kabeļa remonts pie žoga", "property", ref("properties", 0), "date", LocalDate.of(2023, 4, 3),
                                "kind", "REPAIR", "withSurvey", true, "outcome", "AGREED", "notes", "Īpašnieks lūdz zvanīt iepriekš."),
                        Map.of("summary", "Skapja nomaiņa", "property", ref("properties", 1), "date", "14.02.2025",
                                "kind", "MAINTENANCE", "withSurvey", "nē")));
    }

    @Override
    protected List<InvalidRecord> invalidRecords() {
        return List.of(
                invalid("owners", "kind", Map.of("name", "Bez veida")),
                invalid("owners", "phone", Map.of("kind", "LEGAL_PERSON", "name", "SIA Nepareizs Tālrunis", "phone", "zvaniet vakarā")),
                invalid("owners", "subject", Map.of("kind", "NATURAL_PERSON", "name", "Nezināms Subjekts",
                        "subject", UUID.randomUUID())),
                invalid("properties", "cadastralNumber", Map.of("cadastralNumber", "123", "address", "Īsā iela 1",
                        "owner", ref("owners", 0))),
                invalid("properties", "owner", Map.of("cadastralNumber", "01000990003", "address", "Bez īpašnieka iela 2",
                        "owner", UUID.randomUUID().toString())),
                invalid("network-elements", "kind", Map.of("property", ref("properties", 0), "kind", "LASER",
                        "description", "Nezināms elements")),
                invalid("coordinations", "date", Map.of("summary", "Datums nav datums", "property", ref("properties", 0),
                        "date", "31.02.2025", "kind", "REPAIR")));
    }

    /** A natural person who owns a property with the network on it: erasure keeps the owner and the property. */
    @Override
    protected Map<String, List<Map<String, Object>>> subjectRecords(UUID subjectId) {
        return Map.of(
                "owners", List.of(Map.of("kind", "NATURAL_PERSON", "name", "Anna Kalniņa", "subject", subjectId,
                        "address", "Meža iela 4, Ādaži", "email", "anna.kalnina@example.lv", "phone", "29000003")),
                "properties", List.of(Map.of("cadastralNumber", "80440020004", "address", "Meža iela 4, Ādaži", "owner", ref("owners", 0))),
                "network-elements", List.of(Map.of("property", ref("properties", 0), "kind", "POLE", "description", "Balsts pie ceļa")),
                "coordinations", List.of(Map.of("summary", "Balsta nomaiņa", "property", ref("properties", 0),
                        "date", LocalDate.of(2024, 9, 2), "kind", "CONSTRUCTION", "outcome", "AGREED_WITH_CONDITIONS")));
    }

    @Override
    protected Map<String, String> retentionTargetRegisters() {
        return Map.of("coordinations", "coordinations");
    }

    @Override
    protected String subjectType() {
        return CatalogCodes.PROPERTY_OWNER;
    }
}
