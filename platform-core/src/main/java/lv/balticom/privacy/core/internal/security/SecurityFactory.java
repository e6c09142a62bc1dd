package lv.balticom.privacy.core.internal.security;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.mgt.SecurityManager;

/**
 * Apache Shiro, set up for a server where threads are shared between requests: no thread-bound
 * subject ({@code SecurityUtils} is not used) and no server-side session for API calls.
 */
@Factory
final class SecurityFactory {

    /** Argon2id with Shiro's defaults: salted and deliberately slow. */
    @Singleton
    PasswordService passwordService() {
        return new DefaultPasswordService();
    }

    @Singleton
    SecurityManager securityManager(UserAccounts accounts, PasswordService passwords) {
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(passwords);
        DefaultSecurityManager manager = new DefaultSecurityManager(
                new DatabaseRealm(accounts, new VerifiedPasswordCache(matcher)));
        DefaultSessionStorageEvaluator sessions = new DefaultSessionStorageEvaluator();
        sessions.setSessionStorageEnabled(false);
        ((DefaultSubjectDAO) manager.getSubjectDAO()).setSessionStorageEvaluator(sessions);
        return manager;
    }
}
