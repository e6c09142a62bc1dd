package lv.balticom.privacy.spi;

import java.time.Clock;
import javax.sql.DataSource;
import lv.balticom.privacy.spi.register.RecordStore;

/**
 * What the host gives a plugin at {@link PrivacyPlugin#start}. Valid until {@link PrivacyPlugin#stop};
 * thread-safe, and so is everything it returns.
 */
public interface PluginContext {

    /** The plugin's id. */
    String pluginId();

    /**
     * The platform's database (embedded H2 in MariaDB mode, or MariaDB): for the plugin's own tables,
     * created by its {@link PrivacyPlugin#changelog() changelog}. Take a connection, use it, close it;
     * a plugin never reads or writes the platform's tables.
     */
    DataSource dataSource();

    /** The plugin's configuration: the keys under {@code privacy.plugins.<id>} in {@code conf/application.yml}. */
    PluginConfiguration configuration();

    /** The platform's clock: use it instead of {@code Instant.now()}, so that tests can move time. */
    Clock clock();

    /** The audit ledger, where the plugin records what it changed (actor {@code plugin:<id>}). */
    AuditWriter audit();

    /** The policy's catalogue: data categories, purposes, legal bases, subject types, recipients. */
    CatalogLookup catalog();

    /**
     * The records of one of the plugin's own registers, as the host keeps them.
     *
     * @throws IllegalArgumentException when the plugin declared no register with this id
     */
    RecordStore records(String registerId);

    /** A logger named after the plugin. Never log personal data. */
    System.Logger logger();
}
