package lv.balticom.privacy.core.internal.registers;

import static lv.balticom.privacy.core.internal.registers.RegisterTestPlugins.CONTRACTS;
import static lv.balticom.privacy.core.internal.registers.RegisterTestPlugins.SUPPLIERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RecordLookup;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import org.junit.jupiter.api.Test;

/** Every field type's conversion and checks, without a database: the catalogue, subjects and records are stubs. */
class RecordValuesTest {

    private static final UUID KNOWN_SUBJECT = UUID.randomUUID();
    private static final String KNOWN_SUPPLIER = UUID.randomUUID().toString();

    private final RecordValues values = new RecordValues(
            (kind, code) -> kind == CatalogLookup.Kind.DATA_CATEGORY && Set.of("IDENTIFICATION", "CONTACT").contains(code)
                    || kind == CatalogLookup.Kind.PURPOSE && code.equals("CLIENT_IDENTIFICATION"),
            KNOWN_SUBJECT::equals);

    private final RecordLookup lookup = new RecordLookup() {
        @Override
        public Optional<PluginRecord> find(String registerId, String recordId) {
            return registerId.equals("suppliers") && recordId.equals(KNOWN_SUPPLIER)
                    ? Optional.of(new PluginRecord(recordId, registerId, Map.of("name", "Known"), Optional.empty(), Instant.EPOCH,
                    Instant.EPOCH, 1))
                    : Optional.empty();
        }

        @Override
        public List<PluginRecord> all(String registerId) {
            return find(registerId, KNOWN_SUPPLIER).stream().toList();
        }
    };

    /** The smallest valid supplier plus these values. */
    private Map<String, Object> supplier(Object... more) {
        Map<String, Object> raw = new LinkedHashMap<>(Map.of("name", "Supplier", "relation", "GROUP_COMPANY", "country", "LV"));
        for (int i = 0; i < more.length; i += 2) {
            raw.put((String) more[i], more[i + 1]);
        }
        return values.check(SUPPLIERS, raw, lookup);
    }

    /** The problems of a supplier with these values. */
    private List<FieldProblem> refused(Object... more) {
        InvalidRecordException invalid = catchThrowableOfType(InvalidRecordException.class, () -> supplier(more));
        assertThat(invalid).as("the values should be refused").isNotNull();
        return invalid.problems();
    }

    private String problemOf(String field, Object value) {
        List<FieldProblem> problems = refused(field, value);
        assertThat(problems).extracting(FieldProblem::field).containsExactly(field);
        Text message = problems.get(0).message();
        assertThat(message.lv()).isNotBlank().isNotEqualTo(message.en());
        return message.en();
    }

    @Test
    void textIsTrimmedCheckedForLengthAndPatternAndBlankIsAbsent() {
        assertThat(supplier("name", "  Baltic Install  ")).containsEntry("name", "Baltic Install");
        assertThat(supplier("code", "AB-123")).containsEntry("code", "AB-123");
        assertThat(supplier("code", "   ")).doesNotContainKey("code");
        assertThat(problemOf("code", "AB-1234")).isEqualTo("does not have the required form");
        assertThat(problemOf("code", "xAB-123")).isEqualTo("does not have the required form");
        assertThat(problemOf("name", "x".repeat(101))).isEqualTo("must be at most 100 characters");
        assertThat(supplier("name", "ā".repeat(100))).containsEntry("name", "ā".repeat(100));
        assertThat(problemOf("code", 123)).isEqualTo("must be text");
        assertThat(problemOf("code", JsonNode.createBooleanNode(true))).isEqualTo("must be text");
        assertThat(refused("name", "  ")).extracting(FieldProblem::field).containsExactly("name");
    }

    @Test
    void longTextKeepsItsLinesWithinItsLength() {
        assertThat(supplier("notes", "first\nsecond\n")).containsEntry("notes", "first\nsecond");
        assertThat(problemOf("notes", "y".repeat(501))).isEqualTo("must be at most 500 characters");
    }

