package lv.balticom.privacy.core.internal.persistence;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import liquibase.UpdateSummaryOutputEnum;
import lv.balticom.privacy.core.api.SchemaChangelog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date the moment the connection pool exists, so that no bean sees the
 * database before its tables do. Runs every module's changelog in order; Liquibase's own lock
 * keeps two instances starting together from migrating twice.
 */
@Singleton
final class SchemaMigrations implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private final List<SchemaChangelog> changelogs;

    SchemaMigrations(List<SchemaChangelog> changelogs) {
        this.changelogs = changelogs.stream().sorted(Comparator.comparingInt(SchemaChangelog::order)).toList();
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        // The bean may already be wrapped for transactions; migrate on the pool itself.
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(event.getBean());
        try (Connection connection = dataSource.getConnection()) {
            for (SchemaChangelog changelog : changelogs) {
                migrate(connection, changelog.changelog());
            }
        } catch (SQLException e) {
            throw new SchemaMigrationException("cannot open a database connection to migrate the schema", e);
        }
        return event.getBean();
    }

    /** Runs one changelog on the connection. */
    private static void migrate(Connection connection, String changelog) {
        // A privacy platform does not phone home: Liquibase's usage analytics stay off.
        // Liquibase reports through java.util.logging and prints to the console; send both to SLF4J.
        JulToSlf4j.install();
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader()),
                Scope.Attr.ui.name(), new LoggerUIService(),
                "liquibase.analytics.enabled", Boolean.FALSE,
                "liquibase.showBanner", Boolean.FALSE);
        try {
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute();
            });
            LOG.info("Schema up to date: {}", changelog);
        } catch (Exception e) {
            throw new SchemaMigrationException("schema migration failed for " + changelog, e);
        }
    }
}
