package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.internal.catalog.CatalogEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Editing the catalogue over the HTTP API: an officer's edit shows at once, is versioned and audited; an
 * edit that changes nothing or breaks a rule leaves no trace.
 *
 * <p>The database is shared with other tests (and, on the MariaDB run, with other modules), so every test
 * puts back what it changed and reads revision numbers instead of assuming them. Test methods run
 * without a transaction of their own, so that a transaction a test begins is the outermost one.
 */
@MicronautTest(transactional = false)
class CatalogEditApiTest {

    private static final String PASSWORD = "a-good-long-password";
    private static final String CATEGORY = "/api/v1/catalog/data-categories/CALL_RECORDINGS";
    /** Rests on CONTRACT only, in the pack. */
    private static final String PURPOSE = "/api/v1/catalog/purposes/WARRANTY";
    private static final List<String> CATEGORY_FIELDS = List.of("name", "examples", "sensitive");
    private static final List<String> PURPOSE_FIELDS = List.of("name", "legalBases", "legitimateInterests", "dataCategories", "channels");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    CatalogEditor editor;

    @Inject
    Catalog catalog;

    @Inject
    TransactionOperations<Connection> transactions;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    @DisplayName("APP1: an officer's edit of a data category shows at once, makes the next revision and one audit entry")
    void anOfficerEditsADataCategory() {
        String officer = createUser("PRIVACY_OFFICER");
        Map<String, Object> original = api.get(CATEGORY);
        int lastRevision = lastRevision(CATEGORY);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> edit = editable(original, CATEGORY_FIELDS);
        edit.put("name", Map.of("lv", "Sarunu ieraksti " + marker, "en", "Call recordings " + marker));
        edit.put("examples", Map.of("lv", List.of("ieraksti", "datums un laiks", "ilgums"),
                "en", List.of("recordings", "date and time", "duration")));
        try {
            Map<String, Object> answer = put(CATEGORY, edit, officer);

            assertThat(answer).containsEntry("code", "CALL_RECORDINGS").containsEntry("number", 26)
                    .containsEntry("clause", "APP1-26").containsEntry("sensitive", false)
                    .containsEntry("name", edit.get("name")).containsEntry("examples", edit.get("examples"));
            assertThat(api.get(CATEGORY)).isEqualTo(answer);
            assertThat(listed("/api/v1/catalog/data-categories", "CALL_RECORDINGS")).isEqualTo(answer);

            Map<String, Object> revision = revisions(CATEGORY).get(0);
            assertThat(revision).containsEntry("revision", lastRevision + 1).containsEntry("actor", "user:" + officer);
            assertThat(revision.get("changedAt")).isNotNull();
            assertThat(revision.get("before")).isEqualTo(original);
            assertThat(revision.get("after")).isEqualTo(answer);

            List<Map<String, Object>> audit = auditEntries("data-categories", "CALL_RECORDINGS", lastRevision + 1);
            assertThat(audit).hasSize(1);
            assertThat(audit.get(0)).containsEntry("actor", "user:" + officer)
                    .containsEntry("details", Map.of("revision", Integer.toString(lastRevision + 1), "fields", "examples,name"));
        } finally {
            put(CATEGORY, editable(original, CATEGORY_FIELDS), Api.ADMIN);
        }
        assertThat(api.get(CATEGORY)).isEqualTo(original);
        assertThat(lastRevision(CATEGORY)).as("putting it back is a revision too").isEqualTo(lastRevision + 2);
    }