    @Test
    void integersAreLongsWithinTheirRange() {
        assertThat(supplier("staff", JsonNode.createNumberNode(12))).containsEntry("staff", 12L);
        assertThat(supplier("staff", "15")).containsEntry("staff", 15L);
        assertThat(supplier("staff", 7)).containsEntry("staff", 7L);
        assertThat(supplier("staff", JsonNode.createNumberNode(new BigDecimal("12.0")))).containsEntry("staff", 12L);
        assertThat(problemOf("staff", JsonNode.createNumberNode(12.5))).isEqualTo("must be a whole number");
        assertThat(problemOf("staff", "12.5")).isEqualTo("must be a whole number");
        assertThat(problemOf("staff", "twelve")).isEqualTo("must be a whole number");
        assertThat(problemOf("staff", "-1")).isEqualTo("must be at least 0");
        assertThat(problemOf("staff", 10001)).isEqualTo("must be at most 10000");
        assertThat(problemOf("staff", "99999999999999999999")).isEqualTo("must be a whole number");
        assertThat(problemOf("staff", JsonNode.createNumberNode(new BigDecimal("1E+30")))).isEqualTo("is too large");
    }

    @Test
    void decimalsKeepTheirDigitsAndAcceptADecimalComma() {
        assertThat(supplier("fee", "1250.50")).containsEntry("fee", new BigDecimal("1250.50"));
        assertThat(supplier("fee", "12,5")).containsEntry("fee", new BigDecimal("12.5"));
        assertThat(supplier("fee", JsonNode.createNumberNode(99.5))).containsEntry("fee", new BigDecimal("99.5"));
        assertThat(supplier("fee", new BigDecimal("0.10"))).containsEntry("fee", new BigDecimal("0.10"));
        assertThat(problemOf("fee", "1e5")).isEqualTo("must be a number");
        assertThat(problemOf("fee", "1.000,5")).isEqualTo("must be a number");
        assertThat(problemOf("fee", "-0.01")).isEqualTo("must be at least 0");
        assertThat(problemOf("fee", "1000000.01")).isEqualTo("must be at most 1000000");
        assertThat(problemOf("fee", Double.NaN)).isEqualTo("must be a number");
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertThat(supplier("active", JsonNode.createBooleanNode(true))).containsEntry("active", true);
        assertThat(supplier("active", "false")).containsEntry("active", false);
        assertThat(supplier("active", "on")).containsEntry("active", true);
        assertThat(supplier("active", Boolean.FALSE)).containsEntry("active", false);
        assertThat(problemOf("active", "perhaps")).isEqualTo("must be true or false");
        assertThat(problemOf("active", JsonNode.createNumberNode(1))).isEqualTo("must be true or false");
    }

    @Test
    void datesAreIsoOrLatvian() {
        assertThat(supplier("since", "2024-07-01")).containsEntry("since", LocalDate.of(2024, 7, 1));
        assertThat(supplier("since", "1.7.2024")).containsEntry("since", LocalDate.of(2024, 7, 1));
        assertThat(supplier("since", LocalDate.of(2025, 1, 31))).containsEntry("since", LocalDate.of(2025, 1, 31));
        assertThat(problemOf("since", "2024-02-30")).isEqualTo("must be a date written YYYY-MM-DD");
        assertThat(problemOf("since", "31.02.2024")).isEqualTo("must be a date written YYYY-MM-DD");
        assertThat(problemOf("since", "yesterday")).isEqualTo("must be a date written YYYY-MM-DD");
    }

    @Test
    void choicesAreOneOfTheirCodes() {
        assertThat(supplier("relation", "partner", "since", "2024-01-01")).containsEntry("relation", "PARTNER");
        assertThat(problemOf("relation", "FRIEND")).isEqualTo("must be one of GROUP_COMPANY, PARTNER");
    }

