package lv.balticom.privacy.core.internal.plugins;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.balticom.privacy.spi.PrivacyPlugin;

/**
 * Finds the plugins and creates them, after checking their modules: one folder of jars per plugin under
 * the plugins folder, in the order of the folders' names, each loaded into a module layer of its own
 * whose parent is the boot layer; and, when asked, the plugins on the application's class path.
 *
 * <p>When the SPI is not a named module (the platform runs on the class path: tests, development) a
 * folder's jars are loaded with a class loader of their own instead of a layer, and the same checks are
 * made on the jars' module descriptors.
 *
 * <p>Not thread-safe: the host uses it once, at start-up.
 */
final class PluginLoader {

    static final String SPI_MODULE = "lv.balticom.privacy.spi";
    static final String SERVICE = PrivacyPlugin.class.getName();
    static final String CLASSPATH = "classpath";

    private static final String WHAT_A_PLUGIN_IS = "a plugin's main jar must be a named module (with a module-info.class) that "
            + "requires " + SPI_MODULE + " and provides " + SERVICE;
    private static final String WHAT_A_PLUGIN_MAY_REQUIRE = "a plugin may require only " + SPI_MODULE
            + ", the JDK's modules and modules in its own folder";

    private final ClassLoader hostLoader;
    private final boolean onModulePath;
    private final PlatformModules platform;

    PluginLoader(ClassLoader hostLoader, boolean onModulePath) {
        this.hostLoader = hostLoader;
        this.onModulePath = onModulePath;
        this.platform = new PlatformModules(onModulePath);
    }

    /** For the platform as it runs now: on the module path when the SPI is a named module. */
    static PluginLoader forThisRuntime() {
        return new PluginLoader(PluginLoader.class.getClassLoader(), PrivacyPlugin.class.getModule().isNamed());
    }

    /** Whether folders are loaded into module layers (else with class loaders). */
    boolean onModulePath() {
        return onModulePath;
    }

    /** The plugins of every folder under {@code dir}, in the order of the folders' names; none if it does not exist. */
    List<FoundPlugin> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> folders;
        try (Stream<Path> entries = Files.list(dir)) {
            folders = entries.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(folder -> folder.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the plugins folder " + dir + ": " + e.getMessage(), e);
        }
        return folders.stream().map(this::folder).toList();
    }

    /** The plugin in one folder, or why there is none. */
    FoundPlugin folder(Path folder) {
        String name = folder.getFileName().toString();
        String source = "plugins/" + name;
        try {
            return load(folder, source, name);
        } catch (PluginRefusal refusal) {
            return FoundPlugin.refused(source, name, refusal.reason());
        }
    }

    /** The plugins on the application's class path, in the order of their class names (source {@code classpath}). */
    List<FoundPlugin> classPath() {
        List<FoundPlugin> found = new ArrayList<>();
        List<ServiceLoader.Provider<PrivacyPlugin>> providers = new ArrayList<>();
        try {
            ServiceLoader.load(PrivacyPlugin.class, hostLoader).stream().forEach(providers::add);
        } catch (ServiceConfigurationError e) {
            found.add(FoundPlugin.refused(CLASSPATH, CLASSPATH, "classpath: a plugin on the class path cannot be loaded: "
                    + PluginRefusal.describe(e)));
        }
        providers.sort(Comparator.comparing(provider -> provider.type().getName()));
        for (ServiceLoader.Provider<PrivacyPlugin> provider : providers) {
            String name = provider.type().getName();
            try {
                found.add(FoundPlugin.loaded(CLASSPATH, name, provider.get(), null));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                found.add(FoundPlugin.refused(CLASSPATH, name, "classpath: the plugin class " + name + " cannot be created: "
                        + PluginRefusal.describe(e)));
            }
        }
        return found;
    }

