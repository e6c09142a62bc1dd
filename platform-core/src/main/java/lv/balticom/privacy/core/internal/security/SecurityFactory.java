package lv.balticom.privacy.core.internal.security;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Apache Shiro's password service: salted Argon2id, deliberately slow. */
@Factory
final class SecurityFactory {

    @Singleton
    PasswordService passwordService() {
        return new DefaultPasswordService();
    }
}
