package lv.balticom.privacy.consent.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.balticom.privacy.testkit.TestAdmin;
import lv.balticom.privacy.testkit.TestIdentifiers;

/**
 * A browser without a browser, as the core's tests have one (ConsoleClient): keeps the console's cookies, reads
 * the form token from the last page and sends forms the way the pages do. And the few API calls the console tests
 * need to set things up, as the test administrator.
 */
final class ConsoleSession {

    static final String USER_PASSWORD = "consent-console-password";
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final BlockingHttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String lastPage = "";

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param body the page
     * @param location where a redirect leads
     */
    record Page(int status, String body, String location) {
    }

    ConsoleSession(HttpClient http) {
        this.http = http.toBlocking();
    }

    ConsoleSession signIn(String username, String password) {
        get("/console/sign-in");
        Page signedIn = post("/console/sign-in", Map.of("username", username, "password", password, "next", "/console"));
        assertThat(signedIn.status()).as("signing in as " + username + ": " + signedIn.body()).isEqualTo(303);
        return this;
    }

    /** Signs in as the test administrator, in Latvian whatever another test chose for the user before. */
    ConsoleSession signInAsAdmin() {
        signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        get("/console");
        assertThat(post("/console/language", Map.of("lang", "lv", "back", "/console")).status()).isEqualTo(303);
        return this;
    }

    /** Switches the console to English for this session. */
    ConsoleSession english() {
        get("/console");
        assertThat(post("/console/language", Map.of("lang", "en", "back", "/console")).status()).isEqualTo(303);
        return this;
    }

    Page get(String path) {
        return send(HttpRequest.GET(path));
    }

    /** Sends a form with the token of the last page seen. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        Matcher token = TOKEN.matcher(lastPage);
        if (token.find() && !all.containsKey("_csrf")) {
            all.put("_csrf", token.group(1));
        }
        return postRaw(path, encode(all));
    }

    Page postRaw(String path, String body) {
        return send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    private Page send(MutableHttpRequest<?> request) {
        cookies.forEach((name, value) -> request.cookie(Cookie.of(name, value)));
        HttpResponse<String> response;
        try {
            response = http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        response.getHeaders().getAll("Set-Cookie").forEach(this::remember);
        String body = response.getBody(String.class).orElse("");
        if (!body.isEmpty()) {
            lastPage = body;
        }
        return new Page(response.code(), body, response.getHeaders().get("Location"));
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    // --- set-up through the API, as the test administrator -----------------------------------------------------

    /** A new client subject's id. */
    static String subject(HttpClient http) {
        return api(http, "/api/v1/subjects", "{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"%s\"}}"
                .formatted(TestIdentifiers.customerNumber())).get("id").toString();
    }

    /** A new user with this role; its name. */
    static String user(HttpClient http, String role) {
        String name = "c-" + role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        api(http, "/api/v1/users", "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}".formatted(name, USER_PASSWORD, role));
        return name;
    }

    /** POSTs JSON to the API as the test administrator; the answer, which must be a success. */
    static Map<String, Object> api(HttpClient http, String path, String json) {
        HttpResponse<Map<String, Object>> response = http.toBlocking().exchange(TestAdmin.signedIn(HttpRequest.POST(path, json)
                .contentType(MediaType.APPLICATION_JSON_TYPE)), Argument.mapOf(String.class, Object.class));
        assertThat(response.code()).as(path).isBetween(200, 299);
        return response.body();
    }

    /** GETs JSON from the API as the test administrator. */
    static Map<String, Object> apiGet(HttpClient http, String path) {
        return http.toBlocking().retrieve(TestAdmin.signedIn(HttpRequest.GET(path)), Argument.mapOf(String.class, Object.class));
    }

    /** Records a consent event through the API. */
    static Map<String, Object> consent(HttpClient http, String subject, String purpose, String channel, String decision,
                                       String occurredAt) {
        return api(http, "/api/v1/subjects/" + subject + "/consents", "{\"purpose\":\"%s\",%s\"decision\":\"%s\",\"collectedVia\":\"PORTAL\"%s}"
                .formatted(purpose, channel == null ? "" : "\"channel\":\"" + channel + "\",", decision,
                        occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\""));
    }

    /** How many consent events the subject has. */
    static long historySize(HttpClient http, String subject) {
        return ((Number) apiGet(http, "/api/v1/subjects/" + subject + "/consents/history").get("totalItems")).longValue();
    }

    /** How many audit entries there are. */
    static long auditSize(HttpClient http) {
        return ((Number) apiGet(http, "/api/v1/audit?size=1").get("totalItems")).longValue();
    }
}
