package lv.balticom.privacy.consent.api;

import java.util.List;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;

/**
 * Purchases of product categories, which soft opt-in rests on (POL-43, POL-7.10). A recorded purchase is
 * audited and counts for every check of this instance once the call returns. Thread-safe.
 */
public interface Purchases {

    /** Records a purchase; 400 naming the field, 404 for an unknown subject. */
    Purchase record(Actor actor, UUID subjectId, NewPurchase purchase);

    /** The subject's purchases, newest first; 404 for an unknown subject. */
    List<Purchase> of(UUID subjectId);
}
