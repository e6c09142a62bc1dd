package lv.balticom.privacy.consent.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.Role;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The consent module's console routes as the core checks its own (the core's tests cannot see them): each declares a
 * permission, each form is CSRF-checked, and each role, signed in to the console, reaches exactly the pages and forms
 * of its permissions (403 for the others).
 */
@MicronautTest(transactional = false)
@DisplayName("Issue 5 console: every consent page and form declares its permission and checks the form token; each role gets exactly its own")
class ConsoleRoutesTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Test
    @DisplayName("every route declares @RequiresPermission, every POST is @FormTokenChecked, all under /console/consents")
    void everyRouteDeclaresItsPermissionAndEveryFormItsToken() {
        List<UriRouteInfo<?, ?>> routes = consoleRoutes();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(9);
        for (UriRouteInfo<?, ?> route : routes) {
            String what = route.getHttpMethodName() + " " + route.getUriMatchTemplate();
            assertThat(route.getUriMatchTemplate().toString()).as(what).startsWith("/console/consents");
            assertThat(route.getAnnotationMetadata().enumValue(RequiresPermission.class, Permission.class)).as(what).isPresent();
            if (route.getHttpMethod() == HttpMethod.POST) {
                assertThat(route.getAnnotationMetadata().hasAnnotation(FormTokenChecked.class)).as(what + " checks the form token").isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    @DisplayName("each role, signed in to the console, gets 403 exactly on the consent pages and forms it lacks the permission for")
    void eachRoleReachesExactlyItsPages(Role role) {
        String subject = ConsoleSession.subject(http);
        String event = ConsoleSession.consent(http, subject, "USAGE_ANALYSIS", null, "GRANTED", null).get("id").toString();
        Map<String, Object> decision = ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/decisions",
                "{\"kind\":\"CHECK\",\"outcome\":\"OK\",\"inputsSummary\":\"x\",\"basis\":\"CONTRACT\"}");
        String review = ConsoleSession.api(http, "/api/v1/subjects/" + subject + "/decisions/" + decision.get("id") + "/contest",
                "{\"collectedVia\":\"EMAIL\"}").get("id").toString();
        Map<String, Object> values = Map.of("id", subject, "eventId", event, "reviewId", review);

        ConsoleSession session = new ConsoleSession(http).signIn(ConsoleSession.user(http, role.name()), ConsoleSession.USER_PASSWORD);
        for (UriRouteInfo<?, ?> route : consoleRoutes()) {
            Permission needed = route.getAnnotationMetadata().enumValue(RequiresPermission.class, Permission.class).orElseThrow();
            String uri = route.getUriMatchTemplate().expand(values);
            int status;
            if (route.getHttpMethod() == HttpMethod.POST) {
                session.get("/console"); // a page with the form token
                status = session.post(uri, Map.of()).status(); // an empty form: refused as incomplete when permitted
            } else {
                status = session.get(uri).status();
            }
            String what = role + " " + route.getHttpMethodName() + " " + uri;
            if (role.permissions().contains(needed)) {
                assertThat(status).as(what).isIn(route.getHttpMethod() == HttpMethod.POST ? List.of(400) : List.of(200));
            } else {
                assertThat(status).as(what).isEqualTo(403);
            }
        }
    }

    private List<UriRouteInfo<?, ?>> consoleRoutes() {
        return router.uriRoutes().<UriRouteInfo<?, ?>>map(route -> route)
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .filter(route -> route.getDeclaringType().getPackageName().equals(ConsentPages.class.getPackageName()))
                .toList();
    }
}
