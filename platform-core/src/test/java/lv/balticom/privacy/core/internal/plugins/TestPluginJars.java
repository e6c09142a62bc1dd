package lv.balticom.privacy.core.internal.plugins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import lv.balticom.privacy.spi.PrivacyPlugin;

/**
 * Builds real plugin jars while a test runs: compiles a {@code module-info.java} and classes against the
 * SPI with the JDK's compiler, and writes a jar with the classes, resources and (when asked) a
 * {@code META-INF/services} entry.
 *
 * <pre>{@code
 * Path jar = TestPluginJars.jar("good.jar")
 *         .moduleInfo("module test.good { requires lv.balticom.privacy.spi; "
 *                 + "provides lv.balticom.privacy.spi.PrivacyPlugin with test.good.GoodPlugin; opens test.good; }")
 *         .source("test.good.GoodPlugin", "package test.good; public class GoodPlugin implements ... { ... }")
 *         .resource("test/good/changelog.xml", xml)
 *         .writeTo(pluginsDir.resolve("good"));
 * }</pre>
 *
 * Without {@link Builder#moduleInfo} the jar is a plain one (an automatic module); {@link Builder#service}
 * adds {@code META-INF/services/lv.balticom.privacy.spi.PrivacyPlugin}. A module the module-info
 * requires that is neither the SPI, the JDK's, nor on {@link Builder#modulePath} (for example
 * {@code lv.balticom.privacy.core}) is compiled against an empty stand-in of that name, so that the
 * jar's descriptor names it as a real one would.
 *
 * <p>Uses the {@code javac} tool through {@link ToolProvider}: tests need a JDK, not a JRE.
 */
public final class TestPluginJars {

    private static final Pattern REQUIRES = Pattern.compile("requires\\s+(?:(?:transitive|static)\\s+)*([\\w.]+)\\s*;");

    private TestPluginJars() {
    }

    /** Starts a jar of this file name ({@code good.jar}). */
    public static Builder jar(String fileName) {
        return new Builder(fileName);
    }

    /** Where the SPI's classes are (a folder or a jar, with its module-info.class). */
    public static Path spiLocation() {
        try {
            return Path.of(PrivacyPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects a jar's parts; not thread-safe. */
    public static final class Builder {
        private final String fileName;
        private String moduleInfo;
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, byte[]> resources = new LinkedHashMap<>();
        private final List<String> services = new ArrayList<>();
        private final List<Path> modulePath = new ArrayList<>();

        private Builder(String fileName) {
            this.fileName = fileName;
        }

        /** The module declaration, as {@code module-info.java} would hold it. */
        public Builder moduleInfo(String declaration) {
            this.moduleInfo = declaration;
            return this;
        }

        /** A class, by its fully qualified name, and its source. */
        public Builder source(String className, String code) {
            sources.put(className, code);
            return this;
        }

        /** A resource, by its path in the jar ({@code test/good/changelog.xml}). */
        public Builder resource(String path, String content) {
            resources.put(path, content.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** A line of {@code META-INF/services/lv.balticom.privacy.spi.PrivacyPlugin}. */
        public Builder service(String providerClass) {
            services.add(providerClass);
            return this;
        }

        /** Another jar (a library module) to compile against; it is not copied into this one. */
        public Builder modulePath(Path jar) {
            modulePath.add(jar);
            return this;
        }

        /** Compiles and writes the jar into {@code folder} (created if missing); returns the jar. */
        public Path writeTo(Path folder) {
            try {
                Files.createDirectories(folder);
                Path work = Files.createTempDirectory("plugin-jar-");
                try {
                    Path classes = compile(work);
                    Path jar = folder.resolve(fileName);
                    write(classes, jar);
                    return jar;
                } finally {
                    try (Stream<Path> walk = Files.walk(work)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Path compile(Path work) throws IOException {
            Path src = work.resolve("src");
            Path classes = work.resolve("classes");
            Files.createDirectories(classes);
            List<String> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file.toString());
            }
            List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-d", classes.toString()));
            Set<Path> path = new LinkedHashSet<>();
            path.add(spiLocation());
            path.addAll(modulePath);
            if (moduleInfo != null) {
                Path file = src.resolve("module-info.java");
                Files.createDirectories(src);
                Files.writeString(file, moduleInfo);
                files.add(file.toString());
                path.addAll(standIns(work, path));
                arguments.add("--module-path");
            } else {
                arguments.add("--class-path");
            }
            arguments.add(String.join(java.io.File.pathSeparator, path.stream().map(Path::toString).toList()));
            arguments.addAll(files);
            javac(arguments);
            return classes;
        }

        /** Empty modules for what the declaration requires and nothing here provides. */
        private List<Path> standIns(Path work, Set<Path> path) throws IOException {
            Set<String> known = new LinkedHashSet<>();
            known.add("lv.balticom.privacy.spi");
            for (Path jar : modulePath) {
                java.lang.module.ModuleFinder.of(jar).findAll().forEach(module -> known.add(module.descriptor().name()));
            }
            List<Path> standIns = new ArrayList<>();
            Matcher requires = REQUIRES.matcher(moduleInfo);
            while (requires.find()) {
                String module = requires.group(1);
                if (known.contains(module) || module.startsWith("java.") || module.startsWith("jdk.")) {
                    continue;
                }
                Path src = work.resolve("stand-ins-src").resolve(module);
                Path out = work.resolve("stand-ins").resolve(module);
                Files.createDirectories(src);
                Files.createDirectories(out);
                Files.writeString(src.resolve("module-info.java"), "module " + module + " {}");
                javac(List.of("--release", "17", "-proc:none", "-d", out.toString(), src.resolve("module-info.java").toString()));
                standIns.add(out);
            }
            return standIns;
        }

        private void write(Path classes, Path jar) throws IOException {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
                List<Path> compiled;
                try (Stream<Path> walk = Files.walk(classes)) {
                    compiled = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path classFile : compiled) {
                    entry(out, classes.relativize(classFile).toString().replace('\\', '/'), Files.readAllBytes(classFile));
                }
                for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                    entry(out, resource.getKey(), resource.getValue());
                }
                if (!services.isEmpty()) {
                    entry(out, "META-INF/services/" + PrivacyPlugin.class.getName(),
                            (String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }

        private static void entry(JarOutputStream out, String name, byte[] content) throws IOException {
            out.putNextEntry(new JarEntry(name));
            out.write(content);
            out.closeEntry();
        }

        private static void javac(List<String> arguments) {
            ToolProvider javac = ToolProvider.findFirst("javac")
                    .orElseThrow(() -> new IllegalStateException("no javac: the tests need a JDK"));
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
            int status = javac.run(print, print, arguments.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("javac failed (" + status + "):\n" + messages.toString(StandardCharsets.UTF_8)
                        + "\narguments: " + arguments);
            }
        }
    }
}
