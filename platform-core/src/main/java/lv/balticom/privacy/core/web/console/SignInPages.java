package lv.balticom.privacy.core.web.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.console.ConsoleLocaleResolver;
import lv.balticom.privacy.core.internal.console.ConsoleViewModel;
import lv.balticom.privacy.core.internal.security.ConsoleAccess;
import lv.balticom.privacy.core.internal.security.FormTokens;
import lv.balticom.privacy.core.internal.security.ConsoleSessions;
import lv.balticom.privacy.core.internal.security.Principal;
import lv.balticom.privacy.core.internal.security.SignIn;
import lv.balticom.privacy.core.internal.security.UserAccounts;
import lv.balticom.privacy.core.internal.security.UserPrincipal;

/** Signing in and out of the console, and choosing its language. */
@FormTokenChecked
@Controller("/console")
public class SignInPages {

    private final SignIn signIn;
    private final ConsoleSessions sessions;
    private final UserAccounts accounts;
    private final SecureRandom random = new SecureRandom();

    SignInPages(SignIn signIn, ConsoleSessions sessions, UserAccounts accounts) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @Get("/sign-in")
    public HttpResponse<?> signInPage(HttpRequest<?> request, @Nullable @QueryValue String next, @Nullable @QueryValue String lang,
                                      @Nullable @CookieValue(ConsoleAccess.SESSION_COOKIE) String session) {
        if (session != null && sessions.find(session).isPresent()) {
            return HttpResponse.seeOther(URI.create("/console"));
        }
        MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.ok();
        Optional<String> chosen = Optional.ofNullable(lang).flatMap(ConsoleLocaleResolver::supported).map(locale -> locale.getLanguage());
        chosen.ifPresent(language -> {
            request.setAttribute(ConsoleLocaleResolver.CHOSEN, language);
            page.cookie(Cookie.of(ConsoleLocaleResolver.COOKIE, language).path("/").sameSite(SameSite.Lax).maxAge(31_536_000));
        });
        return withFormToken(request, page, signInModel(next, false), HttpStatus.OK);
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, Object> fields) {
        Form form = new Form(fields);
        String next = Pages.safeReturn(form.text("next"), "/console");
        Optional<UserPrincipal> user = signIn.withPassword(form.text("username"), form.raw("password"), SignIn.Channel.CONSOLE);
        if (user.isEmpty()) {
            return withFormToken(request, HttpResponse.status(HttpStatus.UNAUTHORIZED), signInModel(next, true), HttpStatus.UNAUTHORIZED);
        }
        String token = sessions.start(user.get());
        return HttpResponse.seeOther(URI.create(next))
                .cookie(ConsoleAccess.sessionCookie(request, token))
                .cookie(Cookie.of(FormTokens.SIGN_IN_COOKIE, "").path("/console/sign-in").maxAge(0))
                .cookie(Cookie.of(ConsoleLocaleResolver.COOKIE, user.get().locale()).path("/").sameSite(SameSite.Lax).maxAge(31_536_000));
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.ACCOUNT_SELF)
    public HttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, Object> fields, @CookieValue(ConsoleAccess.SESSION_COOKIE) String session,
                                   @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        sessions.signOut(session, actor);
        return HttpResponse.seeOther(URI.create("/console/sign-in?done=signed-out"))
                .cookie(ConsoleAccess.expiredSessionCookie(request));
    }

    @Post("/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.ACCOUNT_SELF)
    public HttpResponse<?> language(@Body Map<String, Object> fields, @RequestAttribute(Principal.REQUEST_ATTRIBUTE) Principal principal) {
        Form form = new Form(fields);
        String language = ConsoleLocaleResolver.supported(form.text("lang")).map(locale -> locale.getLanguage()).orElse("lv");
        if (principal instanceof UserPrincipal user) {
            accounts.setLocale(user, language);
        }
        return HttpResponse.seeOther(URI.create(Pages.safeReturn(form.text("back"), "/console")))
                .cookie(Cookie.of(ConsoleLocaleResolver.COOKIE, language).path("/").sameSite(SameSite.Lax).maxAge(31_536_000));
    }

    private static Map<String, Object> signInModel(String next, boolean failed) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", Pages.safeReturn(next, "/console"));
        model.put("failed", failed);
        return model;
    }

    /** Renders the sign-in page with a fresh form token, also set as a cookie (double submit). */
    private HttpResponse<?> withFormToken(HttpRequest<?> request, MutableHttpResponse<?> response, Map<String, Object> model,
                                          HttpStatus status) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.setAttribute(ConsoleViewModel.FORM_TOKEN, token);
        MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(status);
        response.getCookies().getAll().forEach(page::cookie);
        return page.body(new ModelAndView<>("console/sign-in", model))
                .cookie(Cookie.of(FormTokens.SIGN_IN_COOKIE, token).httpOnly(true).sameSite(SameSite.Strict)
                        .path("/console/sign-in").secure(ConsoleAccess.overHttps(request)));
    }
}
