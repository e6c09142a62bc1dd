package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import lv.balticom.privacy.core.internal.security.ApiKeys;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API keys are remembered for a moment after they authenticate, so that a system's calls do not each
 * ask the database; a key revoked on another instance stops working within that moment.
 */
@MicronautTest(transactional = false)
@Property(name = "privacy.security.api-key-memory", value = "1s")
class ApiKeyMemoryTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApiKeys keys;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aKeyIsRememberedAfterItAuthenticatesAndAWrongSecretIsNot() {
        Map<?, ?> created = create();
        String secret = created.get("secret").toString();
        assertThat(keys.remembered(secret)).as("never used yet").isEmpty();
        assertThat(status(secret)).isEqualTo(200);
        assertThat(keys.remembered(secret)).hasValueSatisfying(principal -> assertThat(principal.keyId()).isEqualTo(created.get("id")));
        assertThat(keys.remembered(secret + "x")).isEmpty();
    }

    @Test
    void aKeyRevokedHereIsForgottenAtOnce() {
        Map<?, ?> created = create();
        String secret = created.get("secret").toString();
        assertThat(status(secret)).isEqualTo(200);
        http.toBlocking().exchange(admin(HttpRequest.DELETE("/api/v1/api-keys/" + created.get("id"))));
        assertThat(keys.remembered(secret)).isEmpty();
        assertThat(status(secret)).isEqualTo(401);
    }

    @Test
    void aKeyRevokedOnAnotherInstanceStopsWorkingOnceTheMemoryEnds() throws InterruptedException {
        Map<?, ?> created = create();
        String secret = created.get("secret").toString();
        assertThat(status(secret)).isEqualTo(200);
        transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE api_key SET revoked_at = ? WHERE id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(Instant.now()));
            statement.setString(2, created.get("id").toString());
            return statement.executeUpdate();
        }));
        long deadline = System.nanoTime() + 10_000_000_000L;
        int status = status(secret);
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = status(secret);
        }
        assertThat(status).as("revoked in the database, remembered for 1 s").isEqualTo(401);
        assertThat(keys.remembered(secret)).isEmpty();
    }

    private Map<?, ?> create() {
        String name = "memory-" + UUID.randomUUID().toString().substring(0, 8);
        return http.toBlocking().retrieve(admin(HttpRequest.POST("/api/v1/api-keys",
                "{\"name\":\"%s\",\"permissions\":[\"catalog:read\"]}".formatted(name))), Map.class);
    }

    private int status(String secret) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/api/v1/controller").bearerAuth(secret)).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
