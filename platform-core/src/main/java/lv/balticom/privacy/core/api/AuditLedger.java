package lv.balticom.privacy.core.api;

/**
 * The append-only, hash-chained audit ledger (ARCHITECTURE: every change of personal data, consent,
 * request state, rule, user or plugin is one entry).
 *
 * <p>Call {@link #append} inside the transaction of the change it records: the entry is committed
 * with the change or rolled back with it. Appends are serialised on the chain head, so the ledger
 * has one order across threads and instances. Thread-safe.
 */
public interface AuditLedger {

    /**
     * Appends one entry and returns its sequence number.
     *
     * @throws RuntimeException (Micronaut's {@code IllegalTransactionStateException}) when called outside a transaction
     */
    long append(AuditRecord record);
}
