package lv.balticom.privacy.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@code /health}: 200 while the database answers, 503 when it does not. */
class HealthTest {

    @Test
    void upWhileTheDatabaseAnswersAndDownWhenItDoesNot() {
        try (ApplicationContext context = ApplicationContext.builder()
                .environmentPropertySource(false)
                .properties(Map.of(
                        "datasources.default.url", "jdbc:h2:mem:health-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1",
                        "datasources.default.connection-timeout", 1000,
                        "privacy.admin.password", "health-test-password",
                        "micronaut.server.port", -1))
                .start();
             EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
             HttpClient client = HttpClient.create(server.getURL())) {
            assertThat(client.toBlocking().retrieve("/health")).isEqualTo("{\"status\":\"UP\"}");

            ((HikariDataSource) DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class))).close();

            HttpClientResponseException down = null;
            try {
                client.toBlocking().retrieve(HttpRequest.GET("/health"));
            } catch (HttpClientResponseException e) {
                down = e;
            }
            assertThat(down).isNotNull();
            assertThat(down.getStatus().getCode()).isEqualTo(503);
            assertThat(down.getResponse().getBody(String.class)).contains("{\"status\":\"DOWN\"}");
        }
    }
}
