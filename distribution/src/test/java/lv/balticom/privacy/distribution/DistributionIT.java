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
 */
class DistributionIT {

    private static final String PASSWORD = "distribution-test-password";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

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
    }

    @Test
    void theArchiveHoldsTheLayoutOperatorsExpect() throws IOException {
        assertThat(home.resolve("bin/privacy-platform")).isExecutable();
        assertThat(home.resolve("bin/privacy-platform.bat")).isRegularFile();
        assertThat(home.resolve("conf/application.yml")).isRegularFile();
        assertThat(home.resolve("conf/policy-pack.yml")).isRegularFile();
        assertThat(home.resolve("conf/logback.xml")).isRegularFile();
        assertThat(home.resolve("docs/operations.md")).isRegularFile();
        assertThat(home.resolve("plugins/processors")).isDirectory();
        assertThat(home.resolve("plugins/property-owners")).isDirectory();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(jar -> jar.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("platform-core-"))
                    .anyMatch(name -> name.startsWith("distribution-"))
                    .noneMatch(name -> name.startsWith("processors-"))
                    .noneMatch(name -> name.startsWith("jaxb-api"));
        }
        // The zip holds the same files as the tar.gz.
        try (ZipFile zip = new ZipFile(System.getProperty("distribution.zip"));
             Stream<Path> files = Files.walk(home)) {
            long inTar = files.filter(Files::isRegularFile).count();
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

        HttpResponse<String> signInPage = send(http, HttpRequest.newBuilder(base.resolve("/console/sign-in")));
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.body()).contains("Pierakstīties").contains("AS Balticom");
        String formCookie = signInPage.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("bpp_csrf="))
                .findFirst().orElseThrow().split(";")[0];
        String token = signInPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(base.resolve("/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", formCookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=agent-anna&password=agent-anna-password&_csrf=" + token)));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("bpp_session="))
                .findFirst().orElseThrow().split(";")[0];
        HttpResponse<String> dashboard = send(http, HttpRequest.newBuilder(base.resolve("/console")).header("Cookie", session));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("agent-anna").contains("/console/subjects").doesNotContain("href=\"/console/users\"");

        HttpResponse<String> openApi = send(http, HttpRequest.newBuilder(base.resolve("/openapi.yml")).header("Authorization", admin));
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).startsWith("openapi: 3");
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