    @Test
    void countriesAreIsoCodesInUpperCaseOneOrSeveral() {
        assertThat(supplier("country", "lv")).containsEntry("country", "LV");
        assertThat(problemOf("country", "XX")).startsWith("must be a country’s two-letter ISO 3166-1 code");
        assertThat(problemOf("country", "LVA")).startsWith("must be a country’s two-letter ISO 3166-1 code");
        assertThat(supplier("transfers", JsonNode.createArrayNode(List.of(JsonNode.createStringNode("us"),
                JsonNode.createStringNode("GB"), JsonNode.createStringNode("US"))))).containsEntry("transfers", List.of("US", "GB"));
        assertThat(supplier("transfers", List.of("de", " "))).containsEntry("transfers", List.of("DE"));
        assertThat(supplier("transfers", "ee")).containsEntry("transfers", List.of("EE"));
        assertThat(supplier("transfers", List.of())).doesNotContainKey("transfers");
        assertThat(problemOf("transfers", JsonNode.createStringNode("US"))).isEqualTo("must be a list");
        assertThat(problemOf("transfers", List.of("US", "XX"))).startsWith("must be a country’s");
        assertThat(problemOf("country", List.of("LV"))).isEqualTo("must be a single value, not a list");
    }

    @Test
    void emailsAreLowerCaseAddresses() {
        assertThat(supplier("email", " Info@Supplier.Example ")).containsEntry("email", "info@supplier.example");
        assertThat(problemOf("email", "not-an-address")).isEqualTo("must be an e-mail address");
        assertThat(problemOf("email", "a@b")).isEqualTo("must be an e-mail address");
        assertThat(problemOf("email", "a".repeat(250) + "@x.lv")).isEqualTo("must be at most 254 characters");
    }

    @Test
    void catalogueCodesMustExistInTheirCatalogue() {
        assertThat(supplier("dataCategories", List.of("identification", "CONTACT"))).containsEntry("dataCategories",
                List.of("IDENTIFICATION", "CONTACT"));
        assertThat(supplier("purpose", "CLIENT_IDENTIFICATION")).containsEntry("purpose", "CLIENT_IDENTIFICATION");
        assertThat(problemOf("dataCategories", List.of("CONTACT", "NO_SUCH"))).isEqualTo(
                "is not a code of the catalogue’s DATA_CATEGORY entries");
        assertThat(problemOf("purpose", "CONTACT")).isEqualTo("is not a code of the catalogue’s PURPOSE entries");
    }

    @Test
    void referencesAndSubjectsMustExist() {
        Map<String, Object> contract = values.check(CONTRACTS, Map.of("title", "Contract", "supplier", KNOWN_SUPPLIER,
                "person", KNOWN_SUBJECT.toString()), lookup);
        assertThat(contract).containsEntry("supplier", KNOWN_SUPPLIER).containsEntry("person", KNOWN_SUBJECT);
        assertThat(values.check(CONTRACTS, Map.of("title", "Contract", "supplier", KNOWN_SUPPLIER, "person", KNOWN_SUBJECT), lookup))
                .containsEntry("person", KNOWN_SUBJECT);
        InvalidRecordException invalid = catchThrowableOfType(InvalidRecordException.class, () -> values.check(CONTRACTS,
                Map.of("title", "Contract", "supplier", UUID.randomUUID().toString(), "person", UUID.randomUUID().toString()), lookup));
        assertThat(invalid.problems()).extracting(problem -> problem.field() + ": " + problem.message().en()).containsExactly(
                "supplier: is not the id of a record of the register suppliers", "person: no data subject has this id");
        InvalidRecordException malformed = catchThrowableOfType(InvalidRecordException.class, () -> values.check(CONTRACTS,
                Map.of("title", "Contract", "supplier", KNOWN_SUPPLIER, "person", "not-a-uuid"), lookup));
        assertThat(malformed.problems()).extracting(problem -> problem.message().en())
                .containsExactly("must be a data subject’s id (a UUID)");
    }

