package lv.balticom.privacy.core.internal.plugins;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The modules of the platform that a plugin may not require: every module of the boot layer besides the
 * JDK's ({@code java.*}, {@code jdk.*}) and the SPI. When the platform runs on the class path (tests,
 * development) the boot layer holds only the JDK, so the names are those the class path's jars and
 * folders would have as modules.
 */
final class PlatformModules {

    private final boolean onModulePath;
    private volatile Set<String> names;

    PlatformModules(boolean onModulePath) {
        this.onModulePath = onModulePath;
    }

    /** Whether a module of this name is part of the platform (and so not for plugins). */
    boolean contains(String module) {
        return names().contains(module);
    }

    /** Whether the module is the JDK's. */
    static boolean isJdk(String module) {
        return module.startsWith("java.") || module.startsWith("jdk.");
    }

    private Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            known = scan();
            names = known;
        }
        return known;
    }

    private Set<String> scan() {
        Set<String> found = new TreeSet<>();
        ModuleLayer.boot().modules().forEach(module -> found.add(module.getName()));
        if (!onModulePath) {
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    found.addAll(moduleNames(entry));
                }
            }
        }
        found.removeIf(name -> isJdk(name) || name.equals(PluginLoader.SPI_MODULE));
        return Collections.unmodifiableSet(found);
    }

    /** The module a class path entry would be on the module path, if it can be one. */
    private static Set<String> moduleNames(String entry) {
        Set<String> found = new TreeSet<>();
        try {
            Path path = Path.of(entry);
            boolean module = Files.isDirectory(path) ? Files.isRegularFile(path.resolve("module-info.class"))
                    : Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
            if (module) {
                for (ModuleReference reference : ModuleFinder.of(path).findAll()) {
                    found.add(reference.descriptor().name());
                }
            }
        } catch (RuntimeException e) {
            // not a module: nothing a plugin could require by name
        }
        return found;
    }
}
