package lv.balticom.privacy.consent.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.PageView;

/**
 * The consent ledger (POL-33..47): records consents given and withdrawn, and opt-outs, and answers the
 * state and history of a subject's consents. Every write is one transaction with its audit ledger entry;
 * once a write method returns, every permission check of this instance answers by it (POL-35, POL-46).
 *
 * <p>Errors are {@link lv.balticom.privacy.core.api.ProblemException}s naming the field: 400 for bad
 * input, 404 for an unknown subject or event; a failed call changes nothing. Thread-safe.
 */
public interface ConsentLedger {

    /** The most events {@link #history} answers per page. */
    int MAX_PAGE_SIZE = 500;

    /** Records one consent given or withdrawn. */
    ConsentEvent record(Actor actor, UUID subjectId, NewConsent consent);

    /** Withdraws the commercial notices of the company and its partners, on every channel or one (POL-46). */
    OptOutResult optOut(Actor actor, UUID subjectId, OptOut optOut);

    /** The subject's consents as they stand now, one per purpose and channel that has an event, in catalogue order. */
    List<ConsentState> current(UUID subjectId);

    /** Every event of the subject, newest first (by when it occurred, then by when recorded). */
    PageView<ConsentEvent> history(UUID subjectId, int page, int size);

    /** One event. */
    Optional<ConsentEvent> event(UUID eventId);

    /** The ISO/IEC TS 27560-shaped record of one event; 404 naming {@code eventId} when there is none. */
    ConsentReceipt receipt(UUID eventId);
}
