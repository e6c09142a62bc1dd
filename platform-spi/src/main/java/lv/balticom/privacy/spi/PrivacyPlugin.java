package lv.balticom.privacy.spi;

/**
 * The one entry point of a plugin, found with {@link java.util.ServiceLoader}: a plugin's module
 * declares {@code provides lv.balticom.privacy.spi.PrivacyPlugin with ...}.
 *
 * <p>Lifecycle: the host creates one instance per plugin when it loads the plugin's folder and
 * keeps it until shutdown. The host calls these methods from one thread at start-up; an
 * implementation needs no synchronisation for them. Extension points are added here as default
 * methods that return what the plugin contributes, so a plugin implements only what it offers.
 */
public interface PrivacyPlugin {

    /** A stable id, lower case letters, digits and dashes (for example {@code processors}). */
    String id();

    /** A name for people, in English. */
    String name();

    /** The plugin's own version, as its author numbers it. */
    String version();

    /** The SPI version the plugin was built against; the host refuses another major version. */
    default SpiVersion spiVersion() {
        return SpiVersion.CURRENT;
    }
}
