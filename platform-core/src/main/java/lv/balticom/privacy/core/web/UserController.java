package lv.balticom.privacy.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.Role;
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.internal.security.Account;
import lv.balticom.privacy.core.internal.security.UserAccounts;
import lv.balticom.privacy.core.web.ApiDocumentation.Examples;
import lv.balticom.privacy.core.web.ApiDocumentation.Lists;

/** The people who sign in: create, disable, reset a password, assign roles, lift a lock. */
@Controller("/api/v1/users")
@Tag(name = ApiDocumentation.USERS)
public class UserController {

    private final UserAccounts accounts;
    private final JsonBodies bodies;
    private final Clock clock;

    UserController(UserAccounts accounts, JsonBodies bodies, Clock clock) {
        this.accounts = accounts;
        this.bodies = bodies;
        this.clock = clock;
    }

    /**
     * A user as the API shows it (never a password or its hash).
     *
     * @param id the account's id
     * @param username the name to sign in with
     * @param roles its roles
     * @param enabled whether it may sign in
     * @param locked whether wrong passwords have locked it now
     * @param lockedUntil until when, if locked
     * @param lastSignInAt when a password last matched
     * @param locale the language its holder works in
     * @param createdAt when it was created
     */
    @Serdeable
    public record UserView(String id, String username, List<Role> roles, boolean enabled, boolean locked,
                           @Nullable Instant lockedUntil, @Nullable Instant lastSignInAt, String locale, Instant createdAt) {
        static UserView of(Account account, Instant now) {
            return new UserView(account.id(), account.username(), account.roles().stream().sorted().toList(), account.enabled(),
                    account.lockedAt(now), account.lockedAt(now) ? account.lockedUntil() : null, account.lastSignInAt(),
                    account.locale(), account.createdAt());
        }
    }

    /**
     * A new user.
     *
     * @param username 2 to 100 lower-case letters, digits, '.', '_', '@' or '-'
     * @param password at least 12 characters
     * @param roles one or more of ADMIN, PRIVACY_OFFICER, AGENT, AUDITOR
     */
    @Serdeable
    public record NewUser(@Nullable String username, @Nullable String password, @Nullable List<String> roles) {
    }

    /**
     * A user's roles.
     *
     * @param roles one or more of ADMIN, PRIVACY_OFFICER, AGENT, AUDITOR
     */
    @Serdeable
    public record Roles(@Nullable List<String> roles) {
    }

    /**
     * A password set by an administrator.
     *
     * @param password at least 12 characters
     */
    @Serdeable
    public record NewPassword(@Nullable String password) {
    }

