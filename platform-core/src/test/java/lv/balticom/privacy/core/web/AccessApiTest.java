package lv.balticom.privacy.core.web;

import static lv.balticom.privacy.core.web.Api.admin;
import static lv.balticom.privacy.core.web.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Roles, users and API keys over the HTTP API: each role gets exactly its permissions (403 otherwise),
 * users are created, disabled, locked out and reset, keys work with exactly their permissions.
 */
@MicronautTest
class AccessApiTest {

    private static final String PASSWORD = "a-good-long-password";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void theRolesHoldWhatTheIssueSays() {
        assertThat(Role.ADMIN.permissions()).containsExactlyInAnyOrder(Permission.values());
        assertThat(strings(Role.PRIVACY_OFFICER)).contains("catalog:edit", "request:manage", "retention:run", "register:write")
                .doesNotContain("user:manage", "user:read", "consent:write");
        assertThat(strings(Role.AGENT)).containsExactlyInAnyOrder("catalog:read", "subject:read", "subject:write",
                "consent:read", "consent:write", "consent:check", "request:create", "account:self");
        assertThat(strings(Role.AUDITOR)).allSatisfy(permission -> assertThat(permission).matches(".*:read|account:self"))
                .contains("audit:read", "user:read", "subject:read", "catalog:read");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleReachesExactlyTheRoutesOfItsPermissions(Role role) {
        String username = createUser(Set.of(role));
        for (UriRouteInfo<?, ?> route : apiRoutes()) {
            Permission needed = route.getAnnotationMetadata().enumValue(RequiresPermission.class, Permission.class).orElseThrow();
            MutableHttpRequest<?> request = Api.requestTo(route).basicAuth(username, PASSWORD);
            int status = status(request);
            String what = role + " " + route.getHttpMethodName() + " " + route.getUriMatchTemplate();
            if (role.permissions().contains(needed)) {
                assertThat(status).as(what).isNotIn(401, 403);
            } else {
                assertThat(status).as(what).isEqualTo(403);
            }
        }
    }

    @Test
    void usersAreCreatedWithGoodPasswordsAndRealRoles() {
        String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
        problem(api.error(post("/api/v1/users", "{\"username\":\"%s\",\"password\":\"short\",\"roles\":[\"AGENT\"]}".formatted(name))),
                400, "password");
        problem(api.error(post("/api/v1/users", "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"AGENT\",\"BOSS\"]}"
                .formatted(name, PASSWORD))), 400, "roles[1]");
        problem(api.error(post("/api/v1/users", "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[]}".formatted(name, PASSWORD))),
                400, "roles");
        problem(api.error(post("/api/v1/users", "{\"username\":\"Has Space\",\"password\":\"%s\",\"roles\":[\"AGENT\"]}"
                .formatted(PASSWORD))), 400, "username");
        String created = createUser(name, Set.of(Role.AGENT));
        assertThat(created).isEqualTo(name);
        problem(api.error(post("/api/v1/users", "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"AUDITOR\"]}"
                .formatted(name.toUpperCase(), PASSWORD))), 409, "username");
        Map<String, Object> user = user(name);
        assertThat(user).containsEntry("enabled", true).containsEntry("locked", false).doesNotContainKeys("password", "passwordHash");
    }

    @Test
    void disablingAUserStopsItsSignInAndResettingChangesThePassword() {
        String name = createUser(Set.of(Role.AGENT));
        String id = user(name).get("id").toString();
        assertThat(status(HttpRequest.GET("/api/v1/me").basicAuth(name, PASSWORD))).isEqualTo(200);

        api.post("/api/v1/users/" + id + "/disable", "");
        assertThat(status(HttpRequest.GET("/api/v1/me").basicAuth(name, PASSWORD))).isEqualTo(401);
        api.post("/api/v1/users/" + id + "/enable", "");
        assertThat(status(HttpRequest.GET("/api/v1/me").basicAuth(name, PASSWORD))).isEqualTo(200);

        put("/api/v1/users/" + id + "/password", "{\"password\":\"another-long-password\"}");
        assertThat(status(HttpRequest.GET("/api/v1/me").basicAuth(name, PASSWORD))).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/api/v1/me").basicAuth(name, "another-long-password"))).isEqualTo(200);

        put("/api/v1/users/" + id + "/roles", "{\"roles\":[\"AUDITOR\"]}");
        assertThat(status(HttpRequest.GET("/api/v1/users").basicAuth(name, "another-long-password"))).isEqualTo(200);
        assertThat(status(HttpRequest.POST("/api/v1/subjects", "{}").basicAuth(name, "another-long-password"))).isEqualTo(403);
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountAndEveryStepIsAudited() {
        String name = createUser(Set.of(Role.AGENT));
        String id = user(name).get("id").toString();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(status(HttpRequest.GET("/api/v1/me").basicAuth(name, "wrong-password-" + attempt))).isEqualTo(401);
        }
        assertThat(status(HttpRequest.GET("/api/v1/me").basicAuth(name, PASSWORD))).as("locked: even the right password").isEqualTo(401);
        Map<String, Object> locked = user(name);
        assertThat(locked).containsEntry("locked", true);
        assertThat(locked.get("lockedUntil")).isNotNull();

        List<String> actions = auditActions(name);
        assertThat(actions.stream().filter("user.sign-in-failed"::equals).count()).isEqualTo(6);
        assertThat(actions).contains("user.locked");

        api.post("/api/v1/users/" + id + "/unlock", "");
        assertThat(status(HttpRequest.GET("/api/v1/me").basicAuth(name, PASSWORD))).isEqualTo(200);
        assertThat(auditActions(name)).contains("user.unlocked", "user.signed-in");
    }

    @Test
    void aSignInIsAuditedOnceNotOnEveryCall() {
        String name = createUser(Set.of(Role.AGENT));
        for (int call = 0; call < 3; call++) {
            assertThat(status(HttpRequest.GET("/api/v1/me").basicAuth(name, PASSWORD))).isEqualTo(200);
        }
        assertThat(auditActions(name).stream().filter("user.signed-in"::equals).count()).isEqualTo(1);
    }

    @Test
    void apiKeysWorkWithExactlyTheirPermissionsUntilRevoked() {
        String name = "crm-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = api.post("/api/v1/api-keys",
                "{\"name\":\"%s\",\"permissions\":[\"catalog:read\",\"subject:read\"]}".formatted(name)).body();
        String secret = created.get("secret").toString();
        String id = created.get("id").toString();
        assertThat(secret).startsWith("bpp_").hasSizeGreaterThan(40);

        assertThat(status(HttpRequest.GET("/api/v1/controller").bearerAuth(secret))).isEqualTo(200);
        assertThat(status(HttpRequest.GET("/api/v1/subjects?customerNumber=NONE").bearerAuth(secret))).isEqualTo(200);
        assertThat(status(HttpRequest.GET("/api/v1/audit").bearerAuth(secret))).isEqualTo(403);
        assertThat(status(HttpRequest.POST("/api/v1/subjects", "{}").bearerAuth(secret))).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/v1/controller").bearerAuth(secret + "x"))).isEqualTo(401);

        Map<String, Object> listed = api.items("/api/v1/api-keys").stream()
                .filter(key -> id.equals(key.get("id"))).findFirst().orElseThrow();
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(listed).containsEntry("prefix", secret.substring(0, 10)).containsEntry("revokedAt", null);
        assertThat(listed.get("lastUsedAt")).as("last used").isNotNull();

        assertThat(http.toBlocking().exchange(admin(HttpRequest.DELETE("/api/v1/api-keys/" + id))).code()).isEqualTo(204);
        assertThat(status(HttpRequest.GET("/api/v1/controller").bearerAuth(secret))).isEqualTo(401);
        assertThat(api.get("/api/v1/api-keys/" + id).get("revokedAt")).isNotNull();
        assertThat(auditActionsOfTarget(name)).containsExactly("api-key.revoked", "api-key.created");
    }

