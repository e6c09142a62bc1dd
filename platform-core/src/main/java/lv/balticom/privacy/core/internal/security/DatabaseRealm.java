package lv.balticom.privacy.core.internal.security;

import java.util.Set;
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
        // A disabled account or a changed role takes effect on the next request: nothing is cached across requests.
        setAuthorizationCachingEnabled(false);
        setAuthenticationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String username = ((UsernamePasswordToken) token).getUsername();
        UserAccounts.Account account = accounts.enabled(username)
                .orElseThrow(() -> new UnknownAccountException("no enabled account"));
        // The roles travel with the principal: read with the password hash, in the same look-up.
        return new SimpleAuthenticationInfo(new SignedIn(account.username(), account.roles()), account.passwordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        SignedIn signedIn = (SignedIn) principals.getPrimaryPrincipal();
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        info.setRoles(signedIn.roles().stream().map(Role::name).collect(Collectors.toSet()));
        info.setStringPermissions(signedIn.roles().stream()
                .flatMap(role -> role.permissions().stream()).collect(Collectors.toSet()));
        return info;
    }

    /**
     * Who signed in on this request, and the roles their account had at that moment.
     *
     * @param username the account's user name
     * @param roles its roles
     */
    record SignedIn(String username, Set<Role> roles) {
        SignedIn {
            roles = Set.copyOf(roles);
        }

        @Override
        public String toString() {
            return username;
        }
    }
}
