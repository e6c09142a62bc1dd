package lv.balticom.privacy.core.internal.plugins;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * Where the plugins are: {@code privacy.plugins.dir}, by default {@code plugins/} in the installation
 * folder ({@code privacy.home}, set by the start script) or, without one, in the working directory.
 * {@code privacy.plugins.classpath=true} (tests and development only) also loads the plugins found on the
 * application's class path.
 */
@Singleton
public final class PluginSettings {

    /** The plugin ids these settings take: no plugin may have one of them. */
    static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("dir", "classpath");

    private final Path dir;
    private final boolean classpath;

    PluginSettings(@Value("${privacy.plugins.dir:}") @Nullable String dir, @Value("${privacy.home:}") @Nullable String home,
                   @Value("${privacy.plugins.classpath:false}") boolean classpath) {
        this.dir = of(dir, home);
        this.classpath = classpath;
    }

    static Path of(@Nullable String dir, @Nullable String home) {
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir.strip()).toAbsolutePath().normalize();
        }
        if (home != null && !home.isBlank()) {
            return Path.of(home.strip(), "plugins").toAbsolutePath().normalize();
        }
        return Path.of("plugins").toAbsolutePath().normalize();
    }

    /** The folder holding one folder per plugin; it need not exist (then there are no plugins). */
    public Path dir() {
        return dir;
    }

    /** Whether plugins on the application's class path are loaded too (source {@code classpath}). */
    public boolean classpath() {
        return classpath;
    }
}