    @Get
    @RequiresPermission(Permission.USER_READ)
    @Operation(operationId = "listUsers", summary = "The users",
            description = "Needs the permission `user:read`. Every account that may sign in to the console or the API, with "
                    + "its roles, whether it is enabled or locked, and when it last signed in. Never a password or its hash.")
    @ApiResponse(responseCode = "200", description = "The users.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.Users.class),
                    examples = @ExampleObject(name = "users", value = Examples.USERS)))
    @ApiProblems.SignInRequired
    public ItemList<UserView> list() {
        Instant now = clock.instant();
        return new ItemList<>(accounts.all().stream().map(account -> UserView.of(account, now)).toList());
    }

    @Get("/{id}")
    @RequiresPermission(Permission.USER_READ)
    @Operation(operationId = "getUser", summary = "Read a user",
            description = "Needs the permission `user:read`. One account: its roles, state and last sign-in.",
            parameters = @Parameter(name = "id", description = "The user's id.",
                    schema = @Schema(type = "string", format = "uuid"), example = "327c5f62-41d5-4670-9a06-136753451d24"))
    @ApiResponse(responseCode = "200", description = "The user.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class),
                    examples = @ExampleObject(name = "agent", value = Examples.USER)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public UserView get(@PathVariable UUID id) {
        return view(accounts.find(id.toString()).orElseThrow(() -> ProblemException.notFound("id", "No user has this id.")));
    }

    @Post
    @RequiresPermission(Permission.USER_MANAGE)
    @Operation(operationId = "createUser", summary = "Create a user",
            description = "Needs the permission `user:manage`. Creates an enabled account with one or more roles (`ADMIN`, "
                    + "`PRIVACY_OFFICER`, `AGENT`, `AUDITOR`). The user name is 2 to 100 lower-case letters, digits, `.`, "
                    + "`_`, `@` or `-` and must be free; the password at least 12 characters. Five wrong passwords in a row "
                    + "lock an account for 15 minutes (configurable). The audit ledger records `user.created`.",
            requestBody = @RequestBody(required = true, description = "The user name, the first password and the roles.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = NewUser.class),
                            examples = @ExampleObject(name = "agent", value = Examples.NEW_USER))))
    @ApiResponse(responseCode = "201", description = "Created; `Location` is `/api/v1/users/{id}`.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class),
                    examples = @ExampleObject(name = "agent", value = Examples.USER_CREATED)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.Conflict
    public HttpResponse<UserView> create(@Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        NewUser user = bodies.read(body, NewUser.class);
        if (user.username() == null) {
            throw ProblemException.invalid("username", "is required");
        }
        Account created = accounts.create(actor, user.username(), user.password(), roles(user.roles()));
        return HttpResponse.created(view(created), UriBuilder.of("/api/v1/users").path(created.id()).build());
    }

    @Put("/{id}/roles")
    @RequiresPermission(Permission.USER_MANAGE)
    @Operation(operationId = "setUserRoles", summary = "Assign a user's roles",
            description = "Needs the permission `user:manage`. Gives the account exactly these roles (at least one). The "
                    + "last enabled administrator keeps `ADMIN` (409). The audit ledger records `user.roles-changed`.",
            parameters = @Parameter(name = "id", description = "The user's id.",
                    schema = @Schema(type = "string", format = "uuid"), example = "327c5f62-41d5-4670-9a06-136753451d24"),
            requestBody = @RequestBody(required = true, description = "The roles the user is to hold.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Roles.class),
                            examples = @ExampleObject(name = "agent-and-auditor", value = Examples.ROLES_CHANGE))))
    @ApiResponse(responseCode = "200", description = "The user as it is now.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class),
                    examples = @ExampleObject(name = "agent", value = Examples.USER)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    public UserView setRoles(@PathVariable UUID id, @Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return view(accounts.setRoles(actor, id.toString(), roles(bodies.read(body, Roles.class).roles())));
    }

    @Put("/{id}/password")
    @RequiresPermission(Permission.USER_MANAGE)
    @Operation(operationId = "resetUserPassword", summary = "Reset a user's password",
            description = "Needs the permission `user:manage`. Sets a new password chosen by an administrator (at least 12 "
                    + "characters); it also lifts a lock and ends the user's console sessions. The audit ledger records "
                    + "`user.password-reset`.",
            parameters = @Parameter(name = "id", description = "The user's id.",
                    schema = @Schema(type = "string", format = "uuid"), example = "327c5f62-41d5-4670-9a06-136753451d24"),
            requestBody = @RequestBody(required = true, description = "The new password.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = NewPassword.class),
                            examples = @ExampleObject(name = "password", value = Examples.PASSWORD_RESET))))
    @ApiResponse(responseCode = "200", description = "The user as it is now.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class),
                    examples = @ExampleObject(name = "agent", value = Examples.USER)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public UserView resetPassword(@PathVariable UUID id, @Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return view(accounts.resetPassword(actor, id.toString(), bodies.read(body, NewPassword.class).password()));
    }

    @Post("/{id}/disable")
    @RequiresPermission(Permission.USER_MANAGE)
    @Operation(operationId = "disableUser", summary = "Disable a user",
            description = "Needs the permission `user:manage`. The account can no longer sign in; its console sessions end. "
                    + "The last enabled administrator cannot be disabled (409). The audit ledger records `user.disabled`.",
            parameters = @Parameter(name = "id", description = "The user's id.",
                    schema = @Schema(type = "string", format = "uuid"), example = "327c5f62-41d5-4670-9a06-136753451d24"))
    @ApiResponse(responseCode = "200", description = "The user as it is now.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class),
                    examples = @ExampleObject(name = "agent", value = Examples.USER)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    public UserView disable(@PathVariable UUID id, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return view(accounts.setEnabled(actor, id.toString(), false));
    }

    @Post("/{id}/enable")
    @RequiresPermission(Permission.USER_MANAGE)
    @Operation(operationId = "enableUser", summary = "Enable a user",
            description = "Needs the permission `user:manage`. The account may sign in again. The audit ledger records "
                    + "`user.enabled`.",
            parameters = @Parameter(name = "id", description = "The user's id.",
                    schema = @Schema(type = "string", format = "uuid"), example = "327c5f62-41d5-4670-9a06-136753451d24"))
    @ApiResponse(responseCode = "200", description = "The user as it is now.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class),
                    examples = @ExampleObject(name = "agent", value = Examples.USER)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public UserView enable(@PathVariable UUID id, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return view(accounts.setEnabled(actor, id.toString(), true));
    }

    @Post("/{id}/unlock")
    @RequiresPermission(Permission.USER_MANAGE)
    @Operation(operationId = "unlockUser", summary = "Lift a user's lock",
            description = "Needs the permission `user:manage`. Lifts the lock that wrong passwords put on the account "
                    + "before it runs out. The audit ledger records `user.unlocked`.",
            parameters = @Parameter(name = "id", description = "The user's id.",
                    schema = @Schema(type = "string", format = "uuid"), example = "327c5f62-41d5-4670-9a06-136753451d24"))
    @ApiResponse(responseCode = "200", description = "The user as it is now.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class),
                    examples = @ExampleObject(name = "agent", value = Examples.USER)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public UserView unlock(@PathVariable UUID id, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return view(accounts.unlock(actor, id.toString()));
    }

    private UserView view(Account account) {
        return UserView.of(account, clock.instant());
    }

    /** Role names as sent, checked one by one so that the error names the wrong one. */
    static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw ProblemException.invalid("roles", "must name at least one role: ADMIN, PRIVACY_OFFICER, AGENT or AUDITOR");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> known = new ArrayList<>();
        for (Role role : Role.values()) {
            known.add(role.name());
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || !known.contains(name)) {
                throw ProblemException.invalid("roles[" + i + "]", "is not a role: ADMIN, PRIVACY_OFFICER, AGENT or AUDITOR");
            }
            roles.add(Role.valueOf(name));
        }
        return roles;
    }
}
