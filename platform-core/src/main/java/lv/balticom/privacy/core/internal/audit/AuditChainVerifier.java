package lv.balticom.privacy.core.internal.audit;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Recomputes the whole chain: every entry's hash from its fields, every link to the entry before, no
 * gap in the sequence, and the head agreeing with the last entry (so a deleted tail shows too).
 * Reads in batches, so the ledger's size does not matter to memory.
 */
@Singleton
public class AuditChainVerifier {

    private static final int BATCH = 1000;

    private final AuditEntries entries;
    private final ChainHeads heads;

    AuditChainVerifier(AuditEntries entries, ChainHeads heads) {
        this.entries = entries;
        this.heads = heads;
    }

    /**
     * The result of a verification.
     *
     * @param valid whether every check passed
     * @param entries how many entries were checked
     * @param brokenAt the first entry that fails, or null
     * @param reason why it fails, or null
     */
    public record Result(boolean valid, long entries, Long brokenAt, String reason) {
        static Result valid(long entries) {
            return new Result(true, entries, null, null);
        }

        static Result broken(long entries, long seq, String reason) {
            return new Result(false, entries, seq, reason);
        }
    }

    @ReadOnly
    public Result verify() {
        // Only what was committed when we started: appends may continue meanwhile.
        ChainHead head = heads.peek();
        long expectedSeq = 1;
        String previousHash = AuditHash.GENESIS;
        long checked = 0;
        long after = 0;
        reading:
        while (after < head.lastSeq()) {
            List<AuditEntryRow> batch = entries.findBySeqGreaterThanOrderBySeq(after, Pageable.from(0, BATCH));
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntryRow row : batch) {
                if (row.seq() > head.lastSeq()) {
                    break reading; // appended since we started; the next check covers it
                }
                if (row.seq() != expectedSeq) {
                    return Result.broken(checked, expectedSeq, "entry " + expectedSeq + " is missing");
                }
                if (!row.previousHash().equals(previousHash)) {
                    return Result.broken(checked, row.seq(), "does not link to the entry before it");
                }
                if (!row.hash().equals(row.expectedHash())) {
                    return Result.broken(checked, row.seq(), "its content does not match its hash");
                }
                checked++;
                previousHash = row.hash();
                expectedSeq++;
                after = row.seq();
            }
        }
        if (expectedSeq - 1 != head.lastSeq() || !previousHash.equals(head.lastHash())) {
            return Result.broken(checked, expectedSeq, "entries up to " + head.lastSeq() + " are missing at the end");
        }
        return Result.valid(checked);
    }
}
