package lv.balticom.privacy.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class SmokeTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void boots() {
        System.out.println(client.toBlocking().retrieve("/health"));
        System.out.println(client.toBlocking().retrieve(HttpRequest.GET("/api/v1/controller").basicAuth("admin", "test-admin-password")));
        System.out.println(client.toBlocking().retrieve(HttpRequest.GET("/api/v1/catalog/purposes").basicAuth("admin", "test-admin-password")).substring(0, 600));
        try {
            client.toBlocking().retrieve(HttpRequest.GET("/api/v1/controller"));
        } catch (HttpClientResponseException e) {
            System.out.println(e.getStatus() + " " + e.getResponse().getBody(String.class));
        }
        try {
            client.toBlocking().retrieve(HttpRequest.POST("/api/v1/subjects", "{\"type\":\"CLIENT\",\"foo\":1}").basicAuth("admin", "test-admin-password"));
        } catch (HttpClientResponseException e) {
            System.out.println(e.getStatus() + " " + e.getResponse().getBody(String.class));
        }
        System.out.println(client.toBlocking().retrieve(HttpRequest.POST("/api/v1/subjects", "{\"type\":\"CLIENT\",\"identifiers\":{\"customerNumber\":\"C-1\",\"personalCode\":\"180565-05610\",\"phone\":\"29 123 456\"}}").basicAuth("admin", "test-admin-password")));
        System.out.println(client.toBlocking().retrieve(HttpRequest.GET("/api/v1/audit").basicAuth("admin", "test-admin-password")));
        System.out.println(client.toBlocking().retrieve(HttpRequest.GET("/api/v1/audit/verify").basicAuth("admin", "test-admin-password")));
        assertThat(true).isTrue();
    }
}
