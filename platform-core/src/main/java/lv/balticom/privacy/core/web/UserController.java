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
import lv.balticom.privacy.core.internal.security.Account;
import lv.balticom.privacy.core.internal.security.UserAccounts;

/** The people who sign in: create, disable, reset a password, assign roles, lift a lock. */
@Controller("/api/v1/users")
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
    public ItemList<UserView> list() {
        Instant now = clock.instant();
        return new ItemList<>(accounts.all().stream().map(account -> UserView.of(account, now)).toList());
    }

    @Get("/{id}")
    @RequiresPermission(Permission.USER_READ)
    public UserView get(@PathVariable UUID id) {
        return view(accounts.find(id.toString()).orElseThrow(() -> ProblemException.notFound("id", "No user has this id.")));
    }

    @Post
    @RequiresPermission(Permission.USER_MANAGE)
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
    public UserView setRoles(@PathVariable UUID id, @Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return view(accounts.setRoles(actor, id.toString(), roles(bodies.read(body, Roles.class).roles())));
    }

    @Put("/{id}/password")
    @RequiresPermission(Permission.USER_MANAGE)
    public UserView resetPassword(@PathVariable UUID id, @Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return view(accounts.resetPassword(actor, id.toString(), bodies.read(body, NewPassword.class).password()));
    }

    @Post("/{id}/disable")
    @RequiresPermission(Permission.USER_MANAGE)
    public UserView disable(@PathVariable UUID id, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return view(accounts.setEnabled(actor, id.toString(), false));
    }

    @Post("/{id}/enable")
    @RequiresPermission(Permission.USER_MANAGE)
    public UserView enable(@PathVariable UUID id, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return view(accounts.setEnabled(actor, id.toString(), true));
    }

    @Post("/{id}/unlock")
    @RequiresPermission(Permission.USER_MANAGE)
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
