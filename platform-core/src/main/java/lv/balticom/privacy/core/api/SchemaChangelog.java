package lv.balticom.privacy.core.api;

/**
 * A module's Liquibase changelog. Each module that owns tables provides one bean of this type;
 * the platform runs them all, in {@link #order()}, when the database connection pool starts, before
 * anything else touches the database.
 *
 * <p>The changelog is a classpath resource in a folder of the module's own (for example
 * {@code db/changelog/consent/changelog.xml}); its package must be opened in the module's
 * module-info so that Liquibase can read it on the module path.
 */
public interface SchemaChangelog {

    /** The classpath location of the module's master changelog. */
    String changelog();

    /** Lower runs first; the core uses 0, feature modules 100 and up. */
    int order();
}
