package lv.balticom.privacy.consent.internal;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.CheckAnswer;
import lv.balticom.privacy.consent.api.CheckQuery;
import lv.balticom.privacy.consent.api.ConsentPurposes;
import lv.balticom.privacy.consent.api.PermissionCheck;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process permission check (the {@link PermissionCheck} bean of a running platform on H2), over an
 * index of {@code subjects} subjects with a few events and a purchase each. Not a test: run it with
 * {@code bench/consent-jmh.sh} (docs/benchmarks.md, Consent).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PermissionCheckBenchmark {

    @Param({"100000"})
    int subjects;

    private ApplicationContext context;
    private PermissionCheck check;
    private CheckQuery[] now;
    private CheckQuery[] past;
    private CheckQuery[] softOptIn;

    @Setup(Level.Trial)
    public void start() {
        // Not the "test" environment: no test stand-ins (such as restrictions) on the hot path.
        context = ApplicationContext.builder().environments("benchmark").deduceEnvironment(false)
                .properties(java.util.Map.of(
                        "datasources.default.url", "jdbc:h2:mem:benchmark;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "privacy.admin.password", "benchmark-password-1")).start();
        ConsentIndex index = context.getBean(ConsentIndex.class);
        check = context.getBean(PermissionCheck.class);
        Random random = new Random(42);
        long base = Times.epochMicros(Instant.parse("2025-01-01T00:00:00Z"));
        UUID[] ids = new UUID[subjects];
        long seq = 1;
        for (int i = 0; i < subjects; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            ids[i] = id;
            long time = base + random.nextInt(300) * 86_400_000_000L;
            if (i % 2 == 0) { // the other half have no e-mail consent: their e-mail checks go on to soft opt-in
                index.applyConsent(id, ConsentPurposes.COMMERCIAL_NOTICES, Channel.EMAIL, time, seq++, true);
            }
            index.applyConsent(id, ConsentPurposes.COMMERCIAL_NOTICES, Channel.SMS, time, seq++, true);
            index.applyConsent(id, ConsentPurposes.COMMERCIAL_NOTICES, Channel.SMS, time + 86_400_000_000L, seq++, false);
            index.applyConsent(id, ConsentPurposes.USAGE_ANALYSIS, null, time, seq++, random.nextBoolean());
            index.applyPurchase(id, "INTERNET", time, seq++);
        }
        int queries = 1 << 16;
        now = new CheckQuery[queries];
        past = new CheckQuery[queries];
        softOptIn = new CheckQuery[queries];
        Channel[] channels = {Channel.EMAIL, Channel.SMS, Channel.PHONE_CALL};
        for (int i = 0; i < queries; i++) {
            UUID id = ids[random.nextInt(subjects)];
            now[i] = new CheckQuery(id, ConsentPurposes.COMMERCIAL_NOTICES, channels[random.nextInt(3)], null, null);
            past[i] = new CheckQuery(id, ConsentPurposes.USAGE_ANALYSIS, null,
                    Times.ofEpochMicros(base + random.nextInt(400) * 86_400_000_000L), null);
            softOptIn[i] = new CheckQuery(id, ConsentPurposes.COMMERCIAL_NOTICES, Channel.EMAIL, null, "INTERNET");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** Per thread: which query comes next. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** Commercial notices on a channel, now: consent given, withdrawn or never recorded. */
    @Benchmark
    public CheckAnswer checkNow(Cursor cursor) {
        return check.check(now[cursor.next++ & (now.length - 1)]);
    }

    /** Usage analysis at a time in the past (POL-36). */
    @Benchmark
    public CheckAnswer checkAt(Cursor cursor) {
        return check.check(past[cursor.next++ & (past.length - 1)]);
    }

    /** A commercial e-mail about a category bought: consent (half the subjects) or soft opt-in (the other half, POL-43). */
    @Benchmark
    public CheckAnswer checkSoftOptIn(Cursor cursor) {
        return check.check(softOptIn[cursor.next++ & (softOptIn.length - 1)]);
    }
}
