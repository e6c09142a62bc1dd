package lv.balticom.privacy.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.security.ApiKeys;

/** API keys for systems: made with exactly the permissions they need, shown once, revoked when done. */
@Controller("/api/v1/api-keys")
public class ApiKeyController {

    private final ApiKeys keys;
    private final JsonBodies bodies;

    ApiKeyController(ApiKeys keys, JsonBodies bodies) {
        this.keys = keys;
        this.bodies = bodies;
    }

    /**
     * A key as the API shows it: never its secret.
     *
     * @param id the key's id
     * @param name its name
     * @param prefix the first characters of its secret, to tell keys apart
     * @param permissions what it may do
     * @param createdBy who made it
     * @param createdAt when
     * @param lastUsedAt when it last authenticated a call (to the minute)
     * @param revokedAt when it was revoked
     */
    @Serdeable
    public record ApiKeyView(String id, String name, String prefix, List<String> permissions, String createdBy,
                             Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
        static ApiKeyView of(ApiKeys.ApiKey key) {
            return new ApiKeyView(key.id(), key.name(), key.prefix(),
                    key.permissions().stream().map(Permission::string).sorted().toList(), key.createdBy(), key.createdAt(),
                    key.lastUsedAt(), key.revokedAt());
        }
    }

    /**
     * A key just made: its secret appears in this answer and never again.
     *
     * @param id the key's id
     * @param name its name
     * @param secret send it as {@code Authorization: Bearer <secret>}
     * @param permissions what it may do
     */
    @Serdeable
    public record CreatedKey(String id, String name, String secret, List<String> permissions) {
    }

    /**
     * A new key.
     *
     * @param name a name people recognise, for example {@code crm}
     * @param permissions permission strings, for example {@code consent:check}
     */
    @Serdeable
    public record NewKey(@Nullable String name, @Nullable List<String> permissions) {
    }

    @Get
    @RequiresPermission(Permission.USER_READ)
    public ItemList<ApiKeyView> list() {
        return new ItemList<>(keys.all().stream().map(ApiKeyView::of).toList());
    }

    @Get("/{id}")
    @RequiresPermission(Permission.USER_READ)
    public ApiKeyView get(@PathVariable UUID id) {
        return keys.find(id.toString()).map(ApiKeyView::of)
                .orElseThrow(() -> ProblemException.notFound("id", "No API key has this id."));
    }

    @Post
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<CreatedKey> create(@Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        NewKey key = bodies.read(body, NewKey.class);
        ApiKeys.Created created = keys.create(actor, key.name(), permissions(key.permissions()));
        return HttpResponse.created(new CreatedKey(created.key().id(), created.key().name(), created.secret(),
                        created.key().permissions().stream().map(Permission::string).sorted().toList()),
                UriBuilder.of("/api/v1/api-keys").path(created.key().id()).build());
    }

    @Delete("/{id}")
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<Void> revoke(@PathVariable UUID id, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        keys.revoke(actor, id.toString());
        return HttpResponse.noContent();
    }

    /** Permission strings as sent, checked one by one so that the error names the wrong one. */
    static Set<Permission> permissions(List<String> strings) {
        if (strings == null || strings.isEmpty()) {
            throw ProblemException.invalid("permissions", "must name at least one permission, for example consent:check");
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (int i = 0; i < strings.size(); i++) {
            Optional<Permission> permission = Optional.ofNullable(strings.get(i)).flatMap(Permission::of);
            if (permission.isEmpty()) {
                throw ProblemException.invalid("permissions[" + i + "]", "is not a permission (GET /api/v1/permissions lists them)");
            }
            permissions.add(permission.get());
        }
        return permissions;
    }
}
