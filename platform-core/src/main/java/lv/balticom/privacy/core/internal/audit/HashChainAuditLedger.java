package lv.balticom.privacy.core.internal.audit;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;

/** The ledger: locks the chain head, writes the entry with the head's hash, moves the head. */
@Singleton
class HashChainAuditLedger implements AuditLedger {

    private final AuditEntries entries;
    private final ChainHeads heads;
    private final Clock clock;

    HashChainAuditLedger(AuditEntries entries, ChainHeads heads, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(AuditRecord record) {
        ChainHead head = heads.lock();
        long seq = head.lastSeq() + 1;
        long occurredAtUs = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
        String subjectId = record.subjectId().map(Object::toString).orElse(null);
        String details = AuditDetails.encode(record.details());
        String actor = record.actor().auditName();
        String hash = AuditHash.of(seq, occurredAtUs, actor, record.action(), subjectId, record.targetType(),
                record.targetId(), details, head.lastHash());
        entries.save(new AuditEntryRow(seq, occurredAtUs, actor, record.action(), subjectId, record.targetType(),
                record.targetId(), details, head.lastHash(), hash));
        heads.advance(seq, hash);
        return seq;
    }
}
