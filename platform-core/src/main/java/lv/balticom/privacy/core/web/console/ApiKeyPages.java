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
import lv.balticom.privacy.core.internal.security.ApiKeys;

/** API keys: the list, a new key (its secret shown on that one page), and revoking a key. */
@FormTokenChecked
@Controller("/console/api-keys")
public class ApiKeyPages {

    private final ApiKeys keys;

    ApiKeyPages(ApiKeys keys) {
        this.keys = keys;
    }

    @Get
    @RequiresPermission(Permission.USER_READ)
    public ModelAndView<Map<String, Object>> list() {
        return Pages.page("api-keys", model());
    }

    /** Answers the page itself, not a redirect: the secret must appear once and never in a URL. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<?> create(@Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        Form form = new Form(fields);
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        form.all("permissions").forEach(string -> Permission.of(string).ifPresent(permissions::add));
        try {
            ApiKeys.Created created = keys.create(actor, form.text("name"), permissions);
            Map<String, Object> model = model();
            model.put("created", created);
            return HttpResponse.ok(Pages.page("api-keys", model));
        } catch (ProblemException problem) {
            Map<String, Object> model = model();
            model.put("name", form.text("name"));
            model.put("chosen", form.all("permissions"));
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(HttpStatus.BAD_REQUEST);
            return page.body(Pages.page("api-keys", Pages.withError(model, problem)));
        }
    }

    @Post("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.USER_MANAGE)
    public HttpResponse<?> revoke(@PathVariable UUID id, @Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        keys.revoke(actor, id.toString());
        return Pages.done("/console/api-keys", "key-revoked");
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("keys", keys.all());
        model.put("permissions", List.of(Permission.values()));
        model.put("name", "");
        model.put("chosen", List.of());
        return model;
    }
}
