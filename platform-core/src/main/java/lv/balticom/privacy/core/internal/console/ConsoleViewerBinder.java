package lv.balticom.privacy.core.internal.console;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;
import lv.balticom.privacy.core.api.console.ConsoleViewer;
import lv.balticom.privacy.core.internal.security.Principal;

/**
 * Gives a console route method its {@link ConsoleViewer} parameter: the signed-in caller that
 * {@code ConsoleAccess} put on the request, in the page's language. Unsatisfied (a 400) where nobody is
 * signed in, which a console route never sees: the sign-in check comes first.
 */
@Singleton
final class ConsoleViewerBinder implements TypedRequestArgumentBinder<ConsoleViewer> {

    private final ConsoleLocaleResolver locales;

    ConsoleViewerBinder(ConsoleLocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    public Argument<ConsoleViewer> argumentType() {
        return Argument.of(ConsoleViewer.class);
    }

    @Override
    public BindingResult<ConsoleViewer> bind(ArgumentConversionContext<ConsoleViewer> context, HttpRequest<?> request) {
        Optional<Principal> principal = request.getAttribute(Principal.REQUEST_ATTRIBUTE, Principal.class);
        if (principal.isEmpty()) {
            return BindingResult.unsatisfied();
        }
        return () -> Optional.of(viewer(request, principal.get(), locales));
    }

    /** The viewer of this request. */
    static ConsoleViewer viewer(HttpRequest<?> request, Principal principal, ConsoleLocaleResolver locales) {
        return new ConsoleViewer(principal.actor(), locales.resolveOrDefault(request), principal.permissions());
    }
}