    @Test
    @DisplayName("POL-5, POL-6, POL-7: an officer's edit of a purpose's name, legal bases, interests and data categories")
    @SuppressWarnings("unchecked")
    void anOfficerEditsAPurpose() {
        String officer = createUser("PRIVACY_OFFICER");
        Map<String, Object> original = api.get(PURPOSE);
        assertThat(original.get("legalBases")).isEqualTo(List.of("CONTRACT"));
        int lastRevision = lastRevision(PURPOSE);
        Map<String, Object> edit = editable(original, PURPOSE_FIELDS);
        edit.put("name", Map.of("lv", "Garantijas saistību izpildei " + UUID.randomUUID(), "en", "Fulfilling warranty obligations, edited"));
        edit.put("legalBases", List.of("LEGITIMATE_INTEREST", "CONTRACT"));
        edit.put("legitimateInterests", List.of("ENSURE_CONTRACT_PERFORMANCE"));
        List<String> categories = new ArrayList<>((List<String>) original.get("dataCategories"));
        categories.add(0, "CALL_RECORDINGS");
        edit.put("dataCategories", categories);
        try {
            Map<String, Object> answer = put(PURPOSE, edit, officer);

            assertThat(answer).containsEntry("code", "WARRANTY").containsEntry("group", original.get("group"))
                    .containsEntry("clause", "POL-5.1").containsEntry("name", edit.get("name"))
                    .containsEntry("legalBases", List.of("CONTRACT", "LEGITIMATE_INTEREST"))
                    .containsEntry("legitimateInterests", List.of("ENSURE_CONTRACT_PERFORMANCE"));
            assertThat((List<String>) answer.get("dataCategories")).as("in the catalogue's order")
                    .containsExactlyInAnyOrderElementsOf(categories).isNotEqualTo(categories);
            assertThat(api.get(PURPOSE)).isEqualTo(answer);
            assertThat(listed("/api/v1/catalog/purposes", "WARRANTY")).isEqualTo(answer);

            Map<String, Object> revision = revisions(PURPOSE).get(0);
            assertThat(revision).containsEntry("revision", lastRevision + 1).containsEntry("actor", "user:" + officer);
            Map<String, Object> before = (Map<String, Object>) revision.get("before");
            Map<String, Object> after = (Map<String, Object>) revision.get("after");
            assertThat(before).as("the purpose record names its group by code")
                    .containsEntry("group", ((Map<String, Object>) original.get("group")).get("code"))
                    .containsEntry("name", original.get("name")).containsEntry("legalBases", List.of("CONTRACT"))
                    .containsEntry("legitimateInterests", List.of());
            assertThat(after).containsEntry("name", answer.get("name")).containsEntry("legalBases", answer.get("legalBases"))
                    .containsEntry("dataCategories", answer.get("dataCategories"));

            assertThat(auditEntries("purposes", "WARRANTY", lastRevision + 1)).singleElement()
                    .satisfies(entry -> assertThat(entry.get("details")).isEqualTo(Map.of("revision",
                            Integer.toString(lastRevision + 1), "fields", "dataCategories,legalBases,legitimateInterests,name")));
        } finally {
            put(PURPOSE, editable(original, PURPOSE_FIELDS), Api.ADMIN);
        }
        assertThat(api.get(PURPOSE)).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "legal-bases, name",
            "legitimate-interests, text",
            "sources, name",
            "recipient-categories, name",
            "subject-types, name"})
    @DisplayName("POL-4, POL-6, POL-7, POL-16, POL-17: the texts of every other list can be edited and put back")
    @SuppressWarnings("unchecked")
    void theOtherListsAreEditable(String kind, String textField) {
        Map<String, Object> first = api.items("/api/v1/catalog/" + kind).get(0);
        String path = "/api/v1/catalog/" + kind + "/" + first.get("code");
        Map<String, Object> original = api.get(path);
        assertThat(original).isEqualTo(first);
        List<String> fields = original.keySet().stream()
                .filter(field -> List.of("name", "description", "text", "examples").contains(field)).toList();
        int lastRevision = lastRevision(path);
        Map<String, Object> edit = editable(original, fields);
        Map<String, Object> text = new LinkedHashMap<>((Map<String, Object>) original.get(textField));
        text.put("en", text.get("en") + " (edited)");
        edit.put(textField, text);
        try {
            Map<String, Object> answer = put(path, edit, Api.ADMIN);
            assertThat(answer).containsEntry(textField, text);
            assertThat(api.get(path)).isEqualTo(answer);
            assertThat(listed("/api/v1/catalog/" + kind, first.get("code").toString())).isEqualTo(answer);
            assertThat(revisions(path).get(0)).containsEntry("revision", lastRevision + 1).containsEntry("before", original)
                    .containsEntry("after", answer);
            assertThat(auditEntries(kind, first.get("code").toString(), lastRevision + 1)).singleElement()
                    .satisfies(entry -> assertThat(entry.get("details")).isEqualTo(Map.of("revision",
                            Integer.toString(lastRevision + 1), "fields", textField)));
        } finally {
            put(path, editable(original, fields), Api.ADMIN);
        }
        assertThat(api.get(path)).isEqualTo(original);
    }

    @Test
    @DisplayName("APP1, POL-5: an edit that changes nothing, links sent in another order included, makes no revision and no audit entry")
    @SuppressWarnings("unchecked")
    void anUnchangedEditWritesNothing() {
        Map<String, Object> category = api.get(CATEGORY);
        Map<String, Object> purpose = api.get("/api/v1/catalog/purposes/CONTRACT_CONCLUSION");
        int categoryRevisions = revisions(CATEGORY).size();
        int purposeRevisions = revisions("/api/v1/catalog/purposes/CONTRACT_CONCLUSION").size();
        int categoryAudit = auditEntries("data-categories", "CALL_RECORDINGS").size();
        int purposeAudit = auditEntries("purposes", "CONTRACT_CONCLUSION").size();

        Map<String, Object> categoryEdit = editable(category, CATEGORY_FIELDS);
        categoryEdit.put("name", Map.of("lv", "  " + ((Map<String, Object>) category.get("name")).get("lv") + " ",
                "en", ((Map<String, Object>) category.get("name")).get("en")));
        assertThat(put(CATEGORY, categoryEdit, Api.ADMIN)).as("texts are trimmed before they are compared").isEqualTo(category);
        Map<String, Object> purposeEdit = editable(purpose, PURPOSE_FIELDS);
        List<String> reversed = new ArrayList<>((List<String>) purpose.get("dataCategories"));
        Collections.reverse(reversed);
        purposeEdit.put("dataCategories", reversed);
        assertThat(put("/api/v1/catalog/purposes/CONTRACT_CONCLUSION", purposeEdit, Api.ADMIN)).isEqualTo(purpose);

        assertThat(revisions(CATEGORY)).hasSize(categoryRevisions);
        assertThat(revisions("/api/v1/catalog/purposes/CONTRACT_CONCLUSION")).hasSize(purposeRevisions);
        assertThat(auditEntries("data-categories", "CALL_RECORDINGS")).hasSize(categoryAudit);
        assertThat(auditEntries("purposes", "CONTRACT_CONCLUSION")).hasSize(purposeAudit);
    }

    @Test
    @DisplayName("APP1, POL-5, POL-6, POL-7: invalid edits answer 400 or 404 naming the field, and change nothing")
    void invalidEditsAreRefused() {
        Map<String, Object> category = api.get(CATEGORY);
        Map<String, Object> purpose = api.get(PURPOSE);
        int categoryRevisions = revisions(CATEGORY).size();
        int purposeRevisions = revisions(PURPOSE).size();
        int categoryAudit = auditEntries("data-categories", "CALL_RECORDINGS").size();
        int purposeAudit = auditEntries("purposes", "WARRANTY").size();

        assertRefused(CATEGORY, with(category, CATEGORY_FIELDS, "name", Map.of("lv", "Sarunu ieraksti", "en", " ")), 400, "name.en");
        assertRefused(CATEGORY, with(category, CATEGORY_FIELDS, "name", Map.of("lv", "x".repeat(301), "en", "Calls")), 400, "name.lv");
        assertRefused(CATEGORY, with(category, CATEGORY_FIELDS, "name", Map.of("lv", "Sarunu ieraksti")), 400, "name.en");
        assertRefused(CATEGORY, with(category, CATEGORY_FIELDS, "examples",
                Map.of("lv", List.of("ieraksti", "datums"), "en", List.of("recordings"))), 400, "examples");
        assertRefused(CATEGORY, with(category, CATEGORY_FIELDS, "examples",
                Map.of("lv", List.of("ieraksti", "datums\nun laiks"), "en", List.of("recordings", "date"))), 400, "examples.lv[1]");
        assertRefused(CATEGORY, with(category, CATEGORY_FIELDS, "examples",
                Map.of("lv", List.of("x".repeat(1500), "y".repeat(600)), "en", List.of("a", "b"))), 400, "examples.lv");
        assertRefused(CATEGORY, with(category, CATEGORY_FIELDS, "colour", "red"), 400, "colour");
        assertRefused(CATEGORY, with(category, List.of("name", "examples"), "name", category.get("name")), 400, "sensitive");
        assertRefused(CATEGORY, with(category, CATEGORY_FIELDS, "sensitive", "no"), 400, "sensitive");

        assertRefused(PURPOSE, with(purpose, PURPOSE_FIELDS, "name", Map.of("lv", "x".repeat(501), "en", "Warranty")), 400, "name.lv");
        assertRefused(PURPOSE, with(purpose, PURPOSE_FIELDS, "legalBases", List.of("CONTRACT", "GOOD_MOOD")), 400, "legalBases[1]");
        assertRefused(PURPOSE, with(purpose, PURPOSE_FIELDS, "legalBases", List.of("CONTRACT", "CONTRACT")), 400, "legalBases[1]");
        assertRefused(PURPOSE, with(purpose, PURPOSE_FIELDS, "legalBases", List.of()), 400, "legalBases");
        assertRefused(PURPOSE, with(purpose, PURPOSE_FIELDS, "legalBases", List.of("CONTRACT", "LEGITIMATE_INTEREST")),
                400, "legitimateInterests");
        assertRefused(PURPOSE, with(purpose, PURPOSE_FIELDS, "legitimateInterests", List.of("VERIFY_IDENTITY")),
                400, "legitimateInterests");
        assertRefused(PURPOSE, with(purpose, PURPOSE_FIELDS, "dataCategories", List.of("CALL_RECORDINGS", "HOROSCOPE")),
                400, "dataCategories[1]");
        assertRefused(PURPOSE, with(purpose, PURPOSE_FIELDS, "dataCategories", List.of()), 400, "dataCategories");
        assertRefused(PURPOSE, with(purpose, PURPOSE_FIELDS, "group", "MARKETING"), 400, "group");
        assertRefused(PURPOSE, with(purpose, List.of("name", "legalBases", "dataCategories", "channels"), "name", purpose.get("name")),
                400, "legitimateInterests");

        assertRefused("/api/v1/catalog/data-categories/NO_SUCH_CATEGORY", editable(category, CATEGORY_FIELDS), 404, "code");
        assertRefused("/api/v1/catalog/data-categories/call_recordings", editable(category, CATEGORY_FIELDS), 404, "code");
        assertRefused("/api/v1/catalog/colours/CALL_RECORDINGS", editable(category, CATEGORY_FIELDS), 404, "kind");
        assertRefused("/api/v1/catalog/purpose-groups/SERVICES_AND_SALES", Map.of("name", purpose.get("name")), 404, "kind");
        problem(api.error(admin(HttpRequest.GET("/api/v1/catalog/colours/RED"))), 404, "kind");
        problem(api.error(admin(HttpRequest.GET("/api/v1/catalog/purposes/NO_SUCH_PURPOSE"))), 404, "code");
        problem(api.error(admin(HttpRequest.GET("/api/v1/catalog/purposes/NO_SUCH_PURPOSE/revisions"))), 404, "code");

        assertThat(api.get(CATEGORY)).isEqualTo(category);
        assertThat(api.get(PURPOSE)).isEqualTo(purpose);
        assertThat(revisions(CATEGORY)).hasSize(categoryRevisions);
        assertThat(revisions(PURPOSE)).hasSize(purposeRevisions);
        assertThat(auditEntries("data-categories", "CALL_RECORDINGS")).hasSize(categoryAudit);
        assertThat(auditEntries("purposes", "WARRANTY")).hasSize(purposeAudit);
    }

    @Test
    @DisplayName("APP1: an edit whose transaction rolls back leaves the tables and the catalogue in memory as they were")
    void aRolledBackEditLeavesNoTrace() {
        Map<String, Object> shown = api.get(CATEGORY);
        DataCategory served = catalog.dataCategory("CALL_RECORDINGS").orElseThrow();
        int categoryRevisions = revisions(CATEGORY).size();
        int categoryAudit = auditEntries("data-categories", "CALL_RECORDINGS").size();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            DataCategory edited = editor.edit(Actor.user(Api.ADMIN), "CALL_RECORDINGS", new CatalogEditor.DataCategoryEdit(
                    new CatalogEditor.LocalizedEdit("Ieraksti", "Recordings"),
                    new CatalogEditor.LocalizedListEdit(List.of(), List.of()), true));
            assertThat(edited.sensitive()).isTrue();
            throw new IllegalStateException("something after the edit fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(catalog.dataCategory("CALL_RECORDINGS")).contains(served);
        assertThat(api.get(CATEGORY)).isEqualTo(shown);
        assertThat(revisions(CATEGORY)).hasSize(categoryRevisions);
        assertThat(auditEntries("data-categories", "CALL_RECORDINGS")).hasSize(categoryAudit);
    }

    @Test
    @DisplayName("An agent reads an entry and its revisions but may not edit it (403)")
    void anAgentReadsButDoesNotEdit() {
        String agent = createUser("AGENT");
        Map<String, Object> category = api.get(CATEGORY);
        int categoryRevisions = revisions(CATEGORY).size();

        HttpClientResponseException refused = api.error(HttpRequest.PUT(CATEGORY, write(editable(category, CATEGORY_FIELDS)))
                .contentType(MediaType.APPLICATION_JSON_TYPE).basicAuth(agent, PASSWORD));
        problem(refused, 403, null);

        assertThat(http.toBlocking().retrieve(HttpRequest.GET(CATEGORY).basicAuth(agent, PASSWORD),
                Argument.mapOf(String.class, Object.class))).isEqualTo(category);
        assertThat(http.toBlocking().exchange(HttpRequest.GET(CATEGORY + "/revisions").basicAuth(agent, PASSWORD),
                String.class).code()).isEqualTo(200);
        assertThat(revisions(CATEGORY)).hasSize(categoryRevisions);
    }

    private void assertRefused(String path, Map<String, Object> body, int status, String field) {
        problem(api.error(admin(request(path, body))), status, field);
    }

    private Map<String, Object> put(String path, Map<String, Object> body, String username) {
        String password = Api.ADMIN.equals(username) ? Api.PASSWORD : PASSWORD;
        return http.toBlocking().retrieve(request(path, body).basicAuth(username, password),
                Argument.mapOf(String.class, Object.class));
    }

    private MutableHttpRequest<String> request(String path, Map<String, Object> body) {
        return HttpRequest.PUT(path, write(body)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The editable fields of an entry as GET shows it: what a client sends back to change nothing. */
    private static Map<String, Object> editable(Map<String, Object> entry, List<String> fields) {
        Map<String, Object> editable = new LinkedHashMap<>();
        fields.forEach(field -> editable.put(field, entry.get(field)));
        return editable;
    }

    private static Map<String, Object> with(Map<String, Object> entry, List<String> fields, String field, Object value) {
        Map<String, Object> body = editable(entry, fields);
        body.put(field, value);
        return body;
    }

    private Map<String, Object> listed(String list, String code) {
        return api.items(list).stream().filter(entry -> code.equals(entry.get("code"))).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> revisions(String path) {
        return api.items(path + "/revisions");
    }

    private int lastRevision(String path) {
        List<Map<String, Object>> revisions = revisions(path);
        return revisions.isEmpty() ? 0 : ((Number) revisions.get(0).get("revision")).intValue();
    }

    private List<Map<String, Object>> auditEntries(String kind, String code) {
        return api.items("/api/v1/audit?size=500").stream()
                .filter(entry -> "catalog.edited".equals(entry.get("action")))
                .filter(entry -> kind.equals(entry.get("targetType")) && code.equals(entry.get("targetId")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> auditEntries(String kind, String code, int revision) {
        return auditEntries(kind, code).stream()
                .filter(entry -> Integer.toString(revision).equals(((Map<String, Object>) entry.get("details")).get("revision")))
                .toList();
    }

    private String createUser(String role) {
        String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/users", "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}".formatted(name, PASSWORD, role));
        return name;
    }
}
