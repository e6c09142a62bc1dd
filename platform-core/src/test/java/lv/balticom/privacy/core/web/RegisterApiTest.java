package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.internal.registers.RegisterTestPlugins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The records of plugins' registers over the API: definitions, CRUD, checks, versions, audit and roles. */
@MicronautTest
@Property(name = "privacy.test.registers", value = "true")
class RegisterApiTest {

    private static final String BASE = "/api/v1/plugins/" + RegisterTestPlugins.PLUGIN + "/registers";
    private static final String SUPPLIERS = BASE + "/suppliers/records";
    private static final String CONTRACTS = BASE + "/contracts/records";

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void theRegistersAreListedWithTheirFields() {
        List<Map<String, Object>> registers = api.items(BASE);
        assertThat(registers).extracting(register -> register.get("id")).containsExactly("suppliers", "contracts");
        Map<String, Object> suppliers = registers.get(0);
        assertThat(suppliers).containsEntry("name", Map.of("lv", "Piegādātāji", "en", "Suppliers"))
                .containsEntry("titleField", "name").containsEntry("subjectField", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) suppliers.get("fields");
        assertThat(fields).extracting(field -> field.get("type")).containsExactly("TEXT", "TEXT", "LONG_TEXT", "INTEGER", "DECIMAL",
                "BOOLEAN", "DATE", "CHOICE", "COUNTRY", "COUNTRY", "EMAIL", "CATALOG", "CATALOG");
        assertThat(fields.get(0)).containsEntry("id", "name").containsEntry("required", true).containsEntry("maxLength", 100);
        assertThat(fields.get(1)).containsEntry("pattern", "[A-Z]{2}-[0-9]{3}")
                .containsEntry("help", Map.of("lv", "Divi burti un trīs cipari.", "en", "Two letters and three digits."));
        assertThat(((Number) fields.get(3).get("max")).intValue()).isEqualTo(10000);
        assertThat(fields.get(7).get("choices")).isEqualTo(List.of(
                Map.of("code", "GROUP_COMPANY", "label", Map.of("lv", "Grupas uzņēmums", "en", "Group company")),
                Map.of("code", "PARTNER", "label", Map.of("lv", "Sadarbības partneris", "en", "Partner"))));
        assertThat(fields.get(9)).containsEntry("multiple", true);
        assertThat(fields.get(11)).containsEntry("catalogKind", "DATA_CATEGORY");

        Map<String, Object> contracts = api.get(BASE + "/contracts");
        assertThat(contracts).containsEntry("subjectField", "person");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> contractFields = (List<Map<String, Object>>) contracts.get("fields");
        assertThat(contractFields.get(1)).containsEntry("type", "REFERENCE").containsEntry("referencedRegister", "suppliers");
    }

    @Test
    void anUnknownPluginRegisterOrRecordAnswers404NamingIt() {
        problem(api.error(admin(HttpRequest.GET("/api/v1/plugins/no-such-plugin/registers"))), 404, "pluginId");
        problem(api.error(admin(HttpRequest.GET("/api/v1/plugins/no-such-plugin/registers/suppliers/records"))), 404, "pluginId");
        problem(api.error(admin(HttpRequest.GET(BASE + "/no-such-register"))), 404, "registerId");
        problem(api.error(admin(HttpRequest.POST(BASE + "/no-such-register/records", "{\"values\":{}}"))), 404, "registerId");
        String missing = SUPPLIERS + "/" + UUID.randomUUID();
        problem(api.error(admin(HttpRequest.GET(missing))), 404, "recordId");
        problem(api.error(admin(HttpRequest.PUT(missing, "{\"version\":1,\"values\":{\"name\":\"x\"}}"))), 404, "recordId");
        problem(api.error(admin(HttpRequest.DELETE(missing + "?reason=test"))), 404, "recordId");
    }

