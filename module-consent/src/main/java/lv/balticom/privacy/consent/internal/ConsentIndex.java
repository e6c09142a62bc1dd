package lv.balticom.privacy.consent.internal;

import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import lv.balticom.privacy.consent.api.Channel;

/**
 * The consent ledger and the purchases in memory, for the permission check: per subject, per purpose and
 * channel, every event's time and decision, so that "was it permitted at T?" (POL-36) is a binary search.
 *
 * <p>It is this instance's copy. {@link IndexLoader} fills it at start; every write of this instance
 * applies its events after its transaction commits, before the call returns; {@link IndexLoader} also
 * applies, every few seconds, what other instances recorded. Applying is idempotent (events are told apart
 * by their sequence number) and order-free (each lands in its place in time), so the same event may arrive
 * twice and in any order. Thread-safe: readers never lock; a writer swaps a subject's immutable entry.
 */
@Singleton
public final class ConsentIndex {

    private static final int SLOTS_PER_PURPOSE = Channel.values().length + 1;
    private static final Channel[] CHANNELS = Channel.values();

    private final ConcurrentHashMap<UUID, SubjectConsents> subjects = new ConcurrentHashMap<>(1 << 12);
    private final ConcurrentHashMap<String, Integer> purposeIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextPurposeId = new AtomicInteger();

    /** The slot of a purpose and channel (null for purposes without channels). */
    int slot(String purpose, Channel channel) {
        Integer id = purposeIds.get(purpose);
        if (id == null) {
            id = purposeIds.computeIfAbsent(purpose, code -> nextPurposeId.getAndIncrement());
        }
        return id * SLOTS_PER_PURPOSE + (channel == null ? 0 : channel.ordinal() + 1);
    }

    /** Adds a consent event; nothing when it is there already. */
    public void applyConsent(UUID subject, String purpose, Channel channel, long occurredMicros, long seq, boolean granted) {
        int slot = slot(purpose, channel);
        subjects.compute(subject, (id, entry) -> (entry == null ? SubjectConsents.EMPTY : entry)
                .withConsent(slot, occurredMicros, seq, granted));
    }

    /** Adds a purchase; nothing when it is there already. */
    public void applyPurchase(UUID subject, String category, long purchasedMicros, long seq) {
        subjects.compute(subject, (id, entry) -> (entry == null ? SubjectConsents.EMPTY : entry)
                .withPurchase(category, purchasedMicros, seq));
    }

    /** What the index holds of a subject, or null when it holds nothing. */
    SubjectConsents of(UUID subject) {
        return subjects.get(subject);
    }

    /** How many subjects the index holds. */
    public int subjects() {
        return subjects.size();
    }

    /** How many consent events the index holds (counted: for tests and the start-up log). */
    public long events() {
        return subjects.values().stream().mapToLong(SubjectConsents::events).sum();
    }

    /** Forgets everything (before a full reload). */
    void clear() {
        subjects.clear();
    }

    static Channel channel(int slot) {
        int channel = slot % SLOTS_PER_PURPOSE;
        return channel == 0 ? null : CHANNELS[channel - 1];
    }
}
