package lv.balticom.privacy.core.internal.console;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import lv.balticom.privacy.core.internal.security.Principal;
import lv.balticom.privacy.core.internal.security.UserPrincipal;

/**
 * The language of a page: the signed-in person's choice; before sign-in the language last chosen on
 * this browser ({@value #COOKIE} cookie), else the browser's preference between Latvian and English;
 * Latvian when nothing says otherwise.
 */
@Singleton
public final class ConsoleLocaleResolver implements HttpLocaleResolver, Ordered {

    /** Remembers the language chosen on the sign-in page. */
    public static final String COOKIE = "bpp_lang";

    public static final Locale LATVIAN = Locale.forLanguageTag("lv");

    /** A request attribute that overrides everything: the language just chosen on this request. */
    public static final String CHOSEN = "privacy.lang";

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        Optional<Locale> justChosen = request.getAttribute(CHOSEN, String.class).flatMap(ConsoleLocaleResolver::supported);
        if (justChosen.isPresent()) {
            return justChosen;
        }
        Optional<Principal> principal = request.getAttribute(Principal.REQUEST_ATTRIBUTE, Principal.class);
        if (principal.isPresent() && principal.get() instanceof UserPrincipal user) {
            return Optional.of(Locale.forLanguageTag(user.locale()));
        }
        Optional<Locale> chosen = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(ConsoleLocaleResolver::supported);
        if (chosen.isPresent()) {
            return chosen;
        }
        String accepted = request.getHeaders().get("Accept-Language");
        if (accepted != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accepted)) {
                    Optional<Locale> supported = supported(range.getRange().split("-")[0]);
                    if (supported.isPresent()) {
                        return supported;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // an unreadable header says nothing
            }
        }
        return Optional.of(LATVIAN);
    }

    /** The console's locale for a language code, if it speaks it. */
    public static Optional<Locale> supported(String language) {
        return switch (language == null ? "" : language) {
            case "lv" -> Optional.of(LATVIAN);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return resolve(request).orElse(LATVIAN);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
