package lv.balticom.privacy.core.internal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import lv.balticom.privacy.core.internal.audit.AuditSearch;
import lv.balticom.privacy.spi.SpiVersion;
import lv.balticom.privacy.spi.event.PrivacyEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The plugin host on real plugin jars, built while the test runs: one that works, and one for every way
 * a plugin is refused. The platform starts with all of them in its plugins folder.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginHostTest implements TestPropertyProvider {

    private static final String MEMBERS_OF_A_LIBRARY_USER = """
            public void start(PluginContext context) {
                seen.put("greeting", test.lib.Greeting.hello());
            }
            """;

    private Path pluginsDir;

    @Inject
    PluginHost host;

    @Inject
    PluginEvents events;

    @Inject
    AuditSearch audit;

    @Inject
    DataSource dataSource;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    ApplicationContext context;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        try {
            pluginsDir = Files.createTempDirectory("plugins-");
            writePlugins(pluginsDir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("privacy.plugins.dir", pluginsDir.toString(),
                "privacy.plugins.good.greeting", "sveiki",
                "privacy.plugins.good.batch.size", "10",
                "privacy.plugins.other.secret", "not for good");
    }

    private static void writePlugins(Path dir) throws IOException {
        TestPlugins.working(dir, "good", "good");
        TestPlugins.requiringTheCore(dir, "needs-core", "needs-core");
        TestPlugins.plugin(dir, "old-spi", "old-spi", "public SpiVersion spiVersion() { return new SpiVersion(2, 0); }");
        TestPlugins.plugin(dir, "fails-at-start", "fails-at-start", """
                public void start(PluginContext context) { throw new IllegalStateException("no licence key configured"); }
                """);
        TestPluginJars.jar("automatic-1.0.jar")
                .source(TestPlugins.pkg("automatic") + ".Plugin", TestPlugins.source("automatic", "automatic", ""))
                .service(TestPlugins.pkg("automatic") + ".Plugin")
                .writeTo(dir.resolve("automatic"));
        TestPlugins.plugin(dir, "zz-same-id", "good", "");
        Files.createDirectories(dir.resolve("nothing-here"));
        Files.writeString(dir.resolve("nothing-here").resolve("README.txt"), "no jar here");
        TestPluginJars.jar("two-1.0.jar")
                .moduleInfo("module test.two { requires lv.balticom.privacy.spi; provides " + PluginLoader.SERVICE
                        + " with test.two_plugins.Plugin, test.two_plugins.Other; }")
                .source("test.two_plugins.Plugin", TestPlugins.source("two-plugins", "two", ""))
                .source("test.two_plugins.Other", "package test.two_plugins; public class Other extends Plugin {}")
                .writeTo(dir.resolve("two-plugins"));
        TestPlugins.plugin(dir, "bad-register", "bad-register", """
                public List<RegisterDefinition> registers() {
                    return List.of(RegisterDefinition.builder("things", Text.of("Lietas", "Things"))
                            .field(FieldDefinition.text("Not An Id", Text.of("Nosaukums", "Title")).required()).build());
                }
                """);
        TestPlugins.plugin(dir, "same-registers", "same-registers", """
                public List<RegisterDefinition> registers() {
                    RegisterDefinition register = RegisterDefinition.builder("things", Text.of("Lietas", "Things"))
                            .field(FieldDefinition.text("title", Text.of("Nosaukums", "Title")).required()).build();
                    return List.of(register, register);
                }
                """);
        TestPlugins.plugin(dir, "unknown-module", "unknown-module", "", "requires org.example.missing;");
        Path library = TestPluginJars.jar("test-lib-1.0.jar")
                .moduleInfo("module test.lib { exports test.lib; }")
                .source("test.lib.Greeting", "package test.lib; public class Greeting { public static String hello() { return \"labdien\"; } }")
                .writeTo(dir.resolve("with-library"));
        TestPluginJars.jar("with-library-1.0.jar")
                .moduleInfo(TestPlugins.moduleInfo("with-library", "requires test.lib;"))
                .source(TestPlugins.pkg("with-library") + ".Plugin", TestPlugins.source("with-library", "with-library",
                        MEMBERS_OF_A_LIBRARY_USER))
                .modulePath(library)
                .writeTo(dir.resolve("with-library"));
        TestPlugins.plugin(dir, "factory-fails", "factory-fails", """
                public List<SubjectDataSource> subjectDataSources(PluginContext context) {
                    throw new UnsupportedOperationException("the CRM is not reachable");
                }
                public void stop() { System.setProperty("test.plugin.stopped.factory-fails", "yes"); }
                """);
        TestPlugins.plugin(dir, "bad-id", "Bad_Id", "");
        TestPluginJars.jar("notes-1.0.jar")
                .moduleInfo(TestPlugins.moduleInfo("notes", "opens test.notes;"))
                .source(TestPlugins.pkg("notes") + ".Plugin", TestPlugins.source("notes", "notes", """
                        public Optional<String> changelog() { return Optional.of("test/notes/changelog.xml"); }
                        public void start(PluginContext context) throws Exception {
                            try (java.sql.Connection connection = context.dataSource().getConnection();
                                 java.sql.PreparedStatement insert = connection.prepareStatement(
                                         "INSERT INTO plugin_notes_note (id, body) VALUES (?, ?)")) {
                                insert.setString(1, UUID.randomUUID().toString());
                                insert.setString(2, "written at start");
                                seen.put("inserted", insert.executeUpdate());
                            }
                        }
                        """))
                .resource("test/notes/changelog.xml", changelog("""
                        <changeSet id="1" author="notes">
                            <createTable tableName="plugin_notes_note">
                                <column name="id" type="char(36)"><constraints primaryKey="true"/></column>
                                <column name="body" type="varchar(200)"><constraints nullable="false"/></column>
                            </createTable>
                        </changeSet>
                        """))
                .writeTo(dir.resolve("notes"));
        TestPluginJars.jar("bad-changelog-1.0.jar")
                .moduleInfo(TestPlugins.moduleInfo("bad-changelog", "opens test.bad_changelog;"))
                .source(TestPlugins.pkg("bad-changelog") + ".Plugin", TestPlugins.source("bad-changelog", "bad-changelog", """
                        public Optional<String> changelog() { return Optional.of("test/bad_changelog/changelog.xml"); }
                        """))
                .resource("test/bad_changelog/changelog.xml", changelog("""
                        <changeSet id="1" author="bad">
                            <sql>THIS IS NOT SQL</sql>
                        </changeSet>
                        """))
                .writeTo(dir.resolve("bad-changelog"));
    }

    static String changelog(String changeSets) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                   http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                %s
                </databaseChangeLog>
                """.formatted(changeSets);
    }

    @AfterAll
    void clearProperties() {
        System.clearProperty("test.plugin.stopped.good");
        System.clearProperty("test.plugin.stopped.factory-fails");
    }

    @Test
    void aWorkingPluginIsActiveWithItsConfigurationCatalogueAuditAndDatabase() {
        PluginState good = state("good", "plugins/good");
        assertThat(good.state()).isEqualTo(PluginState.State.ACTIVE);
        assertThat(good.reason()).isEmpty();
        assertThat(good.version()).isEqualTo("1.0.0");
        assertThat(good.spiVersion()).isEqualTo(SpiVersion.CURRENT.toString());
        assertThat(good.name().en()).isEqualTo("Plugin good");
        assertThat(good.registers()).containsExactly("things");
        assertThat(good.contributions()).isEqualTo(new PluginState.Contributions(1, 0, 0, 1, 2));

        Map<String, Object> seen = seen("good");
        assertThat(seen).containsEntry("pluginId", "good")
                .containsEntry("config", Map.of("greeting", "sveiki", "batch.size", "10"))
                .containsEntry("unknown", false)
                .containsEntry("badAction", "refused")
                .containsEntry("logger", "plugin.good")
                .containsEntry("clock", "Z");
        assertThat((String) seen.get("category")).contains("APP1-").doesNotContain("none");
        assertThat((Integer) seen.get("purposes")).isPositive();
        assertThat(seen.get("database").toString()).isIn("H2", "MariaDB", "MySQL");
        assertThat(seen.get("noSuchRegister").toString()).contains("no-such-register");
        if (!context.containsBean(PluginRecordStores.class)) {
            assertThat(seen).containsEntry("records", "records are not available");
        }

        ActivePlugin active = host.active("good").orElseThrow();
        assertThat(active.register("things")).isPresent();
        assertThat(active.context().configuration().get("batch.size")).contains("10");
        assertThat(active.context().configuration().get("secret")).isEmpty();

        AuditSearch.Entry checked = recentEntries().stream().filter(entry -> entry.action().equals("thing.checked")).findFirst().orElseThrow();
        assertThat(checked.actor()).isEqualTo("plugin:good");
        assertThat(checked.targetType()).isEqualTo("thing");
        assertThat(checked.targetId()).isEqualTo("thing-1");
        assertThat(checked.details()).containsEntry("greeting", "sveiki");
    }

    @Test
    void anAuditEntryWrittenOutsideARequestCommitsInATransactionOfItsOwn() {
        host.active("good").orElseThrow().context().audit().record("thing.rechecked", "thing", "thing-2", Map.of());
        assertThat(recentEntries()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("thing.rechecked");
            assertThat(entry.actor()).isEqualTo("plugin:good");
        });
    }

    @Test
    @DisplayName("A plugin that requires the core is refused, naming the requirement, and the platform serves requests")
    void aPluginRequiringTheCoreIsRefusedAndThePlatformServesRequests() {
        assertRefused("needs-core", "plugins/needs-core", "module test.needs_core", "requires the platform module lv.balticom.privacy.core");
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/health"), String.class).code()).isEqualTo(200);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/v1/controller").basicAuth("admin", "test-admin-password")))
                .contains("AS Balticom");
    }

    @Test
    void everyWayOfFailingRefusesThePluginWithAReason() {
        assertRefused("old-spi", "plugins/old-spi", "test.old_spi.Plugin", "built for SPI 2.0", "major versions differ");
        assertRefused("fails-at-start", "plugins/fails-at-start", "start() failed", "IllegalStateException: no licence key configured");
        assertRefused("automatic", "plugins/automatic", "automatic-1.0.jar is an automatic module", "no module-info.class");
        assertRefused("nothing-here", "plugins/nothing-here", "the folder holds no jar");
        assertRefused("two-plugins", "plugins/two-plugins", "more than one plugin", "test.two_plugins.Plugin", "test.two_plugins.Other");
        assertRefused("bad-register", "plugins/bad-register", "a register definition is invalid", "Not An Id");
        assertRefused("same-registers", "plugins/same-registers", "two registers have the id things");
        assertRefused("unknown-module", "plugins/unknown-module", "requires org.example.missing, which is neither in the folder nor allowed");
        assertRefused("factory-fails", "plugins/factory-fails", "subjectDataSources() failed", "the CRM is not reachable");
        assertRefused("bad-id", "plugins/bad-id", "Bad_Id", "not 2 to 40 lower-case letters");
        assertRefused("bad-changelog", "plugins/bad-changelog", "its changelog test/bad_changelog/changelog.xml failed");
        assertThat(host.plugins()).filteredOn(plugin -> plugin.state() == PluginState.State.FAILED)
                .allSatisfy(plugin -> {
                    assertThat(plugin.registers()).isEmpty();
                    assertThat(plugin.contributions()).isEqualTo(PluginState.Contributions.NONE);
                    assertThat(plugin.reason().orElseThrow()).doesNotContain("\tat ").doesNotContain("\n");
                    assertThat(host.active()).noneMatch(active -> active.plugin().getClass().getName().startsWith(
                            TestPlugins.pkg(plugin.source().substring("plugins/".length())) + "."));
                });
    }

    @Test
    void aSecondPluginWithATakenIdIsRefused() {
        PluginState second = state("good", "plugins/zz-same-id");
        assertThat(second.state()).isEqualTo(PluginState.State.FAILED);
        assertThat(second.reason().orElseThrow()).contains("plugins/zz-same-id").contains("the id good is already taken by the plugin from plugins/good");
        assertThat(host.plugin("good").orElseThrow().source()).isEqualTo("plugins/good");
        assertThat(host.active("good").orElseThrow().plugin().getClass().getName()).isEqualTo("test.good.Plugin");
    }

    @Test
    void aLibraryModuleInThePluginsFolderMayBeRequired() {
        assertThat(state("with-library", "plugins/with-library").state()).isEqualTo(PluginState.State.ACTIVE);
        assertThat(seen("with-library")).containsEntry("greeting", "labdien");
    }

    @Test
    void aPluginWhoseFactoryFailsIsStoppedAgain() {
        assertThat(System.getProperty("test.plugin.stopped.factory-fails")).isEqualTo("yes");
        assertThat(host.active("factory-fails")).isEmpty();
    }

    @Test
    void theHostAuditsWhatItStartedAndWhatItRefused() {
        List<AuditSearch.Entry> entries = recentEntries().stream().filter(entry -> entry.actor().equals("system:plugin-host")).toList();
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("plugin.started");
            assertThat(entry.targetType()).isEqualTo("plugin");
            assertThat(entry.targetId()).isEqualTo("good");
            assertThat(entry.details()).containsEntry("version", "1.0.0");
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("plugin.refused");
            assertThat(entry.targetId()).isEqualTo("needs-core");
            assertThat(entry.details().get("reason")).contains("lv.balticom.privacy.core").hasSizeLessThanOrEqualTo(500);
        });
    }

    @Test
    @DisplayName("A plugin's changelog creates its tables, with a history table of its own")
    void aPluginsChangelogCreatesItsTablesWithItsOwnHistory() throws SQLException {
        assertThat(state("notes", "plugins/notes").state()).isEqualTo(PluginState.State.ACTIVE);
        assertThat(seen("notes")).containsEntry("inserted", 1);
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            assertThat(count(connection, "SELECT COUNT(*) FROM plugin_notes_note")).isPositive();
            assertThat(count(connection, "SELECT COUNT(*) FROM plugin_notes_changelog WHERE id = '1' AND author = 'notes'")).isEqualTo(1);
            assertThat(count(connection, "SELECT COUNT(*) FROM plugin_notes_changelog_lock")).isEqualTo(1);
            assertThat(count(connection, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE author = 'notes'")).isZero();
        }
    }

    @Test
    @DisplayName("Events reach the listeners after the transaction commits, in order, each listener on a thread of its own")
    void eventsArriveAfterCommitInOrder() throws InterruptedException {
        List<String> heard = heard();
        heard.clear();
        UUID inTransaction = UUID.randomUUID();
        transactions.executeWrite(status -> {
            events.publish(new PrivacyEvent.SubjectErased(inTransaction, Instant.now()));
            sleep(300);
            assertThat(heard).as("nothing before the commit").isEmpty();
            return null;
        });
        await(() -> heard.size() == 1);
        assertThat(heard.get(0)).startsWith(inTransaction + " on plugin-good-events-");

        heard.clear();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID subject = UUID.randomUUID();
            expected.add(subject.toString());
            events.publish(new PrivacyEvent.SubjectErased(subject, Instant.now()));
        }
        await(() -> heard.size() == 50);
        assertThat(heard.stream().map(line -> line.substring(0, 36)).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void eventsOfARolledBackTransactionNeverArrive() throws InterruptedException {
        List<String> heard = heard();
        heard.clear();
        UUID rolledBack = UUID.randomUUID();
        try {
            transactions.executeWrite(status -> {
                events.publish(new PrivacyEvent.SubjectErased(rolledBack, Instant.now()));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        UUID after = UUID.randomUUID();
        events.publish(new PrivacyEvent.SubjectErased(after, Instant.now()));
        await(() -> !heard.isEmpty());
        sleep(200);
        assertThat(heard).hasSize(1).allSatisfy(line -> assertThat(line).startsWith(after.toString()));
    }

    private void assertRefused(String id, String source, String... reasonParts) {
        PluginState plugin = state(id, source);
        assertThat(plugin.state()).as(source).isEqualTo(PluginState.State.FAILED);
        assertThat(plugin.reason().orElseThrow()).as(source).startsWith(source).contains(reasonParts);
    }

    private PluginState state(String id, String source) {
        return host.plugins().stream().filter(plugin -> plugin.source().equals(source)).findFirst()
                .map(plugin -> {
                    assertThat(plugin.id()).as(source).isEqualTo(id);
                    return plugin;
                })
                .orElseThrow(() -> new AssertionError("no plugin from " + source + " in " + host.plugins()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> seen(String id) {
        return ((Supplier<Map<String, Object>>) host.active(id).orElseThrow().plugin()).get();
    }

    @SuppressWarnings("unchecked")
    private List<String> heard() {
        return (List<String>) seen("good").get("heard");
    }

    private List<AuditSearch.Entry> recentEntries() {
        return audit.find(null, null, null, 0, 500).items();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
