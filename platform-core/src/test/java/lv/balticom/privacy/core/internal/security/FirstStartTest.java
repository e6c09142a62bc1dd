package lv.balticom.privacy.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import lv.balticom.privacy.core.IsolatedPlatform;
import lv.balticom.privacy.core.internal.audit.AuditSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start on an empty database, and the starts after it: the admin account, the generated
 * password file, the catalogue seeded once, migrations that find their own history.
 */
class FirstStartTest {

    @TempDir
    Path dataDir;

    @Test
    void aGeneratedPasswordIsWrittenForItsOwnerOnlyAndWorks() throws Exception {
        try (EmbeddedServer server = start(Map.of())) {
            Path file = dataDir.resolve("initial-admin-password");
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            String password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(UserAccounts.MINIMUM_PASSWORD_LENGTH);
            try (HttpClient client = HttpClient.create(server.getURL())) {
                String controller = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/controller").basicAuth("admin", password));
                assertThat(controller).contains("AS Balticom");
            }
        }
    }

    @Test
    void theChosenPasswordIsUsedAndNoFileWritten() {
        try (EmbeddedServer server = start(Map.of("privacy.admin.password", "chosen-password-1234"));
             HttpClient client = HttpClient.create(server.getURL())) {
            assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/v1/controller").basicAuth("admin", "chosen-password-1234")))
                    .contains("40003443452");
            assertThat(dataDir.resolve("initial-admin-password")).doesNotExist();
        }
    }

    @Test
    void aShortChosenPasswordStopsTheFirstStart() {
        assertThatThrownBy(() -> start(Map.of("privacy.admin.password", "short")).close())
                .hasStackTraceContaining("at least 12 characters");
    }

    @Test
    void aRestartFindsTheSchemaTheCatalogueAndTheAdminInPlace() {
        Map<String, Object> properties = Map.of("privacy.admin.password", "chosen-password-1234");
        try (EmbeddedServer first = start(properties)) {
            assertThat(first.isRunning()).isTrue();
        }
        try (EmbeddedServer second = start(properties)) {
            AuditSearch audit = second.getApplicationContext().getBean(AuditSearch.class);
            assertThat(audit.find(null, null, null, 0, 100).items())
                    .extracting(AuditSearch.Entry::action)
                    .containsExactlyInAnyOrder("catalog.seeded", "user.created");
        }
    }

    private EmbeddedServer start(Map<String, Object> extra) {
        return IsolatedPlatform.start(dataDir, extra);
    }
}
