package lv.balticom.privacy.consent.internal;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the consent ledger's writes. Every write takes the audit chain head's lock, so writes
 * are one at a time whatever the number of callers; committing each alone spends the lock's time on
 * round trips and the commit. Here one thread commits the writes that arrive together in one transaction
 * (each still with its own rows and its own audit entry), up to {@value #MAX_BATCH} at a time, and each
 * caller returns once the transaction holding its write has committed: as durable as a transaction of
 * its own. When a batch fails, each of its writes is tried again alone, so one bad write fails only
 * its own caller.
 *
 * <p>A caller that already holds a transaction writes in it instead, and its after-commit work runs
 * when that transaction commits. Thread-safe.
 */
@Singleton
final class ConsentWriter {

    static final int MAX_BATCH = 256;
    private static final long TIMEOUT_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(ConsentWriter.class);

    private final TransactionOperations<Connection> transactions;
    private final AfterCommit afterCommit;
    private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    ConsentWriter(TransactionOperations<Connection> transactions, AfterCommit afterCommit) {
        this.transactions = transactions;
        this.afterCommit = afterCommit;
        this.thread = new Thread(this::loop, "consent-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Runs the write in a transaction and, once it has committed, the after-commit work with its result;
     * returns the result then.
     *
     * @throws RuntimeException what the write threw (nothing of it is stored)
     */
    <T> T write(Supplier<T> write, Consumer<T> committed) {
        Optional<? extends TransactionStatus<?>> current = transactions.findTransactionStatus();
        if (current.isPresent() && !current.get().isCompleted()) {
            T result = write.get();
            afterCommit.run(() -> committed.accept(result));
            return result;
        }
        if (!running) {
            throw new IllegalStateException("the consent writer has stopped");
        }
        Pending<T> pending = new Pending<>(write, committed);
        queue.add(pending);
        try {
            return pending.done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the consent write failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the consent write was committed", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the consent write was not committed in time", e);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending<?> left;
        while ((left = queue.poll()) != null) {
            left.done.completeExceptionally(new IllegalStateException("the platform is stopping"));
        }
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Pending<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException | Error e) {
                LOG.error("The consent writer failed on a batch of {}", batch.size(), e);
                batch.forEach(pending -> pending.done.completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending<?>> batch) {
        try {
            transactions.executeWrite(status -> {
                batch.forEach(Pending::run);
                return null;
            });
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).done.completeExceptionally(failed);
                return;
            }
            for (Pending<?> pending : batch) { // one at a time, so that only the bad one fails
                commit(List.of(pending));
                if (!pending.done.isDone()) {
                    pending.committed();
                }
            }
            return;
        }
        batch.forEach(Pending::committed);
    }

    /** A write waiting for its transaction. */
    private static final class Pending<T> {
        private final Supplier<T> write;
        private final Consumer<T> afterCommit;
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private T result;

        Pending(Supplier<T> write, Consumer<T> afterCommit) {
            this.write = write;
            this.afterCommit = afterCommit;
        }

        void run() {
            result = write.get();
        }

        void committed() {
            if (done.isDone()) {
                return;
            }
            try {
                afterCommit.accept(result);
                done.complete(result);
            } catch (RuntimeException e) {
                LOG.error("After-commit work of a consent write failed", e);
                done.complete(result); // the write itself is committed
            }
        }
    }
}
