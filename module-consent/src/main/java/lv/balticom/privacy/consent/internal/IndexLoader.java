package lv.balticom.privacy.consent.internal;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PostConstruct;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the {@link ConsentIndex} from the database at start, and then, every
 * {@code privacy.consent.index.refresh-interval} (2 s), applies what was recorded in the last
 * {@code privacy.consent.index.refresh-window} (30 s): the writes of other instances on the same
 * database (docs/architecture.md, Consent). The window is re-read whole each time, because rows of
 * concurrent transactions become visible out of sequence order; applying an event twice changes nothing.
 */
@Context
class IndexLoader {

    private static final Logger LOG = LoggerFactory.getLogger(IndexLoader.class);

    private final ConsentIndex index;
    private final ConsentEventRows events;
    private final PurchaseRows purchases;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;
    private final Duration window;
    private volatile Instant lastRefresh;

    IndexLoader(ConsentIndex index, ConsentEventRows events, PurchaseRows purchases, Clock clock,
                TransactionOperations<Connection> transactions, @Value("${privacy.consent.index.refresh-window:30s}") Duration window) {
        this.index = index;
        this.events = events;
        this.purchases = purchases;
        this.clock = clock;
        this.transactions = transactions;
        this.window = window;
    }

    @PostConstruct
    void load() {
        long started = System.nanoTime();
        lastRefresh = clock.instant();
        index.clear();
        applySince(null);
        LOG.info("Consent index loaded: {} subjects, {} events in {} ms", index.subjects(), index.events(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Applies what any instance recorded lately. */
    @Scheduled(fixedDelay = "${privacy.consent.index.refresh-interval:2s}", initialDelay = "${privacy.consent.index.refresh-interval:2s}")
    void refresh() {
        Instant now = clock.instant();
        Instant from = lastRefresh.minus(window);
        applySince(from);
        lastRefresh = now;
    }

    private void applySince(Instant from) {
        transactions.executeRead(status -> {
            applyInTransaction(from);
            return null;
        });
    }

    private void applyInTransaction(Instant from) {
        events.forEachIndexed(from, event -> index.applyConsent(event.subject(), event.purpose(), event.channel(),
                Times.epochMicros(event.occurredAt()), event.seq(), event.granted()));
        purchases.forEachIndexed(from, purchase -> index.applyPurchase(purchase.subjectId(), purchase.productCategory(),
                Times.epochMicros(purchase.purchasedAt()), purchase.seq()));
    }
}
