package lv.balticom.privacy.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;

/**
 * Remembers for a few minutes that a user name and password matched a stored hash, so that HTTP Basic
 * calls do not pay for a slow Argon2id hash each time. Only successes are remembered, under an HMAC
 * with a key that never leaves the process; the stored hash is part of the key, so a changed password
 * forgets the old one at once.
 */
final class VerifiedPasswordCache implements CredentialsMatcher {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final CredentialsMatcher delegate;
    private final SecretKeySpec key;
    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();
    /** Each Argon2id check takes 64 MiB: a flood of wrong passwords must not take the heap with it. */
    private final Semaphore slowChecks = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    VerifiedPasswordCache(CredentialsMatcher delegate) {
        this.delegate = delegate;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public boolean doCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) {
        if (!(token instanceof UsernamePasswordToken password) || password.getPassword() == null) {
            return delegate.doCredentialsMatch(token, info);
        }
        String cacheKey = cacheKey(password, String.valueOf(info.getCredentials()));
        long now = System.nanoTime();
        Long until = verifiedUntil.get(cacheKey);
        if (until != null && until - now > 0) {
            return true;
        }
        boolean matches = slowCheck(token, info);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
            verifiedUntil.put(cacheKey, now + LIFETIME.toNanos());
        } else if (until != null) {
            verifiedUntil.remove(cacheKey);
        }
        return matches;
    }

    private boolean slowCheck(AuthenticationToken token, AuthenticationInfo info) {
        try {
            slowChecks.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return delegate.doCredentialsMatch(token, info);
        } finally {
            slowChecks.release();
        }
    }

    private String cacheKey(UsernamePasswordToken token, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(token.getUsername().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(token.getPassword()).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
