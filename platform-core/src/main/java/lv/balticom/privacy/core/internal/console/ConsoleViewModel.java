package lv.balticom.privacy.core.internal.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.internal.security.ConsoleAccess;
import lv.balticom.privacy.core.internal.security.Principal;
import lv.balticom.privacy.core.internal.security.UserPrincipal;

/**
 * What every console page shows besides its own content: the controller's name, the signed-in person,
 * the menu they may use, the language switch, the form token and the notice of what was just done.
 */
@Singleton
public final class ConsoleViewModel implements ViewModelProcessor<Map<String, Object>> {

    /** The request attribute holding the token that the page's forms must carry. */
    public static final String FORM_TOKEN = "privacy.form-token";

    private static final Pattern NOTICE = Pattern.compile("^[a-z][a-z-]{0,40}$");

    private final Catalog catalog;
    private final ConsoleFormat format;
    private final ConsoleMenu menu;
    /** Knows the notices there are texts for (the core's and the modules'): any other {@code ?done=} shows none. */
    private final ConsoleMessages messages;

    ConsoleViewModel(Catalog catalog, ConsoleFormat format, ConsoleMenu menu, ConsoleMessages messages) {
        this.catalog = catalog;
        this.format = format;
        this.menu = menu;
        this.messages = messages;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (modelAndView.getView().filter(view -> view.startsWith("console/")).isEmpty()) {
            return;
        }
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        model.put("controllerName", catalog.controller().name());
        model.put("path", request.getPath());
        model.put("fmt", format);
        Optional<Principal> principal = request.getAttribute(Principal.REQUEST_ATTRIBUTE, Principal.class);
        if (principal.isPresent() && principal.get() instanceof UserPrincipal user) {
            model.put("user", user);
            model.put("menu", menu.shownTo(user.permissions()));
            model.put("may", user.permissions().stream().map(Permission::string).collect(Collectors.toSet()));
        }
        request.getAttribute(ConsoleAccess.CSRF, String.class)
                .or(() -> request.getAttribute(FORM_TOKEN, String.class))
                .ifPresent(token -> model.putIfAbsent("csrf", token));
        request.getParameters().getFirst("done").filter(done -> NOTICE.matcher(done).matches())
                .map(done -> "done." + done).filter(messages::isNotice)
                .ifPresent(notice -> model.put("notice", notice));
        modelAndView.setModel(model);
    }
}
