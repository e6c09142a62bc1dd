package lv.balticom.privacy.consent.internal;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;

/**
 * Runs work after the current transaction commits (never when it rolls back), in the committing thread,
 * before the transactional call returns; at once when there is no transaction.
 */
@Singleton
final class AfterCommit {

    private final TransactionOperations<Connection> transactions;

    AfterCommit(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    void run(Runnable work) {
        Optional<? extends TransactionStatus<?>> status = transactions.findTransactionStatus();
        if (status.isPresent() && !status.get().isCompleted()) {
            status.get().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
