package lv.balticom.privacy.core.internal.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The caller an {@code Authorization} header stands for: {@code Bearer <API key>} for a system, HTTP
 * Basic for a person (a sign-in over {@link SignIn.Channel#HTTP_BASIC}). The API and the OpenAPI
 * document read it the same way.
 */
@Singleton
final class AuthorizationHeader {

    private final SignIn signIn;
    private final ApiKeys apiKeys;

    AuthorizationHeader(SignIn signIn, ApiKeys apiKeys) {
        this.signIn = signIn;
        this.apiKeys = apiKeys;
    }

    /** The caller, if the request's header names one with valid credentials. */
    Optional<Principal> caller(HttpRequest<?> request) {
        Optional<String> header = request.getHeaders().getAuthorization();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = value.substring(7).strip();
            Optional<ApiKeyPrincipal> remembered = apiKeys.remembered(secret);
            return (remembered.isPresent() ? remembered : apiKeys.authenticate(secret)).map(Principal.class::cast);
        }
        return BasicCredentials.parse(value)
                .flatMap(credentials -> signIn.withPassword(credentials.username(), credentials.password(), SignIn.Channel.HTTP_BASIC))
                .map(Principal.class::cast);
    }
}
