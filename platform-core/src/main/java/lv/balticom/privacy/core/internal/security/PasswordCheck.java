package lv.balticom.privacy.core.internal.security;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * Hashes and checks passwords with Shiro's password service (salted Argon2id), and remembers for a few
 * minutes that a user name and password matched, so that HTTP Basic calls do not pay for a slow hash
 * each time. Only matches are remembered, under an HMAC with a key that never leaves the process; the
 * stored hash is part of the key, so a changed password forgets the old one at once. At most one slow
 * check per processor runs at a time: each takes 64 MiB, and a flood of wrong passwords must queue
 * rather than fill the heap.
 */
@Singleton
final class PasswordCheck {

    /** What a check found. */
    enum Outcome {
        /** The password matches; it was hashed to find out. */
        MATCH,
        /** The password matches; it matched a moment ago. */
        MATCH_REMEMBERED,
        NO_MATCH
    }

    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordService passwords;
    private final SecretKeySpec key;
    private final Map<String, Long> rememberedUntil = new ConcurrentHashMap<>();
    private final Semaphore slowChecks = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
    private final String unusedHash;

    PasswordCheck(PasswordService passwords) {
        this.passwords = passwords;
        byte[] secret = new byte[32];
        SecureRandom random = new SecureRandom();
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        byte[] unused = new byte[24];
        random.nextBytes(unused);
        this.unusedHash = passwords.encryptPassword(HexFormat.of().formatHex(unused));
    }

    String hash(String password) {
        return slowly(() -> passwords.encryptPassword(password));
    }

    Outcome check(String username, String password, String storedHash) {
        String rememberKey = rememberKey(username, password, storedHash);
        long now = System.nanoTime();
        Long until = rememberedUntil.get(rememberKey);
        if (until != null && until - now > 0) {
            return Outcome.MATCH_REMEMBERED;
        }
        boolean matches = slowly(() -> passwords.passwordsMatch(password, storedHash));
        if (!matches) {
            return Outcome.NO_MATCH;
        }
        if (rememberedUntil.size() >= MAX_REMEMBERED) {
            rememberedUntil.clear();
        }
        rememberedUntil.put(rememberKey, now + REMEMBERED_FOR.toNanos());
        return Outcome.MATCH;
    }

    /**
     * Spends the time of a real check on a hash nobody's password matches: a user name that does not
     * exist must take as long to refuse as a wrong password.
     */
    void checkNothing(String password) {
        slowly(() -> passwords.passwordsMatch(password, unusedHash));
    }

    private <T> T slowly(java.util.function.Supplier<T> work) {
        slowChecks.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slowChecks.release();
        }
    }

    private String rememberKey(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