    @Test
    @DisplayName("create, read, list, update and delete a record; every change audited without values (POL-9, POL-15)")
    void aRecordIsCreatedReadListedUpdatedAndDeleted() {
        String name = "Supplier " + UUID.randomUUID();
        HttpResponse<Map<String, Object>> created = api.post(SUPPLIERS, """
                {"values": {"name": "%s", "code": "AB-123", "notes": "  several\\nlines  ", "staff": 12, "fee": "1250.50",
                 "active": true, "since": "2024-07-01", "relation": "partner", "country": "de", "transfers": ["us", "GB", "US"],
                 "email": " Info@Supplier.Example ", "dataCategories": ["IDENTIFICATION", "CONTACT"], "purpose": ""}}"""
                .formatted(name));
        assertThat(created.code()).isEqualTo(201);
        Map<String, Object> record = created.body();
        String id = (String) record.get("id");
        assertThat(created.getHeaders().get("Location")).isEqualTo(SUPPLIERS + "/" + id);
        assertThat(record).containsEntry("registerId", "suppliers").containsEntry("title", name).containsEntry("version", 1)
                .containsEntry("subjectId", null).containsKeys("createdAt", "updatedAt");
        assertThat(record.get("values")).isEqualTo(Map.ofEntries(Map.entry("name", name), Map.entry("code", "AB-123"),
                Map.entry("notes", "several\nlines"), Map.entry("staff", 12), Map.entry("fee", "1250.50"), Map.entry("active", true),
                Map.entry("since", "2024-07-01"), Map.entry("relation", "PARTNER"), Map.entry("country", "DE"),
                Map.entry("transfers", List.of("US", "GB")), Map.entry("email", "info@supplier.example"),
                Map.entry("dataCategories", List.of("IDENTIFICATION", "CONTACT"))));
        assertThat(api.get(SUPPLIERS + "/" + id)).isEqualTo(record);

        Map<String, Object> found = api.get(SUPPLIERS + "?q=" + URLEncoder.encode(name.toUpperCase(), StandardCharsets.UTF_8));
        assertThat(found).containsEntry("totalItems", 1).containsEntry("page", 0).containsEntry("size", 50);
        assertThat(found.get("items")).isEqualTo(List.of(record));

        Map<String, Object> updated = exchange(admin(HttpRequest.PUT(SUPPLIERS + "/" + id, """
                {"version": 1, "values": {"name": "%s", "relation": "GROUP_COMPANY", "country": "LV", "staff": "15", "fee": 99.5}}"""
                .formatted(name))));
        assertThat(updated).containsEntry("version", 2).containsEntry("createdAt", record.get("createdAt"));
        assertThat(updated.get("values")).isEqualTo(Map.of("name", name, "relation", "GROUP_COMPANY", "country", "LV", "staff", 15,
                "fee", "99.5"));

        // the same change again is stale
        problem(api.error(admin(HttpRequest.PUT(SUPPLIERS + "/" + id, """
                {"version": 1, "values": {"name": "%s", "relation": "PARTNER", "country": "LV"}}""".formatted(name)))), 409, "version");
        // a change that changes nothing keeps the version and records nothing
        Map<String, Object> unchanged = exchange(admin(HttpRequest.PUT(SUPPLIERS + "/" + id, """
                {"version": 2, "values": {"name": "%s", "relation": "GROUP_COMPANY", "country": "lv", "staff": 15, "fee": "99.5"}}"""
                .formatted(name))));
        assertThat(unchanged).containsEntry("version", 2);

        problem(api.error(admin(HttpRequest.DELETE(SUPPLIERS + "/" + id))), 400, "reason");
        HttpResponse<?> deleted = http.toBlocking().exchange(admin(HttpRequest.DELETE(SUPPLIERS + "/" + id + "?reason="
                + URLEncoder.encode("Agreement ended", StandardCharsets.UTF_8))));
        assertThat(deleted.code()).isEqualTo(204);
        problem(api.error(admin(HttpRequest.GET(SUPPLIERS + "/" + id))), 404, "recordId");

        List<Map<String, Object>> entries = auditOf(RegisterTestPlugins.PLUGIN + "/suppliers/" + id);
        assertThat(entries).extracting(entry -> entry.get("action"))
                .containsExactly("plugin-record.deleted", "plugin-record.updated", "plugin-record.created");
        assertThat(entries).allSatisfy(entry -> assertThat(entry).containsEntry("actor", "user:admin")
                .containsEntry("targetType", "plugin-record").containsEntry("subjectId", null));
        assertThat(entries.get(2).get("details")).isEqualTo(Map.of("fields",
                "name,code,notes,staff,fee,active,since,relation,country,transfers,email,dataCategories"));
        assertThat(entries.get(1).get("details")).isEqualTo(Map.of("fields",
                "code,notes,staff,fee,active,since,relation,country,transfers,email,dataCategories", "version", "2"));
        assertThat(entries.get(0).get("details")).isEqualTo(Map.of("reason", "Agreement ended"));
        assertThat(entries.toString()).doesNotContain(name).doesNotContain("supplier.example").doesNotContain("1250.50")
                .doesNotContain("AB-123").doesNotContain("several");
    }

