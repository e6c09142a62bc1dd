package lv.balticom.privacy.core.internal.plugins;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lv.balticom.privacy.spi.event.PrivacyEvent;
import lv.balticom.privacy.spi.event.PrivacyEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One plugin listener with a thread of its own: events reach it one at a time, in the order they were
 * offered. A listener that throws is logged (its plugin, its class, the event's kind and the exception's
 * class and place, never the message, which could hold personal data) and gets the next event.
 */
final class ListenerQueue {

    private static final Logger LOG = LoggerFactory.getLogger(PluginEvents.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String pluginId;
    private final PrivacyEventListener listener;
    private final ExecutorService executor;

    ListenerQueue(String pluginId, PrivacyEventListener listener) {
        this.pluginId = pluginId;
        this.listener = listener;
        String name = "plugin-" + pluginId + "-events-" + THREADS.incrementAndGet();
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    String pluginId() {
        return pluginId;
    }

    /** Queues the event for the listener; after shutdown, drops it. */
    void offer(PrivacyEvent event) {
        try {
            executor.execute(() -> deliver(event));
        } catch (RejectedExecutionException e) {
            LOG.debug("Plugin {}: a {} event came after shutdown and was dropped.", pluginId, event.getClass().getSimpleName());
        }
    }

    private void deliver(PrivacyEvent event) {
        try {
            listener.on(event);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            StackTraceElement[] trace = e.getStackTrace();
            LOG.warn("Plugin {}: its listener {} failed on a {} event with {}{}.", pluginId, listener.getClass().getName(),
                    event.getClass().getSimpleName(), e.getClass().getName(), trace.length > 0 ? " at " + trace[0] : "");
        }
    }

    /** Stops taking events; the queued ones still run (see {@link #awaitUntil}). */
    void shutdown() {
        executor.shutdown();
    }

    /** Waits for the queued events until the deadline, then interrupts the listener. */
    void awaitUntil(long deadlineNanos) {
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0 || !executor.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
