package lv.balticom.privacy.core.internal.security;

import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/** A Shiro realm over the platform's user accounts: password check, then roles and their permissions. */
final class DatabaseRealm extends AuthorizingRealm {

    private final UserAccounts accounts;

    DatabaseRealm(UserAccounts accounts, CredentialsMatcher matcher) {
        super(matcher);
        this.accounts = accounts;
        setName("platform-users");
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        // Roles change rarely but must take effect at once: no caching across requests.
        setAuthorizationCachingEnabled(false);
        setAuthenticationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String username = ((UsernamePasswordToken) token).getUsername();
        UserAccounts.Account account = accounts.enabled(username)
                .orElseThrow(() -> new UnknownAccountException("no enabled account"));
        return new SimpleAuthenticationInfo(account.username(), account.passwordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String username = (String) principals.getPrimaryPrincipal();
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        accounts.enabled(username).ifPresent(account -> {
            info.setRoles(account.roles().stream().map(Role::name).collect(Collectors.toSet()));
            info.setStringPermissions(account.roles().stream()
                    .flatMap(role -> role.permissions().stream()).collect(Collectors.toSet()));
        });
        return info;
    }
}
