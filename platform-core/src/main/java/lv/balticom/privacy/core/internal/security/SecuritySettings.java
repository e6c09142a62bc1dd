package lv.balticom.privacy.core.internal.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Sign-in settings ({@code privacy.security.*}, docs/operations.md): how many wrong passwords in a row
 * lock an account and for how long, and when an idle or old console session ends.
 */
@Singleton
public final class SecuritySettings {

    private final int lockoutAttempts;
    private final Duration lockoutDuration;
    private final Duration sessionIdleTimeout;
    private final Duration sessionMaximumAge;

    SecuritySettings(@Value("${privacy.security.lockout.attempts:5}") int lockoutAttempts,
                     @Value("${privacy.security.lockout.duration:15m}") Duration lockoutDuration,
                     @Value("${privacy.security.session.idle-timeout:30m}") Duration sessionIdleTimeout,
                     @Value("${privacy.security.session.maximum-age:12h}") Duration sessionMaximumAge) {
        if (lockoutAttempts < 1) {
            throw new IllegalArgumentException("privacy.security.lockout.attempts must be 1 or more");
        }
        this.lockoutAttempts = lockoutAttempts;
        this.lockoutDuration = lockoutDuration;
        this.sessionIdleTimeout = sessionIdleTimeout;
        this.sessionMaximumAge = sessionMaximumAge;
    }

    public int lockoutAttempts() {
        return lockoutAttempts;
    }

    public Duration lockoutDuration() {
        return lockoutDuration;
    }

    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    public Duration sessionMaximumAge() {
        return sessionMaximumAge;
    }
}