    @Test
    void everyProblemIsCollectedAndUnknownFieldsAreRefused() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("colour", "crimson-7");
        raw.put("staff", "many");
        raw.put("email", "nobody");
        raw.put("relation", null);
        InvalidRecordException invalid = catchThrowableOfType(InvalidRecordException.class, () -> values.check(SUPPLIERS, raw, lookup));
        assertThat(invalid.problems()).extracting(FieldProblem::field)
                .containsExactly("colour", "name", "staff", "relation", "country", "email");
        assertThat(invalid.problems().get(1).message()).isEqualTo(Text.of("Obligāts lauks: jānorāda vērtība.", "is required"));
        assertThat(invalid.problems().toString()).doesNotContain("crimson-7").doesNotContain("many").doesNotContain("nobody");
        assertThat(invalid).hasMessage("colour: is not a field of this register");
    }

    @Test
    void theRegistersOwnRuleRunsOnlyOnValuesThatPassedAndSeesTheirJavaTypes() {
        AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
        List<Integer> calls = new ArrayList<>();
        RegisterDefinition register = RegisterDefinition.builder("checked", Text.of("Pārbaudīts", "Checked"))
                .field(FieldDefinition.text("name", Text.of("Nosaukums", "Name")).required())
                .field(FieldDefinition.decimal("amount", Text.of("Summa", "Amount")))
                .validator((checked, records) -> {
                    calls.add(1);
                    seen.set(checked);
                    return checked.containsKey("amount") ? List.of() : List.of(FieldProblem.of("amount", "Vajag summu.", "needs an amount"));
                })
                .build();
        assertThat(catchThrowableOfType(InvalidRecordException.class, () -> values.check(register, Map.of("amount", "x"), lookup))
                .problems()).extracting(FieldProblem::field).containsExactly("name", "amount");
        assertThat(calls).isEmpty();
        assertThat(catchThrowableOfType(InvalidRecordException.class, () -> values.check(register, Map.of("name", "A"), lookup))
                .problems()).containsExactly(FieldProblem.of("amount", "Vajag summu.", "needs an amount"));
        assertThat(values.check(register, Map.of("name", "A", "amount", "1.50"), lookup)).containsEntry("amount", new BigDecimal("1.50"));
        assertThat(seen.get()).containsEntry("amount", new BigDecimal("1.50"));
    }

    @Test
    void storedJsonKeepsEveryTypeAndToleratesAChangedRegister() {
        Map<String, Object> checked = supplier("staff", 12, "fee", "1250.50", "active", true, "since", "2024-07-01",
                "transfers", List.of("US"), "dataCategories", List.of("CONTACT"), "email", "a@b.lv");
        JsonNode json = RecordValues.toJson(SUPPLIERS, checked);
        assertThat(json.get("fee").getStringValue()).isEqualTo("1250.50");
        assertThat(json.get("staff").getLongValue()).isEqualTo(12L);
        assertThat(json.get("since").getStringValue()).isEqualTo("2024-07-01");
        assertThat(RecordValues.fromJson(SUPPLIERS, json)).isEqualTo(checked);

        Map<String, JsonNode> stored = new LinkedHashMap<>();
        stored.put("name", JsonNode.createStringNode("Old"));
        stored.put("staff", JsonNode.createStringNode("a dozen")); // the field was text once
        stored.put("transfers", JsonNode.createStringNode("LV")); // one value before the field held several
        stored.put("removed", JsonNode.createStringNode("gone"));
        Map<String, Object> read = RecordValues.fromJson(SUPPLIERS, JsonNode.createObjectNode(stored));
        assertThat(read).containsEntry("name", "Old").containsEntry("staff", "a dozen").containsEntry("transfers", List.of("LV"))
                .doesNotContainKey("removed");
    }
}
