package lv.balticom.privacy.core.internal.security;

import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.Permission;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;

/**
 * Decides with Apache Shiro whether a caller may do something. The caller has already proved who it is
 * (a password, an API key, a console session); its permissions travel with its principal, so the
 * decision needs no database. Shiro is used without {@code SecurityUtils}: Netty threads are shared
 * between requests, so no subject is bound to a thread.
 */
@Singleton
public final class Authorization {

    private static final String REALM = "privacy-platform";

    private final SecurityManager securityManager;

    Authorization() {
        DefaultSecurityManager manager = new DefaultSecurityManager(new PrincipalRealm());
        DefaultSessionStorageEvaluator sessions = new DefaultSessionStorageEvaluator();
        sessions.setSessionStorageEnabled(false);
        ((DefaultSubjectDAO) manager.getSubjectDAO()).setSessionStorageEvaluator(sessions);
        this.securityManager = manager;
    }

    /** Whether the caller holds the permission. */
    public boolean permits(Principal principal, Permission permission) {
        Subject subject = new Subject.Builder(securityManager)
                .principals(new SimplePrincipalCollection(principal, REALM))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        return subject.isPermitted(permission.string());
    }

    /** Reads the permissions from the principal; authentication happens before Shiro is asked. */
    private static final class PrincipalRealm extends AuthorizingRealm {

        PrincipalRealm() {
            setName(REALM);
            setAuthorizationCachingEnabled(false);
        }

        @Override
        public boolean supports(AuthenticationToken token) {
            return false;
        }

        @Override
        protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
            throw new UnsupportedOperationException("callers are authenticated before Shiro is asked");
        }

        @Override
        protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
            Principal principal = (Principal) principals.getPrimaryPrincipal();
            SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
            info.setStringPermissions(principal.permissions().stream().map(Permission::string).collect(Collectors.toSet()));
            if (principal instanceof UserPrincipal user) {
                info.setRoles(user.roles().stream().map(Enum::name).collect(Collectors.toSet()));
            }
            return info;
        }
    }
}
