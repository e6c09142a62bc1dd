package lv.balticom.privacy.core;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A platform on an embedded database of its own in a folder, whatever database the build uses: for
 * tests that need an empty database (a first start) or must change what others share.
 */
public final class IsolatedPlatform {

    private IsolatedPlatform() {
    }

    /** Starts the platform with its data in {@code dataDir}; the extra properties win. */
    public static EmbeddedServer start(Path dataDir, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "privacy.data-dir", dataDir.toString(),
                "datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("privacy")
                        + ";MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0",
                "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "micronaut.server.port", -1,
                "privacy.admin.password", ""));
        properties.putAll(extra);
        ApplicationContext context = ApplicationContext.builder()
                .environmentPropertySource(false)
                .properties(properties)
                .start();
        return context.getBean(EmbeddedServer.class).start();
    }
}
