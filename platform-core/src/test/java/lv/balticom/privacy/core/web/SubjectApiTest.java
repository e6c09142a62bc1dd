package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import lv.balticom.privacy.core.api.PersonalCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Data subjects over the HTTP API (POL-4): recorded, read, found; bad input refused without a trace. */
@MicronautTest
class SubjectApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    @DisplayName("POL-4: a client is recorded with its identifiers and can be read back")
    @SuppressWarnings("unchecked")
    void recordsAndReadsASubject() {
        String customer = customerNumber();
        String email = "Anna." + customer + "@Example.LV";
        String code = personalCode();
        HttpResponse<Map<String, Object>> created = api.post("/api/v1/subjects", """
                {"type":"CLIENT","identifiers":{"customerNumber":"%s","email":" %s ","phone":"29 12 34 56","personalCode":"%s"}}
                """.formatted(customer, email, code));

        assertThat(created.code()).isEqualTo(201);
        Map<String, Object> subject = created.body();
        String id = subject.get("id").toString();
        assertThat(created.getHeaders().get("Location")).isEqualTo("/api/v1/subjects/" + id);
        assertThat(subject).containsEntry("type", "CLIENT");
        Map<String, Object> identifiers = (Map<String, Object>) subject.get("identifiers");
        assertThat(identifiers).containsEntry("customerNumber", customer)
                .containsEntry("email", email.toLowerCase())
                .containsEntry("phone", "+37129123456")
                .containsEntry("personalCode", "******-***" + code.substring(10));

        assertThat(api.get("/api/v1/subjects/" + id)).isEqualTo(subject);
    }

    @Test
    @DisplayName("POL-4: subjects are found by customer number, e-mail or phone, however they are typed")
    void findsSubjectsByAnIdentifier() {
        String customer = customerNumber();
        String email = customer.toLowerCase() + "@example.lv";
        String phone = "+3712" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String id = create("{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\",\"email\":\"%s\",\"phone\":\"%s\"}}"
                .formatted(customer, email, phone));
        String family = create("{\"type\":\"CLIENT\",\"identifiers\":{\"email\":\"%s\"}}".formatted(email));

        assertThat(ids("/api/v1/subjects?customerNumber=" + customer)).containsExactly(id);
        assertThat(ids("/api/v1/subjects?email=" + email.toUpperCase())).containsExactly(id, family);
        assertThat(ids("/api/v1/subjects?phone=" + phone.substring(4))).containsExactly(id);
        assertThat(ids("/api/v1/subjects?customerNumber=" + customerNumber())).isEmpty();
    }

    @Test
    @DisplayName("A customer number or personal code belongs to one subject only: 409, and nothing is written")
    void uniqueIdentifiersConflict() {
        String customer = customerNumber();
        String code = personalCode();
        create("{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\",\"personalCode\":\"%s\"}}".formatted(customer, code));
        long ledgerBefore = ledgerSize();

        problem(api.error(admin(HttpRequest.POST("/api/v1/subjects",
                "{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\"}}".formatted(customer)))), 409,
                "identifiers.customerNumber");
        problem(api.error(admin(HttpRequest.POST("/api/v1/subjects",
                "{\"type\":\"VISITOR\",\"identifiers\":{\"customerNumber\":\"%s\",\"personalCode\":\"%s\"}}"
                        .formatted(customerNumber(), code.replace("-", ""))))), 409, "identifiers.personalCode");

        assertThat(ledgerSize()).as("a refused request leaves no audit entry").isEqualTo(ledgerBefore);
    }

    @Test
    @DisplayName("Bad input is refused with 400 naming the field, and changes nothing")
    void badInputIsRefused() {
        long ledgerBefore = ledgerSize();
        String customer = customerNumber();
        assertRefused("{\"type\":\"CUSTOMER\",\"identifiers\":{\"customerNumber\":\"%s\"}}".formatted(customer), "type");
        assertRefused("{\"identifiers\":{\"customerNumber\":\"%s\"}}".formatted(customer), "type");
        assertRefused("{\"type\":\"CLIENT\"}", "identifiers");
        assertRefused("{\"type\":\"CLIENT\",\"identifiers\":{}}", "identifiers");
        assertRefused("{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\",\"personalCode\":\"180565-05611\"}}"
                .formatted(customer), "identifiers.personalCode");
        assertRefused("{\"type\":\"CLIENT\",\"identifiers\":{\"email\":\"not-an-address\"}}", "identifiers.email");
        assertRefused("{\"type\":\"CLIENT\",\"identifiers\":{\"phone\":\"12\"}}", "identifiers.phone");
        assertRefused("{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"has space\"}}", "identifiers.customerNumber");
        assertRefused("{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\"},\"vip\":true}".formatted(customer), "vip");
        assertRefused("{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\",\"fax\":\"1\"}}".formatted(customer), "identifiers.fax");
        assertRefused("{\"type\":\"CLIENT\",\"identifiers\":[\"%s\"]}".formatted(customer), "identifiers");
        assertRefused("{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":", null);

        assertThat(ids("/api/v1/subjects?customerNumber=" + customer)).as("nothing was recorded").isEmpty();
        assertThat(ledgerSize()).isEqualTo(ledgerBefore);
    }

    @Test
    void unknownAndMalformedIdsAndSearches() {
        problem(api.error(admin(HttpRequest.GET("/api/v1/subjects/" + UUID.randomUUID()))), 404, "id");
        problem(api.error(admin(HttpRequest.GET("/api/v1/subjects/not-a-uuid"))), 400, "id");
        problem(api.error(admin(HttpRequest.GET("/api/v1/subjects"))), 400, "customerNumber");
        problem(api.error(admin(HttpRequest.GET("/api/v1/subjects?email=a@b.lv&phone=29123456"))), 400, "email");
        problem(api.error(admin(HttpRequest.GET("/api/v1/subjects?email=nonsense"))), 400, "email");
    }

    private void assertRefused(String json, String field) {
        problem(api.error(admin(HttpRequest.POST("/api/v1/subjects", json).contentType(MediaType.APPLICATION_JSON_TYPE))),
                400, field);
    }

    private String create(String json) {
        return api.post("/api/v1/subjects", json).body().get("id").toString();
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String path) {
        return api.items(path).stream().map(subject -> subject.get("id").toString()).toList();
    }

    private long ledgerSize() {
        return ((Number) api.get("/api/v1/audit?size=1").get("totalItems")).longValue();
    }

    static String customerNumber() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** A random valid personal code of the newer form (no real person's). */
    static String personalCode() {
        while (true) {
            String digits = "32" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            int check = PersonalCode.checkDigit(digits);
            if (check >= 0) {
                return digits.substring(0, 6) + "-" + digits.substring(6) + check;
            }
        }
    }
}
