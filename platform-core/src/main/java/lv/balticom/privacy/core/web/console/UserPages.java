package lv.balticom.privacy.core.web.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.Role;
import lv.balticom.privacy.core.internal.security.Account;
import lv.balticom.privacy.core.internal.security.UserAccounts;

/** Users: the list, a new user, and one user's roles, password, lock and whether they may sign in. */
@FormTokenChecked
@Controller("/console/users")
public class UserPages {

    private final UserAccounts accounts;
    private final Clock clock;

    UserPages(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Get
    @RequiresPermission(Permission.USER_READ)
    public ModelAndView<Map<String, Object>> users() {
        return Pages.page("users", Map.of("users", accounts.all(), "now", clock.instant(), "roles", List.of(Role.values())));
    }

    @Get("/new")
    @RequiresPermission(Permission.USER_MANAGE)
    public ModelAndView<Map<String, Object>> newUser() {
        return Pages.page("user-new", Map.of("roles", List.of(Role.values()), "username", "", "chosen", Set.of()));
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<?> create(@Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        Form form = new Form(fields);
        try {
            Account account = accounts.create(actor, form.text("username"), form.raw("password"), roles(form));
            return Pages.done("/console/users/" + account.id(), "user-created");
        } catch (ProblemException problem) {
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(HttpStatus.BAD_REQUEST);
            return page.body(Pages.page("user-new", Pages.withError(Map.of("roles", List.of(Role.values()),
                    "username", form.text("username"), "chosen", form.all("roles")), problem)));
        }
    }

    @Get("/{id}")
    @RequiresPermission(Permission.USER_READ)
    public ModelAndView<Map<String, Object>> user(@PathVariable UUID id) {
        return Pages.page("user", model(existing(id)));
    }

    @Post("/{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<?> roles(@PathVariable UUID id, @Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return act(id, "roles-changed", () -> accounts.setRoles(actor, id.toString(), roles(new Form(fields))));
    }

    @Post("/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<?> password(@PathVariable UUID id, @Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return act(id, "password-reset", () -> accounts.resetPassword(actor, id.toString(), new Form(fields).raw("password")));
    }

    @Post("/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<?> disable(@PathVariable UUID id, @Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return act(id, "user-disabled", () -> accounts.setEnabled(actor, id.toString(), false));
    }

    @Post("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<?> enable(@PathVariable UUID id, @Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return act(id, "user-enabled", () -> accounts.setEnabled(actor, id.toString(), true));
    }

    @Post("/{id}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<?> unlock(@PathVariable UUID id, @Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return act(id, "user-unlocked", () -> accounts.unlock(actor, id.toString()));
    }

    /** Runs a change and goes back to the user's page; a refused change shows the page with the reason. */
    private HttpResponse<?> act(UUID id, String notice, Runnable change) {
        try {
            change.run();
            return Pages.done("/console/users/" + id, notice);
        } catch (ProblemException problem) {
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(
                    HttpStatus.valueOf(problem.type().status()));
            return page.body(Pages.page("user", Pages.withError(model(existing(id)), problem)));
        }
    }

    private Map<String, Object> model(Account account) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("locked", account.lockedAt(clock.instant()));
        model.put("roles", List.of(Role.values()));
        return model;
    }

    private Account existing(UUID id) {
        return accounts.find(id.toString()).orElseThrow(() -> ProblemException.notFound("id", "No user has this id."));
    }

    private static Set<Role> roles(Form form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : form.all("roles")) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
