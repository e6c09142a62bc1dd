package lv.balticom.privacy.core.internal.plugins;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import lv.balticom.privacy.core.internal.persistence.JulToSlf4j;

/**
 * Runs a plugin's Liquibase changelog, read through the plugin's class loader, with a history table of
 * the plugin's own ({@code plugin_<id>_changelog} and its lock table {@code plugin_<id>_changelog_lock},
 * dashes as underscores), so that the plugin's history never mixes with the platform's.
 */
final class PluginSchema {

    private PluginSchema() {
    }

    /** The history table of a plugin's changelog. */
    static String changelogTable(String pluginId) {
        return "plugin_" + pluginId.replace('-', '_') + "_changelog";
    }

    /** The lock table of a plugin's changelog. */
    static String lockTable(String pluginId) {
        return changelogTable(pluginId) + "_lock";
    }

    /**
     * Brings the plugin's tables up to date.
     *
     * @throws Exception whatever Liquibase or the database throws: the plugin is then refused
     */
    static void migrate(DataSource dataSource, String pluginId, ClassLoader pluginLoader, String changelog) throws Exception {
        JulToSlf4j.install();
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(pluginLoader),
                Scope.Attr.ui.name(), new LoggerUIService(),
                // A failure becomes the plugin's refusal reason, logged once by the host; Liquibase's own
                // report of it (a stack trace) would only repeat it.
                Scope.Attr.logService.name(), new NoOpLogService(),
                "liquibase.analytics.enabled", Boolean.FALSE,
                "liquibase.showBanner", Boolean.FALSE);
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDatabaseChangeLogTableName(changelogTable(pluginId));
                database.setDatabaseChangeLogLockTableName(lockTable(pluginId));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute();
            });
        }
    }
}
