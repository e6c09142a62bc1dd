package lv.balticom.privacy.testkit;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers no other test uses: tests share one database on the CI's MariaDB run, so none may
 * assume it is empty or reuse a value another test stored.
 */
public final class TestIdentifiers {

    private TestIdentifiers() {
    }

    /** A customer number such as {@code T-3f2a9c0d1e}. */
    public static String customerNumber() {
        return "T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** An e-mail address at a reserved test domain. */
    public static String email() {
        return "t-" + UUID.randomUUID().toString().substring(0, 13) + "@example.lv";
    }

    /** A Latvian mobile number in international form. */
    public static String phone() {
        return "+3712" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
