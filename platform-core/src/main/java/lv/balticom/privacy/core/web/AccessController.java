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
import java.util.Arrays;
import java.util.List;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.Role;
import lv.balticom.privacy.core.internal.security.Principal;
import lv.balticom.privacy.core.internal.security.UserAccounts;
import lv.balticom.privacy.core.internal.security.UserPrincipal;

/** Who may do what: the roles, the permissions, and the signed-in person's own account. */
@Controller("/api/v1")
public class AccessController {

    private final UserAccounts accounts;
    private final JsonBodies bodies;

    AccessController(UserAccounts accounts, JsonBodies bodies) {
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
    public ItemList<PermissionView> permissions() {
        return new ItemList<>(Arrays.stream(Permission.values())
                .map(permission -> new PermissionView(permission.string(), permission.description())).toList());
    }

    @Get("/roles")
    @RequiresPermission(Permission.USER_READ)
    public ItemList<RoleView> roles() {
        return new ItemList<>(Arrays.stream(Role.values()).map(role -> new RoleView(role.name(), role.localizedName(),
                role.permissions().stream().map(Permission::string).toList())).toList());
    }

    @Get("/me")
    @RequiresPermission(Permission.ACCOUNT_SELF)
    public Me me(@RequestAttribute(Principal.REQUEST_ATTRIBUTE) Principal principal) {
        UserPrincipal user = user(principal);
        return new Me(user.username(), user.roles().stream().sorted().toList(),
                user.permissions().stream().map(Permission::string).toList(), user.locale());
    }

    @Put("/me/password")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.ACCOUNT_SELF)
    public void changePassword(@Body String body, @RequestAttribute(Principal.REQUEST_ATTRIBUTE) Principal principal) {
        PasswordChange change = bodies.read(body, PasswordChange.class);
        accounts.changeOwnPassword(user(principal), change.currentPassword(), change.newPassword());
    }

    @Put("/me/locale")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.ACCOUNT_SELF)
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