    @Test
    void keysNeedRealPermissionsAndUniqueNames() {
        String name = "billing-" + UUID.randomUUID().toString().substring(0, 8);
        problem(api.error(post("/api/v1/api-keys", "{\"name\":\"%s\",\"permissions\":[\"catalog:read\",\"*\"]}".formatted(name))),
                400, "permissions[1]");
        problem(api.error(post("/api/v1/api-keys", "{\"name\":\"%s\",\"permissions\":[]}".formatted(name))), 400, "permissions");
        problem(api.error(post("/api/v1/api-keys", "{\"name\":\"\",\"permissions\":[\"catalog:read\"]}")), 400, "name");
        api.post("/api/v1/api-keys", "{\"name\":\"%s\",\"permissions\":[\"consent:check\"]}".formatted(name));
        problem(api.error(post("/api/v1/api-keys", "{\"name\":\"%s\",\"permissions\":[\"consent:check\"]}".formatted(name))), 409, "name");
        problem(api.error(post("/api/v1/api-keys", "{\"name\":\"%s\",\"permissions\":[\"consent:check\"]}".formatted(name.toUpperCase()))),
                409, "name");
    }

    @Test
    void peopleChangeTheirOwnPasswordAndLanguage() {
        String name = createUser(Set.of(Role.AUDITOR));
        assertThat(status(HttpRequest.PUT("/api/v1/me/password", "{\"currentPassword\":\"nope-nope-nope\",\"newPassword\":\"a-newer-long-password\"}")
                .basicAuth(name, PASSWORD))).isEqualTo(400);
        assertThat(status(HttpRequest.PUT("/api/v1/me/password", "{\"currentPassword\":\"%s\",\"newPassword\":\"a-newer-long-password\"}"
                .formatted(PASSWORD)).basicAuth(name, PASSWORD))).isEqualTo(204);
        assertThat(status(HttpRequest.PUT("/api/v1/me/locale", "{\"locale\":\"en\"}").basicAuth(name, "a-newer-long-password")))
                .isEqualTo(204);
        Map<String, Object> me = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/me").basicAuth(name, "a-newer-long-password"),
                Argument.mapOf(String.class, Object.class));
        assertThat(me).containsEntry("locale", "en").containsEntry("username", name);
        assertThat(status(HttpRequest.PUT("/api/v1/me/locale", "{\"locale\":\"ru\"}").basicAuth(name, "a-newer-long-password")))
                .isEqualTo(400);
    }

    private List<UriRouteInfo<?, ?>> apiRoutes() {
        return router.uriRoutes().<UriRouteInfo<?, ?>>map(route -> route)
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .toList();
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private String createUser(Set<Role> roles) {
        return createUser("u-" + UUID.randomUUID().toString().substring(0, 8), roles);
    }

    private String createUser(String name, Set<Role> roles) {
        String json = "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[%s]}".formatted(name, PASSWORD,
                roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(",")));
        return api.post("/api/v1/users", json).body().get("username").toString();
    }

    private Map<String, Object> user(String name) {
        return api.items("/api/v1/users").stream().filter(user -> name.equals(user.get("username"))).findFirst().orElseThrow();
    }

    private List<String> auditActions(String username) {
        return auditActionsOfTarget(username);
    }

    private List<String> auditActionsOfTarget(String target) {
        return api.items("/api/v1/audit?size=500").stream()
                .filter(entry -> target.equals(entry.get("targetId")))
                .map(entry -> entry.get("action").toString())
                .toList();
    }

    private void put(String path, String json) {
        http.toBlocking().exchange(admin(HttpRequest.PUT(path, json).contentType(MediaType.APPLICATION_JSON_TYPE)));
    }

    private static MutableHttpRequest<?> post(String path, String json) {
        return admin(HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static Set<String> strings(Role role) {
        Set<String> strings = new java.util.TreeSet<>();
        EnumSet.copyOf(role.permissions()).forEach(permission -> strings.add(permission.string()));
        return strings;
    }
}
