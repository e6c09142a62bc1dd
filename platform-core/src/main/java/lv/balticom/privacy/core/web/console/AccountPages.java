package lv.balticom.privacy.core.web.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.security.ConsoleAccess;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import lv.balticom.privacy.core.internal.security.Principal;
import lv.balticom.privacy.core.internal.security.SignIn;
import lv.balticom.privacy.core.internal.security.UserPrincipal;

/** One's own account: the roles one has, and a new password. */
@FormTokenChecked
@Controller("/console/account")
public class AccountPages {

    private final SignIn signIn;

    AccountPages(SignIn signIn) {
        this.signIn = signIn;
    }

    @Get
    @RequiresPermission(Permission.ACCOUNT_SELF)
    public ModelAndView<Map<String, Object>> account() {
        return Pages.page("account", Map.of());
    }

    @Post("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.ACCOUNT_SELF)
    public HttpResponse<?> password(@Body Map<String, Object> fields, @RequestAttribute(Principal.REQUEST_ATTRIBUTE) Principal principal,
            @CookieValue(ConsoleAccess.SESSION_COOKIE) String session) {
        Form form = new Form(fields);
        try {
            signIn.changeOwnPassword((UserPrincipal) principal, form.raw("currentPassword"), form.raw("newPassword"), session);
            return Pages.done("/console/account", "password-changed");
        } catch (ProblemException problem) {
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(HttpStatus.BAD_REQUEST);
            return page.body(Pages.page("account", Pages.withError(Map.of(), problem)));
        }
    }
}
