package lv.balticom.privacy.core.web.console;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps the console's cookies, reads the form token from the last page
 * and sends forms the way the pages do. For fast tests of every page; ConsoleBrowserTest uses Chromium.
 */
final class ConsoleClient {

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
     * @param response the whole answer
     */
    record Page(int status, String body, String location, HttpResponse<?> response) {
    }

    ConsoleClient(HttpClient http) {
        this.http = http.toBlocking();
    }

    ConsoleClient signIn(String username, String password) {
        get("/console/sign-in");
        Page signedIn = post("/console/sign-in", Map.of("username", username, "password", password, "next", "/console"));
        assertThat(signedIn.status()).as("signing in as " + username + ": " + signedIn.body()).isEqualTo(303);
        assertThat(cookies).containsKey("bpp_session");
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

    Map<String, String> cookies() {
        return cookies;
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
        return new Page(response.code(), body, response.getHeaders().get("Location"), response);
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
}
