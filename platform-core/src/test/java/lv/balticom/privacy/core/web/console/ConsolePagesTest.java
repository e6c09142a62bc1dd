package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.internal.catalog.CatalogKind;
import org.junit.jupiter.api.Test;

/** The console's pages over HTTP: every page renders, forms carry their token, roles see their menu. */
@MicronautTest
class ConsolePagesTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void everyPageRendersForAnAdministrator() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        String adminId = firstUserId(admin);
        String customerNumber = "P-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> subject = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/subjects",
                        Map.of("type", "CLIENT", "identifiers", Map.of("customerNumber", customerNumber)))
                .basicAuth("admin", ADMIN_PASSWORD), Argument.mapOf(String.class, Object.class));
        List<String> pages = new ArrayList<>(List.of("/console", "/console/subjects", "/console/subjects?kind=email&value=nobody@example.lv",
                "/console/subjects?kind=customerNumber&value=" + customerNumber, "/console/subjects/" + subject.get("id"),
                "/console/subjects/new", "/console/catalog", "/console/audit", "/console/audit?from=2026-01-01&to=2030-12-31",
                "/console/users", "/console/users/new", "/console/users/" + adminId, "/console/api-keys", "/console/policy", "/console/ropa",
                "/console/account", "/console/catalog/purposes/COMMERCIAL_NOTICES", "/console/catalog/purposes/COMMERCIAL_NOTICES/edit",
                "/console/catalog/data-categories/CALL_RECORDINGS/edit", "/console/catalog/legitimate-interests/CONDUCT_BUSINESS/edit",
                "/console/catalog/legal-bases/CONSENT/edit", "/console/catalog/sources/PUBLIC_REGISTERS/edit"));
        for (CatalogKind kind : CatalogKind.values()) {
            pages.add("/console/catalog/" + kind.pathName());
        }
        for (String page : pages) {
            ConsoleClient.Page answer = admin.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).contains("AS Balticom").contains("</html>").doesNotContain("??");
            assertThat(answer.response().getHeaders().get("Content-Security-Policy")).as(page).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void everyTextExistsInLatvianAndEnglish() throws Exception {
        java.util.Properties latvian = new java.util.Properties();
        java.util.Properties english = new java.util.Properties();
        try (var lv = getClass().getClassLoader().getResourceAsStream("i18n/messages_lv.properties");
             var en = getClass().getClassLoader().getResourceAsStream("i18n/messages_en.properties")) {
            latvian.load(new java.io.InputStreamReader(lv, java.nio.charset.StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(latvian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(latvian.stringPropertyNames()).allSatisfy(key -> assertThat(latvian.getProperty(key)).as(key).isNotBlank());
        // the texts pass through MessageFormat twice: a plain apostrophe, even doubled, would vanish (’ is the one to use)
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(english.getProperty(key)).as(key).doesNotContain("'"));
        assertThat(latvian.stringPropertyNames()).allSatisfy(key -> assertThat(latvian.getProperty(key)).as(key).doesNotContain("'"));
    }

    @Test
    void theApiDocumentationNeedsSignInAndItsPolicyAllowsExactlyItsInlineScript() throws Exception {
        ConsoleClient stranger = new ConsoleClient(http);
        ConsoleClient.Page redirected = stranger.get("/api-docs");
        assertThat(redirected.status()).isEqualTo(303);
        assertThat(redirected.location()).isEqualTo("/console/sign-in?next=%2Fapi-docs");

        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        ConsoleClient.Page docs = admin.get("/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        java.util.regex.Matcher inline = java.util.regex.Pattern.compile("<script>(.*?)</script>", java.util.regex.Pattern.DOTALL)
                .matcher(docs.body());
        assertThat(inline.find()).as("the Swagger UI page has its start-up script inline").isTrue();
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(inline.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(docs.response().getHeaders().get("Content-Security-Policy")).contains("'sha256-" + hash + "'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void aRefusedFormSaysWhichFieldInThePersonsLanguageAndKeepsWhatWasTyped() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        admin.get("/console/users/new");
        String name = "short-" + UUID.randomUUID().toString().substring(0, 6);
        ConsoleClient.Page refused = admin.post("/console/users/new", Map.of("username", name, "password", "short", "roles", "AGENT"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Pārbaudiet lauku „Parole”").contains("value=\"" + name + "\"")
                .doesNotContain("value=\"short\"");
        admin.get("/console/subjects/new");
        ConsoleClient.Page badCode = admin.post("/console/subjects/new", Map.of("type", "CLIENT", "personalCode", "180565-05611"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body()).contains("Personas kods").doesNotContain("180565-05611");
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheSignInPage() {
        ConsoleClient stranger = new ConsoleClient(http);
        stranger.get("/console/sign-in");
        ConsoleClient.Page answer = stranger.post("/console/sign-in", Map.of("username", "admin", "password", "not-the-password"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("Nepareizs lietotājvārds vai parole");
        assertThat(stranger.cookies()).doesNotContainKey("bpp_session");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOverHttps() {
        ConsoleClient browser = new ConsoleClient(http);
        browser.get("/console/sign-in");
        String token = browser.cookies().get("bpp_csrf");
        io.micronaut.http.HttpResponse<String> plain = exchange(HttpRequest.POST("/console/sign-in",
                        "username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + token)
                .contentType("application/x-www-form-urlencoded").cookie(io.micronaut.http.cookie.Cookie.of("bpp_csrf", token)));
        String cookie = plain.getHeaders().getAll("Set-Cookie").stream().filter(header -> header.startsWith("bpp_session")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").doesNotContainIgnoringCase("Secure");

        io.micronaut.http.HttpResponse<String> proxied = exchange(HttpRequest.POST("/console/sign-in",
                        "username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + token)
                .contentType("application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .cookie(io.micronaut.http.cookie.Cookie.of("bpp_csrf", token)));
        assertThat(proxied.getHeaders().getAll("Set-Cookie").stream().filter(header -> header.startsWith("bpp_session")).findFirst().orElseThrow())
                .containsIgnoringCase("Secure");
    }

    @Test
    void aFormWithoutItsTokenIsRefused() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        ConsoleClient.Page refused = admin.postRaw("/console/account/password", "currentPassword=x&newPassword=y");
        assertThat(refused.status()).isEqualTo(403);
        ConsoleClient.Page forged = admin.postRaw("/console/account/password", "_csrf=forged&currentPassword=x&newPassword=y");
        assertThat(forged.status()).isEqualTo(403);
        ConsoleClient stranger = new ConsoleClient(http);
        assertThat(stranger.postRaw("/console/sign-in", "username=admin&password=" + ADMIN_PASSWORD).status())
                .as("sign-in without the form's token").isEqualTo(403);
    }

    @Test
    void anAgentSeesNoUserManagement() {
        String agent = createUser("AGENT");
        ConsoleClient client = new ConsoleClient(http).signIn(agent, "agent-password-123");
        String dashboard = client.get("/console").body();
        assertThat(dashboard).contains("href=\"/console/subjects\"").doesNotContain("href=\"/console/users\"")
                .doesNotContain("href=\"/console/api-keys\"").doesNotContain("href=\"/console/audit\"");
        assertThat(client.get("/console/users").status()).isEqualTo(403);
        assertThat(client.get("/console/catalog/purposes/COMMERCIAL_NOTICES/edit").status()).isEqualTo(403);
        assertThat(client.get("/console/subjects").status()).isEqualTo(200);
    }

    @Test
    void theLanguageIsSwitchedAndRemembered() {
        String auditor = createUser("AUDITOR");
        ConsoleClient client = new ConsoleClient(http).signIn(auditor, "agent-password-123");
        assertThat(client.get("/console").body()).contains("Pārskats");
        ConsoleClient.Page switched = client.post("/console/language", Map.of("lang", "en", "back", "/console/policy"));
        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.location()).isEqualTo("/console/policy");
        assertThat(client.get("/console/policy").body()).contains("Policy versions").contains("lang=\"en\"")
                .as("the apostrophe kept").contains("the company’s privacy policy");
        ConsoleClient again = new ConsoleClient(http).signIn(auditor, "agent-password-123");
        assertThat(again.get("/console").body()).as("remembered per user").contains("Dashboard");
    }

    @Test
    void signingOutEndsTheSession() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        String session = admin.cookies().get("bpp_session");
        admin.get("/console");
        ConsoleClient.Page out = admin.post("/console/sign-out", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.location()).startsWith("/console/sign-in");
        ConsoleClient replay = new ConsoleClient(http);
        replay.cookies().put("bpp_session", session);
        assertThat(replay.get("/console").status()).as("the old session is gone").isEqualTo(303);
    }

    @Test
    void anOfficerEditsAPurposeAndTheEditIsARevisionInTheLedger() {
        String officer = createUser("PRIVACY_OFFICER");
        ConsoleClient client = new ConsoleClient(http).signIn(officer, "agent-password-123");
        client.get("/console/catalog/legitimate-interests/CONDUCT_BUSINESS/edit");
        String original = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/catalog/legitimate-interests/CONDUCT_BUSINESS")
                .basicAuth("admin", ADMIN_PASSWORD), Argument.mapOf(String.class, Object.class)).get("text").toString();
        Map<String, Object> text = text();
        String changed = text.get("en") + " (edited " + UUID.randomUUID().toString().substring(0, 6) + ")";
        ConsoleClient.Page saved = client.post("/console/catalog/legitimate-interests/CONDUCT_BUSINESS/edit",
                Map.of("textLv", text.get("lv").toString(), "textEn", changed));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(client.get(saved.location()).body()).contains(changed.replace("(", "(")).contains("user:" + officer);
        // put it back
        client.get("/console/catalog/legitimate-interests/CONDUCT_BUSINESS/edit");
        client.post("/console/catalog/legitimate-interests/CONDUCT_BUSINESS/edit",
                Map.of("textLv", text.get("lv").toString(), "textEn", text.get("en").toString()));
        assertThat(text().toString()).isEqualTo(original);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> text() {
        return (Map<String, Object>) http.toBlocking().retrieve(HttpRequest.GET("/api/v1/catalog/legitimate-interests/CONDUCT_BUSINESS")
                .basicAuth("admin", ADMIN_PASSWORD), Argument.mapOf(String.class, Object.class)).get("text");
    }

    private String createUser(String role) {
        String name = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users",
                "{\"username\":\"%s\",\"password\":\"agent-password-123\",\"roles\":[\"%s\"]}".formatted(name, role))
                .basicAuth("admin", ADMIN_PASSWORD));
        return name;
    }

    private String firstUserId(ConsoleClient admin) {
        String users = admin.get("/console/users").body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"/console/users/([0-9a-f-]{36})\"").matcher(users);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private io.micronaut.http.HttpResponse<String> exchange(io.micronaut.http.MutableHttpRequest<?> request) {
        return http.toBlocking().exchange(request, String.class);
    }
}
