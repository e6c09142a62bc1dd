package lv.balticom.privacy.core.internal.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import lv.balticom.privacy.core.internal.console.ConsolePage;
import java.util.Map;

/** A refused form gets the 403 page that says the form has expired. */
@Singleton
@Produces
final class FormTokenRejectedHandler implements ExceptionHandler<FormTokenRejected, HttpResponse<?>> {

    private final ConsolePage refusal;

    FormTokenRejectedHandler(ConsolePage refusal) {
        this.refusal = refusal;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the raw type
    public HttpResponse<?> handle(HttpRequest request, FormTokenRejected exception) {
        return refusal.forbidden(request, Map.of("expiredForm", true));
    }
}
