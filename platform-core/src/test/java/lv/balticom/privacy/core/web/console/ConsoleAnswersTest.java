package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the console answers besides its pages (POL-15): a page for what is not there, security headers
 * on every answer, even the ones the guard gives itself; every sign-in in the ledger; a changed password
 * ends the person's other sessions, and guessing it at an open console locks the account.
 */
@MicronautTest
@Property(name = "privacy.test.broken-page", value = "true")
class ConsoleAnswersTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String PASSWORD = "answers-password-123";

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void whatIsNotThereIsA404PageInThePersonsLanguage() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        for (String path : List.of("/console/subjects/" + UUID.randomUUID(), "/console/catalog/purposes/NOPE",
                "/console/catalog/colours", "/console/users/" + UUID.randomUUID(), "/console/no-such-page")) {
            ConsoleClient.Page page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.response().getContentType().map(Object::toString)).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).as(path).contains("AS Balticom").contains("Šādas lapas vai ieraksta nav").doesNotContain("??");
            assertThat(page.response().getHeaders().get("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void aPageThatFailsWhileItIsDrawnAnswersTheErrorPageNotSilence() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        ConsoleClient.Page page = admin.get("/console/broken-for-test");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("Platforma to nevarēja izdarīt").doesNotContain("drawing failed")
                .doesNotContain("A page that fails half way");
        assertThat(admin.get("/console").status()).as("and the console goes on").isEqualTo(200);
    }

    @Test
    void anUnknownNoticeShowsNothing() {
        ConsoleClient admin = new ConsoleClient(http).signIn("admin", ADMIN_PASSWORD);
        assertThat(admin.get("/console?done=bogus").body()).doesNotContain("??").doesNotContain("bogus");
        assertThat(admin.get("/console/account?done=password-changed").body()).contains("parole ir nomainīta");
    }

    @Test
    void theGuardsOwnAnswersCarryTheSecurityHeaders() {
        ConsoleClient stranger = new ConsoleClient(http);
        ConsoleClient.Page redirect = stranger.get("/console/users");
        assertThat(redirect.status()).isEqualTo(303);
        hasSecurityHeaders(redirect.response(), "the redirect to sign-in");
        assertThat(redirect.response().getHeaders().get("Cache-Control")).isEqualTo("no-store");

        ConsoleClient.Page unauthorized = stranger.get("/openapi.yml");
        assertThat(unauthorized.status()).isEqualTo(401);
        hasSecurityHeaders(unauthorized.response(), "the 401 of the OpenAPI document");
        assertThat(unauthorized.response().getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(unauthorized.body()).contains("\"status\":401");
        assertThat(unauthorized.response().getHeaders().get("WWW-Authenticate")).startsWith("Basic");

        ConsoleClient agent = new ConsoleClient(http).signIn(createUser("AGENT"), PASSWORD);
        ConsoleClient.Page forbidden = agent.get("/console/users");
        assertThat(forbidden.status()).isEqualTo(403);
        hasSecurityHeaders(forbidden.response(), "the 403 page");
    }

    @Test
    void aConsoleSignInIsInTheLedgerEvenRightAfterAnApiCall() {
        String name = createUser("AGENT");
        http.toBlocking().exchange(HttpRequest.GET("/api/v1/me").basicAuth(name, PASSWORD));
        new ConsoleClient(http).signIn(name, PASSWORD);
        assertThat(auditActions(name).stream().filter("user.signed-in"::equals).count())
                .as("the API call's sign-in, then the console's").isEqualTo(2);
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessions() {
        String name = createUser("AUDITOR");
        ConsoleClient here = new ConsoleClient(http).signIn(name, PASSWORD);
        ConsoleClient elsewhere = new ConsoleClient(http).signIn(name, PASSWORD);
        here.get("/console/account");
        ConsoleClient.Page changed = here.post("/console/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "a-brand-new-password"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(303);
        assertThat(here.get("/console").status()).as("this session goes on").isEqualTo(200);
        assertThat(elsewhere.get("/console").status()).as("the other one has ended").isEqualTo(303);
        assertThat(auditActions(name)).contains("user.password-changed");
    }

    @Test
    void guessingTheCurrentPasswordAtAnOpenConsoleLocksTheAccount() {
        String name = createUser("AUDITOR");
        ConsoleClient console = new ConsoleClient(http).signIn(name, PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            console.get("/console/account");
            ConsoleClient.Page refused = console.post("/console/account/password",
                    Map.of("currentPassword", "a-guess-number-" + attempt, "newPassword", "a-brand-new-password"));
            assertThat(refused.status()).as("attempt " + attempt).isEqualTo(400);
        }
        assertThat(console.get("/console").status()).as("locked: the session has ended").isEqualTo(303);
        assertThat(auditActions(name)).contains("user.locked").doesNotContain("user.password-changed");
    }

    @Test
    void theLanguageLinksOnTheSignInPageKeepWhereThePersonWasGoing() {
        String page = new ConsoleClient(http).get("/console/sign-in?next=%2Fconsole%2Faudit").body();
        assertThat(page).contains("href=\"/console/sign-in?lang=en&amp;next=/console/audit\"");
    }

    private static void hasSecurityHeaders(HttpResponse<?> response, String what) {
        assertThat(response.getHeaders().get("Content-Security-Policy")).as(what).contains("frame-ancestors 'none'");
        assertThat(response.getHeaders().get("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(response.getHeaders().get("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    }

    private String createUser(String role) {
        String name = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users",
                "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}".formatted(name, PASSWORD, role))
                .basicAuth("admin", ADMIN_PASSWORD));
        return name;
    }

    @SuppressWarnings("unchecked")
    private List<String> auditActions(String username) {
        try {
            Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/audit?size=500")
                    .basicAuth("admin", ADMIN_PASSWORD), Argument.mapOf(String.class, Object.class));
            return ((List<Map<String, Object>>) page.get("items")).stream()
                    .filter(entry -> username.equals(entry.get("targetId")))
                    .map(entry -> entry.get("action").toString())
                    .toList();
        } catch (HttpClientResponseException e) {
            throw new AssertionError("cannot read the audit ledger: " + e.getStatus(), e);
        }
    }
}
