package lv.balticom.privacy.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unpacks the built archive and starts it, as an operator would: {@code bin/privacy-platform}, on the
 * module path, with a temporary data directory and a free port; then calls {@code /health} and an
 * authenticated endpoint, and stops it. Runs once per Java found (17, and 21 or 25 where installed).
 *
 * <p>Before it starts, a bad plugin is added beside the company's two: {@code plugins/bad-requires-core/},
 * a module compiled here that requires the platform's core. The started platform must refuse it and run
 * on with the two good plugins, whose registers then work over REST and in the console and feed the
 * record of processing (issue 4, "Done when").
 */
class DistributionIT {

    private static final String PASSWORD = "distribution-test-password";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** The folder of the plugin that requires a platform module, which the host must refuse. */
    private static final String BAD_PLUGIN = "bad-requires-core";
    private static final String OFFICER_PASSWORD = "officer-olga-password";
    /** The processor the test records: a partner in the United States. */
    private static final String PROCESSOR = "Northwind Support Inc.";

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("distribution.archive"));
        assertThat(archive).exists();
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        home = unpacked.resolve(System.getProperty("distribution.folder"));
        writeBadPlugin(home.resolve("plugins").resolve(BAD_PLUGIN));
        StandInModule.writeInto(home.resolve("lib"), Files.createTempDirectory(unpacked, "stand-in-module"));
    }

    /**
     * Compiles a plugin that requires the platform's core module against the archive's {@code lib/}
     * (where that module is), and jars it into {@code folder}: a plugin the host must refuse.
     */
    private static void writeBadPlugin(Path folder) throws IOException {
        Path work = Files.createTempDirectory(unpacked, "bad-plugin");
        Path sources = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path moduleInfo = sources.resolve("module-info.java");
        Path plugin = sources.resolve("com/example/bad/BadPlugin.java");
        Files.createDirectories(plugin.getParent());
        Files.writeString(moduleInfo, """
                module com.example.bad {
                    requires lv.balticom.privacy.spi;
                    requires lv.balticom.privacy.core;
                    provides lv.balticom.privacy.spi.PrivacyPlugin with com.example.bad.BadPlugin;
                }
                """);
        Files.writeString(plugin, """
                package com.example.bad;

                import lv.balticom.privacy.spi.PrivacyPlugin;
                import lv.balticom.privacy.spi.Text;

                public final class BadPlugin implements PrivacyPlugin {
                    @Override public String id() { return "bad"; }
                    @Override public Text name() { return Text.of("Slikts", "Bad"); }
                    @Override public String version() { return "1.0.0"; }
                    @Override public lv.balticom.privacy.spi.SpiVersion spiVersion() { return new lv.balticom.privacy.spi.SpiVersion(1, 0); }
                }
                """);
        // javac through java.base's ToolProvider: the test classes are patched into the distribution's module,
        // which does not read java.compiler (javax.tools).
        ToolProvider javac = ToolProvider.findFirst("javac")
                .orElseThrow(() -> new AssertionError("no javac: the test needs a JDK, not a JRE"));
        java.io.StringWriter errors = new java.io.StringWriter();
        java.io.PrintWriter out = new java.io.PrintWriter(errors);
        int compiled = javac.run(out, out, "--release", "17", "-proc:none", "-nowarn",
                "--module-path", home.resolve("lib").toString(), "-d", classes.toString(), moduleInfo.toString(), plugin.toString());
        out.flush();
        assertThat(compiled).as(errors.toString()).isZero();
        Files.createDirectories(folder);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(folder.resolve(BAD_PLUGIN + ".jar")), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
    }

    @Test
    void theArchiveHoldsTheLayoutOperatorsExpect() throws IOException {
        assertThat(home.resolve("bin/privacy-platform")).isExecutable();
        assertThat(home.resolve("bin/privacy-platform.bat")).isRegularFile();
        assertThat(home.resolve("conf/application.yml")).isRegularFile();
        assertThat(home.resolve("conf/policy-pack.yml")).isRegularFile();
        assertThat(home.resolve("conf/logback.xml")).isRegularFile();
        assertThat(home.resolve("docs/operations.md")).isRegularFile();
        // Each company plugin's folder holds its own jar and nothing else: no SPI, no platform jar.
        String version = System.getProperty("distribution.folder").substring("privacy-platform-".length());
        for (String plugin : List.of("processors", "property-owners")) {
            try (Stream<Path> files = Files.list(home.resolve("plugins").resolve(plugin))) {
                assertThat(files.map(file -> file.getFileName().toString())).as("plugins/" + plugin)
                        .containsExactly(plugin + "-" + version + ".jar");
            }
        }
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(jar -> jar.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("platform-core-"))
                    .anyMatch(name -> name.startsWith("distribution-"))
                    .anyMatch(name -> name.equals("platform-spi-" + version + ".jar"))
                    .noneMatch(name -> name.startsWith("processors-"))
                    .noneMatch(name -> name.startsWith("property-owners-"))
                    .noneMatch(name -> name.startsWith("jaxb-api"));
        }
        // The zip holds the same files as the tar.gz (the bad plugin and the stand-in module this test added are in neither).
        try (ZipFile zip = new ZipFile(System.getProperty("distribution.zip"));
             Stream<Path> files = Files.walk(home)) {
            Path added = home.resolve("plugins").resolve(BAD_PLUGIN);
            Path module = home.resolve("lib").resolve(StandInModule.JAR);
            long inTar = files.filter(Files::isRegularFile).filter(file -> !file.startsWith(added) && !file.equals(module)).count();
            long inZip = zip.stream().filter(entry -> !entry.isDirectory()).count();
            assertThat(inZip).isEqualTo(inTar);
        }
    }

    @ParameterizedTest(name = "starts on {0}")
    @MethodSource("javaHomes")
    void startsOnTheModulePathAndAnswers(Path javaHome) throws Exception {
        int port = freePort();
        Path data = Files.createTempDirectory(unpacked, "data");
        Path log = data.resolve("platform.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/privacy-platform").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        // The archive's own embedded database, whatever database the surrounding build uses.
        environment.keySet().removeIf(name -> name.startsWith("DATASOURCES_"));
        environment.put("JAVA_HOME", javaHome.toString());
        environment.put("PRIVACY_DATA_DIR", data.toString());
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        environment.put("PRIVACY_ADMIN_PASSWORD", PASSWORD);
        Process platform = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitHealthy(http, base, platform, log);

            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/controller")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);

            HttpResponse<String> controller = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/controller"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(controller.statusCode()).isEqualTo(200);
            assertThat(controller.body()).contains("\"name\":\"AS Balticom\"").contains("Rīga");

            newcomersFirstSteps(http, base);
            pluginsAndTheirRegisters(http, base);
            aModulesConsolePages(http, base);
            theConsentModulesPages(http, base);

            String output = Files.readString(log);
            assertThat(output).contains("Balticom Privacy Platform is ready").contains("http://localhost:" + port + "/console");
            assertThat(data.resolve("privacy.mv.db")).as("the embedded database lives in PRIVACY_DATA_DIR").exists();
        } finally {
            platform.destroy();
            if (!platform.waitFor(30, TimeUnit.SECONDS)) {
                platform.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        assertThat(Files.readString(log)).doesNotContain("Exception in thread");
    }

    /**
     * What the console issue promises a newcomer: with the initial password, create an AGENT and an API
     * key; the agent signs in to the console (rendered on the module path) and reads subjects but not
     * users; the key works with exactly its permission. And the API description is served.
     */
    private static void newcomersFirstSteps(HttpClient http, URI base) throws Exception {
        String admin = basic("admin", PASSWORD);
        HttpResponse<String> agent = send(http, HttpRequest.newBuilder(base.resolve("/api/v1/users")).header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"agent-anna\",\"password\":\"agent-anna-password\",\"roles\":[\"AGENT\"]}")));
        assertThat(agent.statusCode()).as(agent.body()).isEqualTo(201);
        String anna = basic("agent-anna", "agent-anna-password");
        assertThat(send(http, HttpRequest.newBuilder(base.resolve("/api/v1/subjects?customerNumber=K-1")).header("Authorization", anna)).statusCode())
                .isEqualTo(200);
        assertThat(send(http, HttpRequest.newBuilder(base.resolve("/api/v1/users")).header("Authorization", anna)).statusCode())
                .isEqualTo(403);

        HttpResponse<String> key = send(http, HttpRequest.newBuilder(base.resolve("/api/v1/api-keys")).header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crm\",\"permissions\":[\"catalog:read\"]}")));
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        String secret = key.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
        assertThat(send(http, HttpRequest.newBuilder(base.resolve("/api/v1/controller")).header("Authorization", "Bearer " + secret))
                .statusCode()).isEqualTo(200);
        assertThat(send(http, HttpRequest.newBuilder(base.resolve("/api/v1/audit")).header("Authorization", "Bearer " + secret))
                .statusCode()).isEqualTo(403);
        // The record of processing as a PDF on the module path: OpenPDF, java.desktop and the fonts shipped in the jar.
        HttpResponse<byte[]> ropa = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/ropa.pdf?lang=lv"))
                .header("Authorization", "Bearer " + secret).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ropa.statusCode()).isEqualTo(200);
        assertThat(ropa.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(ropa.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        String session = signIn(http, "agent-anna", "agent-anna-password", base);
        HttpResponse<String> dashboard = send(http, HttpRequest.newBuilder(base.resolve("/console")).header("Cookie", session));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("agent-anna").contains("/console/subjects").doesNotContain("href=\"/console/users\"");

        HttpResponse<String> openApi = send(http, HttpRequest.newBuilder(base.resolve("/openapi.yml")).header("Authorization", admin));
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).startsWith("openapi: 3");
        // The feature modules' documents (META-INF/swagger/module-openapi.yml in their jars) are found on the module
        // path too and added to the core's: the consent module's operations, tag and schemas.
        for (String path : List.of("/api/v1/subjects", "/api/v1/checks", "/api/v1/subjects/{id}/consents",
                "/api/v1/consents/{eventId}/receipt")) {
            assertThat(openApi.body()).as("the path " + path).containsPattern("(?m)^\\s+" + Pattern.quote(path) + ":$");
        }
        assertThat(openApi.body()).contains("operationId: checkPermission").containsPattern("(?m)^- name: Consent$")
                .containsPattern("(?m)^\\s+CheckAnswer:$");
    }

    /**
     * Issue 4's "Done when", on the module path: the company's two plugins run from plugins/, the bad one
     * is refused while the platform answers, the registers work over REST (a third-country transfer
     * needs a safeguard) and in the console, and the record of processing lists what was registered.
     */
    private static void pluginsAndTheirRegisters(HttpClient http, URI base) throws Exception {
        HttpResponse<String> officer = send(http, HttpRequest.newBuilder(base.resolve("/api/v1/users"))
                .header("Authorization", basic("admin", PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"officer-olga\",\"password\":\"" + OFFICER_PASSWORD
                        + "\",\"roles\":[\"PRIVACY_OFFICER\"]}")));
        assertThat(officer.statusCode()).as(officer.body()).isEqualTo(201);
        String olga = basic("officer-olga", OFFICER_PASSWORD);

        HttpResponse<String> plugins = send(http, HttpRequest.newBuilder(base.resolve("/api/v1/plugins")).header("Authorization", olga));
        assertThat(plugins.statusCode()).as(plugins.body()).isEqualTo(200);
        for (String plugin : List.of("processors", "property-owners")) {
            assertThat(item(plugins.body(), plugin)).as(plugin)
                    .contains("\"source\":\"plugins/" + plugin + "\"").contains("\"state\":\"ACTIVE\"").contains("\"reason\":null");
        }
        assertThat(item(plugins.body(), BAD_PLUGIN)).as(BAD_PLUGIN)
                .contains("\"source\":\"plugins/" + BAD_PLUGIN + "\"").contains("\"state\":\"FAILED\"")
                .containsPattern("\"reason\":\"[^\"]*requires the platform module lv\\.balticom\\.privacy\\.core");
        // Refused, and the platform runs on.
        assertThat(send(http, HttpRequest.newBuilder(base.resolve("/health"))).statusCode()).isEqualTo(200);

        String records = "/api/v1/plugins/processors/registers/";
        HttpResponse<String> processor = post(http, base.resolve(records + "processors/records"), olga, """
                {"values": {"name": "%s", "registrationNumber": "US-7741", "country": "US", "relationship": "PARTNER",
                            "tasks": "Second-line support of the billing software", "dataCategories": ["IDENTIFICATION", "CONTACT"],
                            "contractReference": "DPA-2026-03", "contractFrom": "2026-01-01"}}
                """.formatted(PROCESSOR));
        assertThat(processor.statusCode()).as(processor.body()).isEqualTo(201);
        String processorId = field(processor.body(), "id");

        HttpResponse<String> unsafe = post(http, base.resolve(records + "transfers/records"), olga, """
                {"values": {"summary": "Support without a safeguard", "processor": "%s", "country": "US"}}
                """.formatted(processorId));
        assertThat(unsafe.statusCode()).as(unsafe.body()).isEqualTo(400);
        assertThat(unsafe.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unsafe.body()).contains("\"values.safeguard\"");

        HttpResponse<String> transfer = post(http, base.resolve(records + "transfers/records"), olga, """
                {"values": {"summary": "Software support from the US", "processor": "%s", "country": "US",
                            "safeguard": "STANDARD_CONTRACTUAL_CLAUSES", "safeguardDetails": "Commission clauses 2021/914, module 3",
                            "assessedOn": "2026-01-10", "nextReview": "2027-01-10"}}
                """.formatted(processorId));
        assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(201);
        HttpResponse<String> transfers = send(http, HttpRequest.newBuilder(base.resolve(records + "transfers/records"))
                .header("Authorization", olga));
        assertThat(transfers.body()).contains("Software support from the US").doesNotContain("Support without a safeguard");

        HttpResponse<String> ropa = send(http, HttpRequest.newBuilder(base.resolve("/api/v1/ropa")).header("Authorization", olga));
        assertThat(ropa.statusCode()).as(ropa.body()).isEqualTo(200);
        // The record's own lists of processors and transfers (after the activities, which name them too).
        String body = ropa.body();
        int processors = body.lastIndexOf("\"processors\":[");
        int recipients = body.lastIndexOf("\"recipients\":[");
        assertThat(processors).as("the record's processors").isPositive().isLessThan(recipients);
        assertThat(body.substring(processors, recipients))
                .containsPattern("\\{\"plugin\":\"processors\",\"name\":\"" + Pattern.quote(PROCESSOR) + "\"[^{]*\"country\":\\{\"code\":\"US\"")
                .containsPattern("\"transfers\":\\[\\{\"plugin\":\"processors\",\"recipient\":\"" + Pattern.quote(PROCESSOR)
                        + "\",\"country\":\\{\"code\":\"US\"[^\\[\\]]*?\"safeguard\":\\{\"code\":\"STANDARD_CONTRACTUAL_CLAUSES\"");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/ropa.pdf?lang=en"))
                .header("Authorization", olga).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        String session = signIn(http, "officer-olga", OFFICER_PASSWORD, base);
        HttpResponse<String> pluginsPage = send(http, HttpRequest.newBuilder(base.resolve("/console/plugins")).header("Cookie", session));
        assertThat(pluginsPage.statusCode()).isEqualTo(200);
        String refused = pluginsPage.body().replaceAll("(?s).*(<tr id=\"plugin-" + BAD_PLUGIN + "\".*?</tr>).*", "$1");
        assertThat(refused).startsWith("<tr id=\"plugin-" + BAD_PLUGIN).contains("data-state=\"FAILED\"").contains("lv.balticom.privacy.core");
        assertThat(pluginsPage.body()).contains("id=\"plugin-processors\"").contains("href=\"/console/plugins/processors/registers/processors\"");
        HttpResponse<String> register = send(http, HttpRequest.newBuilder(base.resolve("/console/plugins/processors/registers/processors"))
                .header("Cookie", session));
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains(PROCESSOR);
    }

    /**
     * The console API on the module path (StandInModule, in lib/ beside the feature modules): its menu
     * item, its page in the core's layout with its own texts, its panel on a subject's page, its form
     * refused without the form token and answered with its notice with one.
     */
    private static void aModulesConsolePages(HttpClient http, URI base) throws Exception {
        HttpResponse<String> subject = post(http, base.resolve("/api/v1/subjects"), basic("admin", PASSWORD),
                "{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"K-MODULE-1\"}}");
        assertThat(subject.statusCode()).as(subject.body()).isEqualTo(201);
        String subjectId = field(subject.body(), "id");

        String session = signIn(http, "agent-anna", "agent-anna-password", base);
        HttpResponse<String> dashboard = send(http, HttpRequest.newBuilder(base.resolve("/console")).header("Cookie", session));
        assertThat(dashboard.body()).as("the module's menu item with its Latvian label")
                .contains("href=\"/console/consolecheck\"").contains(">Moduļa pārbaude</a>");

        HttpResponse<String> page = send(http, HttpRequest.newBuilder(base.resolve("/console/consolecheck")).header("Cookie", session));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).as("the module's template in the core's layout, with the module's texts")
                .contains("AS Balticom").contains("<h1>Moduļa lapa</h1>").contains("Moduļa lapa lietotājam agent-anna").doesNotContain("??");

        HttpResponse<String> subjectPage = send(http, HttpRequest.newBuilder(base.resolve("/console/subjects/" + subjectId))
                .header("Cookie", session));
        assertThat(subjectPage.statusCode()).isEqualTo(200);
        assertThat(subjectPage.body()).as("the module's panel on the subject's page")
                .contains("<h2 id=\"consolecheck-panel\">Moduļa panelis: user:agent-anna, valoda lv</h2>");

        HttpResponse<String> forged = send(http, HttpRequest.newBuilder(base.resolve("/console/consolecheck")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("word=yes")));
        assertThat(forged.statusCode()).as("the module's form without the form token").isEqualTo(403);
        String token = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> sent = send(http, HttpRequest.newBuilder(base.resolve("/console/consolecheck")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("word=yes&_csrf=" + token)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/console/consolecheck?done=consolecheck-sent");
        HttpResponse<String> after = send(http, HttpRequest.newBuilder(base.resolve("/console/consolecheck?done=consolecheck-sent"))
                .header("Cookie", session));
        assertThat(after.body()).as("the module's notice").contains("Moduļa veidlapa saņemta.");
    }

    /**
     * The consent module's console pages on the module path (its templates in the opened views.console.consent, its
     * texts in i18n/consent loaded by its own code): the dashboard with its chart, the panel on a subject's page with
     * the Latvian texts and no missing ones, and its form, which records a consent the panel then shows.
     */
    private static void theConsentModulesPages(HttpClient http, URI base) throws Exception {
        HttpResponse<String> subject = post(http, base.resolve("/api/v1/subjects"), basic("admin", PASSWORD),
                "{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"K-CONSENT-1\"}}");
        assertThat(subject.statusCode()).as(subject.body()).isEqualTo(201);
        String subjectId = field(subject.body(), "id");
        String session = signIn(http, "agent-anna", "agent-anna-password", base);

        HttpResponse<String> dashboard = send(http, HttpRequest.newBuilder(base.resolve("/console/consents")).header("Cookie", session));
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
        assertThat(dashboard.body()).as("the consent dashboard with the module's texts")
                .contains(">Piekrišanas</a>").contains("<h1>Piekrišanas</h1>").contains("Dotās un atsauktās piekrišanas laika gaitā")
                .contains("<svg id=\"consent-chart\"").contains("id=\"chart-table\"").doesNotContain("??");

        URI subjectPage = base.resolve("/console/subjects/" + subjectId);
        HttpResponse<String> page = send(http, HttpRequest.newBuilder(subjectPage).header("Cookie", session));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the consent panel on the subject's page")
                .contains("data-panel=\"console/consent/subject-panel :: panel\"")
                .contains("<h2 id=\"consents\">Piekrišanas un saziņas izvēles</h2>").contains("Nav reģistrēta")
                .contains("Balticom komerciālie paziņojumi").contains("id=\"consent-form\"").doesNotContain("??");

        String token = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> recorded = send(http, HttpRequest.newBuilder(base.resolve("/console/consents/subjects/" + subjectId + "/consents"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("purpose=COMMERCIAL_NOTICES&channel=SMS&decision=GRANTED&collectedVia=SHOP&_csrf=" + token)));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
        assertThat(recorded.headers().firstValue("Location")).hasValue("/console/subjects/" + subjectId + "?done=consent-granted");
        HttpResponse<String> after = send(http, HttpRequest.newBuilder(base.resolve("/console/subjects/" + subjectId + "?done=consent-granted"))
                .header("Cookie", session));
        assertThat(after.body()).contains("Piekrišana reģistrēta; pārbaudes pēc tās atbild uzreiz.").contains("Balticom veikals")
                .contains("<span class=\"tag ok\">Dota</span>");
    }

    /** One item of a compact JSON list whose items start with their id: from {@code {"id":"<id>"} to the next item. */
    private static String item(String json, String id) {
        int start = json.indexOf("{\"id\":\"" + id + "\"");
        assertThat(start).as("an item with the id " + id + " in " + json).isNotNegative();
        int next = json.indexOf("{\"id\":\"", start + 1);
        return next < 0 ? json.substring(start) : json.substring(start, next);
    }

    /** The first text value of a top-level-looking field of a compact JSON object. */
    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, String authorization, String json) throws Exception {
        return send(http, HttpRequest.newBuilder(uri).header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Signs in to the console through its form, as a browser would; the session cookie. */
    private static String signIn(HttpClient http, String username, String password, URI base) throws Exception {
        HttpResponse<String> signInPage = send(http, HttpRequest.newBuilder(base.resolve("/console/sign-in")));
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.body()).contains("Pierakstīties").contains("AS Balticom");
        String formCookie = signInPage.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("bpp_csrf="))
                .findFirst().orElseThrow().split(";")[0];
        String token = signInPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(base.resolve("/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", formCookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf=" + token)));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("bpp_session="))
                .findFirst().orElseThrow().split(";")[0];
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The Java this build runs on, and any Java 21 or 25 installed beside it (docs/operations.md). */
    static List<Path> javaHomes() throws IOException {
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("java.home")).toRealPath());
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> installed = Files.list(jvms)) {
                installed.filter(path -> path.getFileName().toString().matches(".*-(21|25)(-jdk)?(-amd64|-arm64)?"))
                        .filter(path -> Files.isExecutable(path.resolve("bin/java")))
                        .map(DistributionIT::realPath)
                        .filter(path -> !homes.contains(path))
                        .forEach(homes::add);
            }
        }
        return homes;
    }

    private static void awaitHealthy(HttpClient http, URI base, Process platform, Path log) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!platform.isAlive()) {
                throw new AssertionError("the platform stopped with exit code " + platform.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the platform did not answer /health within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
