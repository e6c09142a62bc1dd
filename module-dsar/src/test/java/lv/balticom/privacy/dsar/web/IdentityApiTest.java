package lv.balticom.privacy.dsar.web;

import static lv.balticom.privacy.dsar.web.DsarApi.REQUESTS;
import static lv.balticom.privacy.dsar.web.DsarApi.request;
import static lv.balticom.privacy.dsar.web.RequestIntakeApiTest.history;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Recording how the requester's identity was verified (POL-28, POL-29). */
@MicronautTest
class IdentityApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private DsarApi api;

    @BeforeEach
    void api() {
        api = new DsarApi(http);
    }

    @Test
    @DisplayName("POL-28.1, POL-29: in person, the document type and only the last 4 characters of its number, by whom and when")
    @SuppressWarnings("unchecked")
    void documentInPerson() {
        Map<String, Object> request = api.receive(request("ACCESS", "IN_PERSON", "IN_PERSON", "", ""));
        Map<String, Object> verified = api.act(request.get("id"), "identity",
                "{\"method\":\"DOCUMENT\",\"documentType\":\"ID_CARD\",\"documentNumberLast4\":\"7a9k\"}");
        assertThat(verified).containsEntry("status", "IDENTITY_VERIFIED");
        Map<String, Object> identity = (Map<String, Object>) verified.get("identity");
        assertThat(identity).containsEntry("method", "DOCUMENT").containsEntry("documentType", "ID_CARD")
                .containsEntry("documentNumberLast4", "7A9K").containsEntry("verifiedBy", "user:admin").containsKey("verifiedAt");
        assertThat(history(verified)).extracting(entry -> entry.get("event")).containsExactly("RECEIVED", "IDENTITY_VERIFIED");
        long ledger = api.ledgerSize();
        api.refused(REQUESTS + "/" + request.get("id") + "/identity",
                "{\"method\":\"DOCUMENT\",\"documentType\":\"PASSPORT\",\"documentNumberLast4\":\"1234\"}", 409, "method");
        assertThat(api.ledgerSize()).isEqualTo(ledger);
    }

    @Test
    @DisplayName("POL-28.2, POL-28.3: an e-signed e-mail needs a valid signature; the portal needs the sign-in")
    @SuppressWarnings("unchecked")
    void signatureAndPortal() {
        Map<String, Object> signed = api.receive(request("ERASURE", "EMAIL_E_SIGNED", "PORTAL", "", ""));
        String path = REQUESTS + "/" + signed.get("id") + "/identity";
        long ledger = api.ledgerSize();
        api.refused(path, "{\"method\":\"E_SIGNATURE\",\"signatureResult\":\"INVALID\"}", 409, "signatureResult");
        api.refused(path, "{\"method\":\"E_SIGNATURE\",\"signatureResult\":\"LOOKS_FINE\"}", 400, "signatureResult");
        assertThat(api.ledgerSize()).isEqualTo(ledger);
        Map<String, Object> verified = api.act(signed.get("id"), "identity",
                "{\"method\":\"E_SIGNATURE\",\"signatureResult\":\"VALID\",\"reference\":\"eparaksts validation 2026-118\"}");
        assertThat((Map<String, Object>) verified.get("identity")).containsEntry("signatureResult", "VALID")
                .containsEntry("documentNumberLast4", null);

        Map<String, Object> portal = api.receive(request("PORTABILITY", "PORTAL", "PORTAL", "", ""));
        api.refused(REQUESTS + "/" + portal.get("id") + "/identity", "{\"method\":\"PORTAL_SIGN_IN\"}", 400, "reference");
        assertThat(api.act(portal.get("id"), "identity", "{\"method\":\"PORTAL_SIGN_IN\",\"reference\":\"session 4411\"}"))
                .containsEntry("status", "IDENTITY_VERIFIED");
    }

    @Test
    @DisplayName("POL-28, POL-29: bad identity evidence is refused naming the field, and changes nothing")
    void badEvidence() {
        Map<String, Object> request = api.receive(request("ACCESS", "IN_PERSON", "IN_PERSON", "", ""));
        String path = REQUESTS + "/" + request.get("id") + "/identity";
        long ledger = api.ledgerSize();
        api.refused(path, "{\"method\":\"PORTAL_SIGN_IN\",\"reference\":\"x\"}", 400, "method");
        api.refused(path, "{}", 400, "method");
        api.refused(path, "{\"method\":\"DOCUMENT\",\"documentNumberLast4\":\"1234\"}", 400, "documentType");
        api.refused(path, "{\"method\":\"DOCUMENT\",\"documentType\":\"LIBRARY_CARD\",\"documentNumberLast4\":\"1234\"}", 400,
                "documentType");
        api.refused(path, "{\"method\":\"DOCUMENT\",\"documentType\":\"PASSPORT\",\"documentNumberLast4\":\"LV1234567\"}", 400,
                "documentNumberLast4");
        api.refused(path, "{\"method\":\"DOCUMENT\",\"documentType\":\"PASSPORT\",\"documentNumberLast4\":\"4567\","
                + "\"verifiedAt\":\"" + Instant.now().plusSeconds(3600) + "\"}", 400, "verifiedAt");
        assertThat(api.get(REQUESTS + "/" + request.get("id"))).containsEntry("status", "RECEIVED").containsEntry("identity", null);
        assertThat(api.ledgerSize()).isEqualTo(ledger);
    }
}