    @Test
    void everyWrongValueIsNamedAndNothingIsStored() {
        String name = "Refused " + UUID.randomUUID();
        Map<String, Object> body = problem(api.error(admin(HttpRequest.POST(SUPPLIERS, """
                {"values": {"name": "%s", "code": "abc", "staff": 12.5, "fee": "a lot", "active": "perhaps", "since": "31.02.2024",
                 "relation": "FRIEND", "country": "XX", "transfers": "US", "email": "not-an-address",
                 "dataCategories": ["NO_SUCH_CATEGORY"], "purpose": 7, "colour": "red"}}""".formatted(name)))), 400, "values.colour");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
        assertThat(errors).extracting(error -> error.get("field")).containsExactly("values.colour", "values.code", "values.staff",
                "values.fee", "values.active", "values.since", "values.relation", "values.country", "values.transfers",
                "values.email", "values.dataCategories", "values.purpose");
        assertThat(errors).extracting(error -> error.get("detail")).contains("is not a field of this register",
                "does not have the required form", "must be a whole number", "must be a number", "must be true or false",
                "must be a date written YYYY-MM-DD", "must be one of GROUP_COMPANY, PARTNER", "must be a list",
                "must be an e-mail address", "is not a code of the catalogue’s DATA_CATEGORY entries", "must be text");
        assertThat(body.toString()).doesNotContain("not-an-address").doesNotContain("perhaps");

        Map<String, Object> missing = problem(api.error(admin(HttpRequest.POST(SUPPLIERS, "{\"values\": {\"name\": \"  \"}}"))), 400,
                "values.name");
        assertThat(missing.get("errors").toString()).contains("values.relation").contains("values.country").contains("is required");

        Map<String, Object> limits = problem(api.error(admin(HttpRequest.POST(SUPPLIERS, """
                {"values": {"name": "%s", "relation": "PARTNER", "country": "LV", "staff": -1, "fee": "1000000.01"}}"""
                .formatted("x".repeat(101))))), 400, "values.name");
        assertThat(limits.get("errors").toString()).contains("must be at most 100 characters").contains("must be at least 0")
                .contains("must be at most 1000000");

        // the plugin's own rule, once every field is right
        problem(api.error(admin(HttpRequest.POST(SUPPLIERS, """
                {"values": {"name": "%s", "relation": "PARTNER", "country": "EE"}}""".formatted(name)))), 400, "values.since");

        problem(api.error(admin(HttpRequest.POST(SUPPLIERS, "{\"values\": [1]}"))), 400, "values");
        problem(api.error(admin(HttpRequest.POST(SUPPLIERS, "{}"))), 400, "values");
        problem(api.error(admin(HttpRequest.POST(SUPPLIERS, "{\"values\": {}, \"extra\": 1}"))), 400, "extra");
        problem(api.error(admin(HttpRequest.POST(SUPPLIERS, "not json"))), 400, null);
        assertThat(api.get(SUPPLIERS + "?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).containsEntry("totalItems", 0);
    }

    @Test
    void anUpdateNeedsTheVersionItChanges() {
        String id = createSupplier("Versioned " + UUID.randomUUID());
        problem(api.error(admin(HttpRequest.PUT(SUPPLIERS + "/" + id, "{\"values\": {}}"))), 400, "version");
        problem(api.error(admin(HttpRequest.PUT(SUPPLIERS + "/" + id, "{\"version\": \"one\", \"values\": {}}"))), 400, "version");
        problem(api.error(admin(HttpRequest.PUT(SUPPLIERS + "/" + id, "{\"version\": 7, \"values\": {}}"))), 409, "version");
        problem(api.error(admin(HttpRequest.PUT(SUPPLIERS + "/" + id, "{\"version\": 1, \"values\": {\"name\": \"\"}}"))), 400,
                "values.name");
        assertThat(api.get(SUPPLIERS + "/" + id)).containsEntry("version", 1);
    }

    @Test
    void recordsArePagedNewestFirst() {
        String prefix = "Paged " + UUID.randomUUID();
        String first = createSupplier(prefix + " 1");
        String second = createSupplier(prefix + " 2");
        String third = createSupplier(prefix + " 3");
        String q = URLEncoder.encode(prefix.toLowerCase(), StandardCharsets.UTF_8);
        Map<String, Object> page0 = api.get(SUPPLIERS + "?q=" + q + "&size=2");
        assertThat(page0).containsEntry("totalItems", 3).containsEntry("size", 2);
        assertThat(ids(page0)).containsExactly(third, second);
        assertThat(ids(api.get(SUPPLIERS + "?q=" + q + "&size=2&page=1"))).containsExactly(first);
        problem(api.error(admin(HttpRequest.GET(SUPPLIERS + "?size=0"))), 400, "size");
        problem(api.error(admin(HttpRequest.GET(SUPPLIERS + "?page=-1"))), 400, "page");
        // % and _ in the search are plain characters
        assertThat(api.get(SUPPLIERS + "?q=%25%25%25")).containsEntry("totalItems", 0);
    }

    @Test
    @DisplayName("references point to the plugin's records, subjects to known data subjects; the subject's history shows the record (POL-9)")
    void referencesAndSubjectsMustExist() {
        String supplier = createSupplier("Referenced " + UUID.randomUUID());
        Map<String, Object> subject = api.post("/api/v1/subjects", """
                {"type": "CLIENT", "identifiers": {"customerNumber": "R-%s"}}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .body();
        String subjectId = (String) subject.get("id");

        Map<String, Object> wrong = problem(api.error(admin(HttpRequest.POST(CONTRACTS, """
                {"values": {"title": "Contract", "supplier": "%s", "person": "%s"}}""".formatted(UUID.randomUUID(), UUID.randomUUID())))),
                400, "values.supplier");
        assertThat(wrong.get("errors").toString()).contains("values.person").contains("no data subject has this id");
        problem(api.error(admin(HttpRequest.POST(CONTRACTS, """
                {"values": {"title": "Contract", "supplier": "%s", "person": "not-a-uuid"}}""".formatted(supplier)))), 400, "values.person");

        Map<String, Object> contract = api.post(CONTRACTS, """
                {"values": {"title": "Contract", "supplier": "%s", "person": "%s"}}""".formatted(supplier, subjectId)).body();
        assertThat(contract).containsEntry("subjectId", subjectId);
        assertThat(contract.get("values")).isEqualTo(Map.of("title", "Contract", "supplier", supplier, "person", subjectId));

        List<Map<String, Object>> history = api.items("/api/v1/audit?subject=" + subjectId);
        assertThat(history).extracting(entry -> entry.get("action")).containsExactly("plugin-record.created", "subject.created");
        assertThat(history.get(0)).containsEntry("targetType", "plugin-record")
                .containsEntry("targetId", RegisterTestPlugins.PLUGIN + "/contracts/" + contract.get("id"));
    }

    @Test
    @DisplayName("an agent has no register access, an auditor reads, a privacy officer writes")
    void rolesDecideWhoReadsAndWhoWrites() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String agent = user("agent-" + suffix, "AGENT");
        String auditor = user("auditor-" + suffix, "AUDITOR");
        String officer = user("officer-" + suffix, "PRIVACY_OFFICER");
        String password = "correct-horse-battery-7";
        String supplier = createSupplier("Roles " + suffix);

        problem(api.error(HttpRequest.GET(BASE).basicAuth(agent, password)), 403, null);
        problem(api.error(HttpRequest.GET(SUPPLIERS + "/" + supplier).basicAuth(agent, password)), 403, null);

        assertThat(http.toBlocking().exchange(HttpRequest.GET(SUPPLIERS + "/" + supplier).basicAuth(auditor, password)).code())
                .isEqualTo(200);
        problem(api.error(HttpRequest.POST(SUPPLIERS, "{\"values\": {}}").basicAuth(auditor, password)), 403, null);
        problem(api.error(HttpRequest.DELETE(SUPPLIERS + "/" + supplier + "?reason=x").basicAuth(auditor, password)), 403, null);

        HttpResponse<?> created = http.toBlocking().exchange(HttpRequest.POST(SUPPLIERS,
                "{\"values\": {\"name\": \"Officer's\", \"relation\": \"PARTNER\", \"country\": \"LV\"}}").basicAuth(officer, password));
        assertThat(created.code()).isEqualTo(201);
        assertThat(http.toBlocking().exchange(HttpRequest.DELETE(SUPPLIERS + "/" + supplier + "?reason=test")
                .basicAuth(officer, password)).code()).isEqualTo(204);
    }

    private String createSupplier(String name) {
        HttpResponse<Map<String, Object>> created = api.post(SUPPLIERS, """
                {"values": {"name": "%s", "relation": "GROUP_COMPANY", "country": "LV"}}""".formatted(name));
        return (String) created.body().get("id");
    }

    private String user(String username, String role) {
        api.post("/api/v1/users", """
                {"username": "%s", "password": "correct-horse-battery-7", "roles": ["%s"]}""".formatted(username, role));
        return username;
    }

    private Map<String, Object> exchange(io.micronaut.http.MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request.contentType(MediaType.APPLICATION_JSON_TYPE), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("id")).toList();
    }

    /** The audit entries about one target, newest first. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> auditOf(String targetId) {
        return ((List<Map<String, Object>>) api.get("/api/v1/audit?size=500").get("items")).stream()
                .filter(entry -> targetId.equals(entry.get("targetId"))).toList();
    }
}
