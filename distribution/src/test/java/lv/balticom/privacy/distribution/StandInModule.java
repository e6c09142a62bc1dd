package lv.balticom.privacy.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A stand-in for a feature module with console pages, built the way module-consent is built: a JPMS
 * module that requires the core and uses only {@code lv.balticom.privacy.core.api..}, compiled with
 * Micronaut's annotation processor against the archive's {@code lib/}, jarred into {@code lib/} beside
 * the real modules. So the archive, on the module path, shows that the console API does not depend on
 * the class path: a menu item, texts the module loads itself (from {@code i18n/consolecheck/}, a
 * package it does NOT open), a panel on the subject's page and a page of its own from templates in
 * {@code views/console/consolecheck/} (which it opens), and a form with the form token.
 */
final class StandInModule {

    /** The jar's name in lib/. */
    static final String JAR = "console-check-module.jar";

    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("module-info.java", """
                /** A stand-in feature module with console pages (DistributionIT). */
                module lv.balticom.privacy.consolecheck {
                    requires lv.balticom.privacy.core;

                    // Micronaut finds beans on the module path only in packages exported to everyone.
                    exports lv.balticom.privacy.consolecheck;
                    // Thymeleaf reads templates through the class loader: only from opened packages.
                    opens views.console.consolecheck;
                    // i18n.consolecheck is not opened: the module reads its bundle itself (ConsoleTexts).
                }
                """);
        SOURCES.put("lv/balticom/privacy/consolecheck/CheckTexts.java", """
                package lv.balticom.privacy.consolecheck;

                import jakarta.inject.Singleton;
                import java.util.Locale;
                import java.util.ResourceBundle;
                import lv.balticom.privacy.core.api.console.ConsoleTexts;

                @Singleton
                final class CheckTexts implements ConsoleTexts {
                    @Override
                    public ResourceBundle bundle(Locale locale) {
                        return ResourceBundle.getBundle("i18n.consolecheck.messages", locale);
                    }
                }
                """);
        SOURCES.put("lv/balticom/privacy/consolecheck/CheckConsole.java", """
                package lv.balticom.privacy.consolecheck;

                import io.micronaut.context.annotation.Factory;
                import jakarta.inject.Singleton;
                import lv.balticom.privacy.core.api.Permission;
                import lv.balticom.privacy.core.api.console.ConsoleMenuItem;

                @Factory
                final class CheckConsole {
                    @Singleton
                    ConsoleMenuItem checkMenuItem() {
                        return new ConsoleMenuItem("consolecheck.menu", "/console/consolecheck", Permission.SUBJECT_READ, ConsoleMenuItem.MODULES);
                    }
                }
                """);
        SOURCES.put("lv/balticom/privacy/consolecheck/CheckPanel.java", """
                package lv.balticom.privacy.consolecheck;

                import jakarta.inject.Singleton;
                import java.util.Map;
                import java.util.UUID;
                import lv.balticom.privacy.core.api.Permission;
                import lv.balticom.privacy.core.api.console.ConsoleViewer;
                import lv.balticom.privacy.core.api.console.SubjectPanel;

                @Singleton
                final class CheckPanel implements SubjectPanel {
                    @Override
                    public String template() {
                        return "console/consolecheck/panel";
                    }

                    @Override
                    public Permission permission() {
                        return Permission.SUBJECT_READ;
                    }

                    @Override
                    public Map<String, Object> model(UUID subjectId, ConsoleViewer viewer) {
                        return Map.of("viewer", viewer.actor().auditName(), "language", viewer.locale().getLanguage());
                    }
                }
                """);
        SOURCES.put("lv/balticom/privacy/consolecheck/CheckPages.java", """
                package lv.balticom.privacy.consolecheck;

                import io.micronaut.http.HttpResponse;
                import io.micronaut.http.MediaType;
                import io.micronaut.http.annotation.Body;
                import io.micronaut.http.annotation.Consumes;
                import io.micronaut.http.annotation.Controller;
                import io.micronaut.http.annotation.Get;
                import io.micronaut.http.annotation.Post;
                import io.micronaut.views.ModelAndView;
                import java.util.Map;
                import lv.balticom.privacy.core.api.Permission;
                import lv.balticom.privacy.core.api.ProblemException;
                import lv.balticom.privacy.core.api.RequiresPermission;
                import lv.balticom.privacy.core.api.console.ConsoleForm;
                import lv.balticom.privacy.core.api.console.ConsolePages;
                import lv.balticom.privacy.core.api.console.ConsoleViewer;
                import lv.balticom.privacy.core.api.console.FormTokenChecked;

                @FormTokenChecked
                @Controller("/console/consolecheck")
                public class CheckPages {

                    @Get
                    @RequiresPermission(Permission.SUBJECT_READ)
                    public ModelAndView<Map<String, Object>> page(ConsoleViewer viewer) {
                        return ConsolePages.page("consolecheck/page", Map.of("who", viewer.actor().name()));
                    }

                    @Post
                    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
                    @RequiresPermission(Permission.SUBJECT_READ)
                    public HttpResponse<?> send(@Body Map<String, Object> fields) {
                        if (!new ConsoleForm(fields).text("word").equals("yes")) {
                            return ConsolePages.refused("consolecheck/page", Map.of("who", "-"), ProblemException.invalid("word", "Say yes."));
                        }
                        return ConsolePages.done("/console/consolecheck", "consolecheck-sent");
                    }
                }
                """);
    }

    private static final Map<String, String> RESOURCES = new LinkedHashMap<>();

    static {
        RESOURCES.put("i18n/consolecheck/messages_lv.properties", """
                consolecheck.menu=Moduļa pārbaude
                consolecheck.title=Moduļa lapa
                consolecheck.who=Moduļa lapa lietotājam {0}
                consolecheck.send=Sūtīt
                consolecheck.panel=Moduļa panelis: {0}, valoda {1}
                done.consolecheck-sent=Moduļa veidlapa saņemta.
                """);
        RESOURCES.put("i18n/consolecheck/messages_en.properties", """
                consolecheck.menu=Module check
                consolecheck.title=The module’s page
                consolecheck.who=The module’s page for {0}
                consolecheck.send=Send
                consolecheck.panel=The module’s panel: {0}, language {1}
                done.consolecheck-sent=The module’s form is received.
                """);
        RESOURCES.put("views/console/consolecheck/page.html", """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{console/layout :: layout(~{::title}, ~{::main})}">
                <head><title th:text="#{consolecheck.title}">Page</title></head>
                <body>
                <main id="content">
                    <h1 th:text="#{consolecheck.title}">Page</h1>
                    <p id="who" th:text="#{consolecheck.who(${who})}">who</p>
                    <form method="post" action="/console/consolecheck">
                        <input th:replace="~{console/fragments :: csrf}">
                        <input type="hidden" name="word" value="yes">
                        <button type="submit" th:text="#{consolecheck.send}">Send</button>
                    </form>
                </main>
                </body>
                </html>
                """);
        RESOURCES.put("views/console/consolecheck/panel.html", """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org">
                <body>
                <th:block th:fragment="panel">
                    <h2 id="consolecheck-panel" th:text="#{consolecheck.panel(${panel.viewer}, ${panel.language})}">Panel</h2>
                </th:block>
                </body>
                </html>
                """);
    }

    private StandInModule() {
    }

    /**
     * Compiles the module against {@code lib} with Micronaut's processor (from this test's class path)
     * and writes its jar into {@code lib}.
     */
    static void writeInto(Path lib, Path work) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> source : SOURCES.entrySet()) {
            Path file = sources.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        String processorPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).collect(Collectors.joining(File.pathSeparator));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-nowarn", "-encoding", "UTF-8",
                "--module-path", lib.toString(), "--processor-path", processorPath,
                "-Amicronaut.processing.group=lv.balticom.privacy", "-Amicronaut.processing.module=lv.balticom.privacy.consolecheck",
                "-d", classes.toString()));
        arguments.addAll(files);
        ToolProvider javac = ToolProvider.findFirst("javac")
                .orElseThrow(() -> new AssertionError("no javac: the test needs a JDK, not a JRE"));
        StringWriter errors = new StringWriter();
        PrintWriter out = new PrintWriter(errors);
        int compiled = javac.run(out, out, arguments.toArray(String[]::new));
        out.flush();
        assertThat(compiled).as("the stand-in module compiles against lib/ with only the core's api: " + errors).isZero();
        for (Map.Entry<String, String> resource : RESOURCES.entrySet()) {
            Path file = classes.resolve(resource.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource.getValue(), StandardCharsets.UTF_8);
        }
        try (Stream<Path> generated = Files.walk(classes)) {
            assertThat(generated.map(file -> classes.relativize(file).toString().replace('\\', '/')))
                    .as("Micronaut's processor ran: bean definitions of the module")
                    .anyMatch(name -> name.startsWith("lv/balticom/privacy/consolecheck/$CheckPages$Definition"));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(lib.resolve(JAR)), manifest);
             Stream<Path> all = Files.walk(classes)) {
            // Directories too, as the jar tool writes them: Micronaut lists META-INF/micronaut/<service>/ as a directory.
            for (Path file : all.filter(file -> !file.equals(classes)).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                jar.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (Files.isRegularFile(file)) {
                    jar.write(Files.readAllBytes(file));
                }
                jar.closeEntry();
            }
        }
    }
}
