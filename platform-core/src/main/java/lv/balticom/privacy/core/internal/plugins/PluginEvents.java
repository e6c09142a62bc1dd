package lv.balticom.privacy.core.internal.plugins;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.exceptions.TransactionUsageException;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import lv.balticom.privacy.spi.event.PrivacyEvent;

/**
 * Tells the active plugins what happened in the platform. An event published inside a transaction
 * reaches the plugins' listeners only after that transaction commits (never, if it rolls back); one
 * published outside a transaction, at once. Each listener has a thread of its own and hears the events
 * one at a time, in the order they were delivered; a listener that throws is logged and hears the next.
 * Thread-safe.
 */
@Singleton
public class PluginEvents {

    private final Plugins host;
    private final TransactionOperations<Connection> transactions;

    PluginEvents(Plugins host, TransactionOperations<Connection> transactions) {
        this.host = host;
        this.transactions = transactions;
    }

    /**
     * Publishes an event to every active plugin's listeners: after the current transaction commits, or
     * at once when there is none. Returns at once; the listeners run on their own threads.
     */
    public void publish(PrivacyEvent event) {
        Objects.requireNonNull(event, "event is null");
        Optional<? extends TransactionStatus<?>> transaction = transactions.findTransactionStatus();
        if (transaction.isPresent() && !transaction.get().isCompleted()) {
            try {
                transaction.get().registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        deliver(event);
                    }
                });
                return;
            } catch (TransactionUsageException e) {
                // a status that keeps no synchronisations (no real transaction): deliver now
            }
        }
        deliver(event);
    }

    private void deliver(PrivacyEvent event) {
        if (!(host instanceof PluginHost plugins)) {
            return; // a test's stand-in for the host: it runs no listeners
        }
        for (ListenerQueue queue : plugins.listenerQueues()) {
            queue.offer(event);
        }
    }
}
