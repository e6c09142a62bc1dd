package lv.balticom.privacy.core.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.Role;
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.internal.security.Principal;
import lv.balticom.privacy.core.internal.security.SignIn;
import lv.balticom.privacy.core.internal.security.UserAccounts;
import lv.balticom.privacy.core.internal.security.UserPrincipal;
import lv.balticom.privacy.core.web.ApiDocumentation.Examples;
import lv.balticom.privacy.core.web.ApiDocumentation.Lists;

/** Who may do what: the roles, the permissions, and the signed-in person's own account. */
@Controller("/api/v1")
@Tag(name = ApiDocumentation.ACCESS)
public class AccessController {

    private final UserAccounts accounts;
    private final SignIn signIn;
    private final JsonBodies bodies;

    AccessController(UserAccounts accounts, SignIn signIn, JsonBodies bodies) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.bodies = bodies;
    }

    /**
     * A permission.
     *
     * @param permission its string, for example {@code consent:check}
     * @param description what it allows
     */
    @Serdeable
    public record PermissionView(String permission, Localized description) {
    }

    /**
     * A role and its permissions.
     *
     * @param role its name
     * @param name its name for people
     * @param permissions its permission strings
     */
    @Serdeable
    public record RoleView(String role, Localized name, List<String> permissions) {
    }

    /**
     * The signed-in person.
     *
     * @param username their user name
     * @param roles their roles
     * @param permissions what they may do
     * @param locale their language
     */
    @Serdeable
    public record Me(String username, List<Role> roles, List<String> permissions, String locale) {
    }

    /**
     * A change of one's own password.
     *
     * @param currentPassword the password now
     * @param newPassword at least 12 characters
     */
    @Serdeable
    public record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    /**
     * A change of one's language.
     *
     * @param locale {@code lv} or {@code en}
     */
    @Serdeable
    public record LocaleChange(@Nullable String locale) {
    }

    @Get("/permissions")
    @RequiresPermission(Permission.USER_READ)
    @Operation(operationId = "listPermissions", summary = "The permissions",
            description = "Needs the permission `user:read`. Every permission string a role or an API key may hold, with "
                    + "what it allows in Latvian and English.")
    @ApiResponse(responseCode = "200", description = "The permissions.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.Permissions.class),
                    examples = @ExampleObject(name = "permissions", value = Examples.PERMISSIONS)))
    @ApiProblems.SignInRequired
    public ItemList<PermissionView> permissions() {
        return new ItemList<>(Arrays.stream(Permission.values())
                .map(permission -> new PermissionView(permission.string(), permission.description())).toList());
    }

    @Get("/roles")
    @RequiresPermission(Permission.USER_READ)
    @Operation(operationId = "listRoles", summary = "The roles",
            description = "Needs the permission `user:read`. The four roles (`ADMIN`, `PRIVACY_OFFICER`, `AGENT`, "
                    + "`AUDITOR`) and the permissions each holds.")
    @ApiResponse(responseCode = "200", description = "The roles.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.Roles.class),
                    examples = @ExampleObject(name = "roles", value = Examples.ROLES)))
    @ApiProblems.SignInRequired
    public ItemList<RoleView> roles() {
        return new ItemList<>(Arrays.stream(Role.values()).map(role -> new RoleView(role.name(), role.localizedName(),
                role.permissions().stream().map(Permission::string).toList())).toList());
    }

    @Get("/me")
    @RequiresPermission(Permission.ACCOUNT_SELF)
    @Operation(operationId = "getMe", summary = "The signed-in person",
            description = "Needs the permission `account:self` (every role holds it). The signed-in user's name, roles, "
                    + "permissions and language. API keys have no account of their own (403).")
    @ApiResponse(responseCode = "200", description = "The signed-in person.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Me.class),
                    examples = @ExampleObject(name = "agent", value = Examples.ME)))
    @ApiProblems.SignInRequired
    public Me me(@RequestAttribute(Principal.REQUEST_ATTRIBUTE) Principal principal) {
        UserPrincipal user = user(principal);
        return new Me(user.username(), user.roles().stream().sorted().toList(),
                user.permissions().stream().map(Permission::string).toList(), user.locale());
    }

    @Put("/me/password")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.ACCOUNT_SELF)
    @Operation(operationId = "changeMyPassword", summary = "Change one's own password",
            description = "Needs the permission `account:self`. Proves the current password and sets a new one of at least "
                    + "12 characters; the person's console sessions end. A wrong current password counts towards the lock-out "
                    + "like a wrong sign-in. API keys have no account of their own (403). The audit ledger records "
                    + "`user.password-changed`.",
            requestBody = @RequestBody(required = true, description = "The current and the new password.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = PasswordChange.class),
                            examples = @ExampleObject(name = "change", value = Examples.PASSWORD_CHANGE))))
    @ApiResponse(responseCode = "204", description = "Changed.")
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    public void changePassword(@Body String body, @RequestAttribute(Principal.REQUEST_ATTRIBUTE) Principal principal) {
        PasswordChange change = bodies.read(body, PasswordChange.class);
        signIn.changeOwnPassword(user(principal), change.currentPassword(), change.newPassword(), null);
    }

    @Put("/me/locale")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.ACCOUNT_SELF)
    @Operation(operationId = "changeMyLocale", summary = "Change one's language",
            description = "Needs the permission `account:self`. The language the console speaks to the signed-in user: `lv` "
                    + "or `en`. API keys have no account of their own (403).",
            requestBody = @RequestBody(required = true, description = "The language.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = LocaleChange.class),
                            examples = @ExampleObject(name = "english", value = Examples.LOCALE_CHANGE))))
    @ApiResponse(responseCode = "204", description = "Changed.")
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    public void changeLocale(@Body String body, @RequestAttribute(Principal.REQUEST_ATTRIBUTE) Principal principal) {
        accounts.setLocale(user(principal), bodies.read(body, LocaleChange.class).locale());
    }

    private static UserPrincipal user(Principal principal) {
        if (principal instanceof UserPrincipal user) {
            return user;
        }
        throw new ProblemException(lv.balticom.privacy.core.api.ProblemType.FORBIDDEN,
                "API keys have no account of their own.", null);
    }
}
