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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.internal.security.ApiKeys;
import lv.balticom.privacy.core.web.ApiDocumentation.Examples;
import lv.balticom.privacy.core.web.ApiDocumentation.Lists;

/** API keys for systems: made with exactly the permissions they need, shown once, revoked when done. */
@Controller("/api/v1/api-keys")
@Tag(name = ApiDocumentation.API_KEYS)
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
     * @param lastUsedAt when it last authenticated a call (written at most once a minute: up to a minute behind)
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
    @Operation(operationId = "listApiKeys", summary = "The API keys",
            description = "Needs the permission `user:read`. Every key, active ones first: its name, the first characters "
                    + "of its secret, its permissions, who made it and when it last authenticated a call (recorded at most once a minute, so up to a minute behind). "
                    + "Never a secret.")
    @ApiResponse(responseCode = "200", description = "The keys.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.ApiKeys.class),
                    examples = @ExampleObject(name = "keys", value = Examples.KEYS)))
    @ApiProblems.SignInRequired
    public ItemList<ApiKeyView> list() {
        return new ItemList<>(keys.all().stream().map(ApiKeyView::of).toList());
    }

    @Get("/{id}")
    @RequiresPermission(Permission.USER_READ)
    @Operation(operationId = "getApiKey", summary = "Read an API key",
            description = "Needs the permission `user:read`. One key, with its last-used and revoked times; never its "
                    + "secret.",
            parameters = @Parameter(name = "id", description = "The key's id.",
                    schema = @Schema(type = "string", format = "uuid"), example = "6f98f617-8f3a-42d5-893e-25b297d6165f"))
    @ApiResponse(responseCode = "200", description = "The key.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiKeyView.class),
                    examples = @ExampleObject(name = "crm", value = Examples.KEY)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public ApiKeyView get(@PathVariable UUID id) {
        return keys.find(id.toString()).map(ApiKeyView::of)
                .orElseThrow(() -> ProblemException.notFound("id", "No API key has this id."));
    }

    @Post
    @RequiresPermission(Permission.USER_MANAGE)
    @Operation(operationId = "createApiKey", summary = "Make an API key",
            description = "Needs the permission `user:manage`. Makes a key for a system with exactly these permissions "
                    + "(`GET /api/v1/permissions` lists them). The answer holds the secret this once: only a hash of it is "
                    + "stored. Send it as `Authorization: Bearer <secret>` on `/api/**`. The name (1 to 100 letters, "
                    + "digits, spaces, `.`, `_` or `-`) must be free. The audit ledger records `api-key.created`.",
            requestBody = @RequestBody(required = true, description = "The key's name and permissions.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = NewKey.class),
                            examples = @ExampleObject(name = "crm", value = Examples.NEW_KEY))))
    @ApiResponse(responseCode = "201",
            description = "Made; `Location` is `/api/v1/api-keys/{id}`. Keep the `secret`: it is never shown again.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedKey.class),
                    examples = @ExampleObject(name = "crm", value = Examples.KEY_CREATED)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.Conflict
    public HttpResponse<CreatedKey> create(@Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        NewKey key = bodies.read(body, NewKey.class);
        ApiKeys.Created created = keys.create(actor, key.name(), permissions(key.permissions()));
        return HttpResponse.created(new CreatedKey(created.key().id(), created.key().name(), created.secret(),
                        created.key().permissions().stream().map(Permission::string).sorted().toList()),
                UriBuilder.of("/api/v1/api-keys").path(created.key().id()).build());
    }

    @Delete("/{id}")
    @RequiresPermission(Permission.USER_MANAGE)
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "Needs the permission `user:manage`. From now on the key authenticates nothing (401). Its record "
                    + "stays, with `revokedAt`, for the audit trail; revoking a revoked key changes nothing. The audit "
                    + "ledger records `api-key.revoked`.",
            parameters = @Parameter(name = "id", description = "The key's id.",
                    schema = @Schema(type = "string", format = "uuid"), example = "6f98f617-8f3a-42d5-893e-25b297d6165f"))
    @ApiResponse(responseCode = "204", description = "Revoked.")
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
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
