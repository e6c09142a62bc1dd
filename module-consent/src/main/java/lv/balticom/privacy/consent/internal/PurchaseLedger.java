package lv.balticom.privacy.consent.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import lv.balticom.privacy.consent.api.NewPurchase;
import lv.balticom.privacy.consent.api.Purchase;
import lv.balticom.privacy.consent.api.Purchases;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.ProblemException;

/** Records purchases with their audit entry ({@link ConsentWriter}), and puts each into the index after the commit. */
@Singleton
public class PurchaseLedger implements Purchases {

    private final PurchaseRows rows;
    private final ConsentIndex index;
    private final KnownSubjects subjects;
    private final AuditLedger audit;
    private final ConsentWriter writer;
    private final Clock clock;

    PurchaseLedger(PurchaseRows rows, ConsentIndex index, KnownSubjects subjects, AuditLedger audit, ConsentWriter writer,
                   Clock clock) {
        this.rows = rows;
        this.index = index;
        this.subjects = subjects;
        this.audit = audit;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public Purchase record(Actor actor, UUID subjectId, NewPurchase purchase) {
        Objects.requireNonNull(actor, "actor is null");
        Objects.requireNonNull(purchase, "purchase is null");
        Instant now = Times.micros(clock.instant());
        String category = purchase.productCategory() == null ? "" : purchase.productCategory().strip();
        if (!PermissionRules.PRODUCT_CATEGORY.matcher(category).matches()) {
            throw ProblemException.invalid("productCategory", "is required: 1 to 64 letters, digits, '_' or '-'");
        }
        if (purchase.purchasedAt() == null) {
            throw ProblemException.invalid("purchasedAt", "is required");
        }
        if (purchase.purchasedAt().isAfter(now)) {
            throw ProblemException.invalid("purchasedAt", "must not lie in the future");
        }
        subjects.require(subjectId, "id");
        Purchase stored = new Purchase(UUID.randomUUID(), subjectId, category.toUpperCase(Locale.ROOT),
                Times.micros(purchase.purchasedAt()), Boolean.TRUE.equals(purchase.prepaid()), now);
        writer.write(() -> {
            long seq = rows.insert(stored, actor.auditName());
            audit.append(AuditRecord.aboutSubject(actor, "purchase.recorded", subjectId, Map.of(
                    "purchase", stored.id().toString(), "productCategory", stored.productCategory(),
                    "prepaid", Boolean.toString(stored.prepaid()))));
            return seq;
        }, seq -> index.applyPurchase(subjectId, stored.productCategory(), Times.epochMicros(stored.purchasedAt()), seq));
        return stored;
    }

    @Override
    @ReadOnly
    public List<Purchase> of(UUID subjectId) {
        subjects.require(subjectId, "id");
        return rows.ofSubject(subjectId);
    }
}