    private FoundPlugin load(Path folder, String source, String name) throws PluginRefusal {
        List<Path> jars = jars(folder, source);
        if (jars.isEmpty()) {
            throw new PluginRefusal(source + ": the folder holds no jar (" + WHAT_A_PLUGIN_IS + ")");
        }
        Set<ModuleReference> modules;
        try {
            modules = ModuleFinder.of(jars.toArray(Path[]::new)).findAll();
        } catch (FindException e) {
            throw new PluginRefusal(source + ": its jars cannot be read as modules: " + PluginRefusal.describe(e));
        }
        ModuleReference main = check(source, modules);
        return onModulePath ? inLayer(source, name, jars, modules) : withClassLoader(source, name, jars, main);
    }

    private static List<Path> jars(Path folder, String source) throws PluginRefusal {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new PluginRefusal(source + ": the folder cannot be read: " + PluginRefusal.describe(e));
        }
    }

    /**
     * Checks a folder's modules and returns the main one: exactly one named module provides exactly one
     * plugin, and no module requires anything but the SPI, the JDK and the folder's own modules.
     */
    private ModuleReference check(String source, Set<ModuleReference> modules) throws PluginRefusal {
        List<ModuleReference> sorted = modules.stream().sorted(Comparator.comparing(module -> module.descriptor().name())).toList();
        List<ModuleReference> providing = sorted.stream().filter(PluginLoader::providesAPlugin).toList();
        for (ModuleReference module : providing) {
            if (module.descriptor().isAutomatic()) {
                throw new PluginRefusal(source + ": " + jar(module) + " is an automatic module (it has no module-info.class); "
                        + WHAT_A_PLUGIN_IS);
            }
        }
        if (providing.isEmpty()) {
            boolean named = sorted.stream().anyMatch(module -> !module.descriptor().isAutomatic());
            throw new PluginRefusal(source + (named ? ": no module in the folder provides " + SERVICE + " (" + WHAT_A_PLUGIN_IS + ")"
                    : ": no jar in the folder is a named module (none has a module-info.class); " + WHAT_A_PLUGIN_IS));
        }
        List<String> plugins = new ArrayList<>();
        for (ModuleReference module : providing) {
            module.descriptor().provides().stream().filter(provides -> provides.service().equals(SERVICE))
                    .flatMap(provides -> provides.providers().stream())
                    .forEach(provider -> plugins.add(provider + " in module " + module.descriptor().name()));
        }
        if (plugins.size() > 1) {
            throw new PluginRefusal(source + ": more than one plugin in one folder (" + String.join("; ", plugins)
                    + "); give each plugin a folder of its own");
        }
        Set<String> inFolder = sorted.stream().map(module -> module.descriptor().name()).collect(Collectors.toSet());
        for (ModuleReference module : sorted) {
            checkRequires(source, module, inFolder);
        }
        return providing.get(0);
    }

    private void checkRequires(String source, ModuleReference module, Set<String> inFolder) throws PluginRefusal {
        ModuleDescriptor descriptor = module.descriptor();
        List<ModuleDescriptor.Requires> requires = descriptor.requires().stream()
                .sorted(Comparator.comparing(ModuleDescriptor.Requires::name)).toList();
        for (ModuleDescriptor.Requires required : requires) {
            String name = required.name();
            boolean optional = required.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
            if (name.equals(SPI_MODULE) || inFolder.contains(name)) {
                continue;
            }
            String who = source + ": module " + descriptor.name() + " (" + jar(module) + ") requires ";
            if (PlatformModules.isJdk(name)) {
                if (!optional && ModuleLayer.boot().findModule(name).isEmpty()) {
                    throw new PluginRefusal(who + name + ", which the platform's Java runtime has not loaded");
                }
            } else if (platform.contains(name)) {
                throw new PluginRefusal(who + "the platform module " + name + "; " + WHAT_A_PLUGIN_MAY_REQUIRE);
            } else if (!optional) {
                throw new PluginRefusal(who + name + ", which is neither in the folder nor allowed; " + WHAT_A_PLUGIN_MAY_REQUIRE);
            }
        }
    }

    /** The folder as a module layer of its own above the boot layer; the plugin found with the ServiceLoader. */
    private FoundPlugin inLayer(String source, String name, List<Path> jars, Set<ModuleReference> modules) throws PluginRefusal {
        ModuleLayer boot = ModuleLayer.boot();
        Set<String> roots = modules.stream().map(module -> module.descriptor().name()).collect(Collectors.toCollection(TreeSet::new));
        Configuration configuration;
        try {
            configuration = boot.configuration().resolve(ModuleFinder.of(jars.toArray(Path[]::new)), ModuleFinder.of(), roots);
        } catch (FindException | ResolutionException e) {
            throw new PluginRefusal(source + ": its modules cannot be resolved: " + PluginRefusal.describe(e));
        }
        ModuleLayer layer;
        try {
            layer = boot.defineModulesWithOneLoader(configuration, hostLoader);
        } catch (RuntimeException e) {
            throw new PluginRefusal(source + ": its modules cannot be loaded: " + PluginRefusal.describe(e));
        }
        List<ServiceLoader.Provider<PrivacyPlugin>> providers;
        try {
            providers = ServiceLoader.load(layer, PrivacyPlugin.class).stream()
                    .filter(provider -> provider.type().getModule().getLayer() == layer).toList();
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new PluginRefusal(source + ": its plugin cannot be loaded: " + PluginRefusal.describe(e));
        }
        if (providers.size() != 1) {
            throw new PluginRefusal(source + ": " + providers.size() + " plugins found in its layer; " + WHAT_A_PLUGIN_IS);
        }
        ServiceLoader.Provider<PrivacyPlugin> provider = providers.get(0);
        try {
            return FoundPlugin.loaded(source, name, provider.get(), null);
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            throw new PluginRefusal(source + ": the plugin class " + provider.type().getName() + " cannot be created: "
                    + PluginRefusal.describe(e));
        }
    }

    /** The folder's jars with a class loader of their own (the platform runs on the class path). */
    private FoundPlugin withClassLoader(String source, String name, List<Path> jars, ModuleReference main) throws PluginRefusal {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new PluginRefusal(source + ": " + jars.get(i).getFileName() + " cannot be read: " + PluginRefusal.describe(e));
            }
        }
        URLClassLoader loader = new URLClassLoader("plugin-" + name, urls, hostLoader);
        String className = main.descriptor().provides().stream().filter(provides -> provides.service().equals(SERVICE))
                .flatMap(provides -> provides.providers().stream()).findFirst().orElseThrow();
        try {
            return FoundPlugin.loaded(source, name, create(loader, className), loader);
        } catch (PluginRefusal refusal) {
            close(loader);
            throw new PluginRefusal(source + ": " + refusal.reason());
        }
    }

    /** Creates a provider as the ServiceLoader would: its public static provider() method, or its public constructor. */
    private static PrivacyPlugin create(ClassLoader loader, String className) throws PluginRefusal {
        try {
            Class<?> type = Class.forName(className, false, loader);
            for (Method method : type.getMethods()) {
                if (method.getName().equals("provider") && method.getParameterCount() == 0 && Modifier.isStatic(method.getModifiers())
                        && PrivacyPlugin.class.isAssignableFrom(method.getReturnType())) {
                    return (PrivacyPlugin) method.invoke(null);
                }
            }
            if (!PrivacyPlugin.class.isAssignableFrom(type)) {
                throw new PluginRefusal("the class " + className + " does not implement " + SERVICE);
            }
            if (!Modifier.isPublic(type.getModifiers())) {
                throw new PluginRefusal("the class " + className + " is not public");
            }
            return (PrivacyPlugin) type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new PluginRefusal("the class " + className + " has neither a public no-argument constructor nor a provider() method");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new PluginRefusal("the plugin class " + className + " cannot be created: " + PluginRefusal.describe(e));
        }
    }

    private static void close(AutoCloseable resources) {
        try {
            resources.close();
        } catch (Exception e) {
            // nothing was loaded that needs it
        }
    }

    private static boolean providesAPlugin(ModuleReference module) {
        return module.descriptor().provides().stream().anyMatch(provides -> provides.service().equals(SERVICE));
    }

    /** The jar a module comes from, by its file name. */
    private static String jar(ModuleReference module) {
        return module.location().map(location -> {
            String path = location.getPath();
            return path == null ? location.toString() : path.substring(path.lastIndexOf('/') + 1);
        }).orElse(module.descriptor().name());
    }
}
