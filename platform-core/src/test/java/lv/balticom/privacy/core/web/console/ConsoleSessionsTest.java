package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import lv.balticom.privacy.core.IsolatedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Console sessions end when idle; over HTTPS their cookie is Secure and browsers are told to keep to HTTPS. */
class ConsoleSessionsTest {

    private static final String PASSWORD = "session-admin-password";

    @TempDir
    Path dataDir;

    @Test
    void anIdleSessionEnds() throws Exception {
        try (EmbeddedServer server = IsolatedPlatform.start(dataDir, Map.of("privacy.admin.password", PASSWORD,
                "privacy.security.session.idle-timeout", "1s"));
             HttpClient http = HttpClient.create(server.getURL(), noRedirects())) {
            ConsoleClient browser = new ConsoleClient(http).signIn("admin", PASSWORD);
            assertThat(browser.get("/console").status()).isEqualTo(200);
            Thread.sleep(1_500);
            ConsoleClient.Page after = browser.get("/console");
            assertThat(after.status()).isEqualTo(303);
            assertThat(after.location()).startsWith("/console/sign-in");
        }
    }

    @Test
    void overHttpsTheSessionCookieIsSecure() throws Exception {
        Path keystore = dataDir.resolve("platform.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "platform", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "keystore-pass", "-keypass",
                "keystore-pass").redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        keytool.getInputStream().transferTo(output);
        assertThat(keytool.waitFor()).as(output.toString()).isZero();
        assertThat(Files.exists(keystore)).isTrue();

        try (EmbeddedServer server = IsolatedPlatform.start(dataDir.resolve("db"), Map.of("privacy.admin.password", PASSWORD,
                "micronaut.server.ssl.enabled", true,
                "micronaut.server.ssl.port", -1,
                "micronaut.server.ssl.key-store.path", "file:" + keystore,
                "micronaut.server.ssl.key-store.password", "keystore-pass",
                "micronaut.server.ssl.key-store.type", "PKCS12"))) {
            URI base = server.getURI();
            assertThat(base.getScheme()).isEqualTo("https");
            java.net.http.HttpClient https = java.net.http.HttpClient.newBuilder().sslContext(trustingEveryone())
                    .followRedirects(java.net.http.HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> page = https.send(HttpRequest.newBuilder(base.resolve("/console/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            String formCookie = page.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("bpp_csrf="))
                    .findFirst().orElseThrow();
            assertThat(formCookie).containsIgnoringCase("secure");
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).isTrue();
            HttpResponse<String> signedIn = https.send(HttpRequest.newBuilder(base.resolve("/console/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", formCookie.split(";")[0])
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf=" + token.group(1)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("bpp_session="))
                    .findFirst().orElseThrow()).containsIgnoringCase("secure").containsIgnoringCase("httponly").contains("SameSite=Lax");
        }
    }

    private static DefaultHttpClientConfiguration noRedirects() {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        return configuration;
    }

    /** The test's own self-signed certificate: trusted here, and nowhere else. */
    private static SSLContext trustingEveryone() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
