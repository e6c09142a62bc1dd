package lv.balticom.privacy.core.internal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of the ledger exactly as stored and hashed. */
@MappedEntity(value = "audit_entry", escape = false)
public record AuditEntryRow(
        @Id long seq,
        long occurredAtUs,
        String actor,
        String action,
        @Nullable String subjectId,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String details,
        String previousHash,
        String hash) {

    /** The hash this row should carry, recomputed from its fields. */
    public String expectedHash() {
        return AuditHash.of(seq, occurredAtUs, actor, action, subjectId, targetType, targetId, details, previousHash);
    }
}
