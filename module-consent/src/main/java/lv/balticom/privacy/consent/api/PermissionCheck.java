package lv.balticom.privacy.consent.api;

import java.util.List;

/**
 * The permission check that every system asks before it processes data or sends a message (POL-33..47).
 * Answers from memory: an index of the consent ledger kept in step with every write of this instance
 * and, within a few seconds, with the writes of other instances.
 *
 * <p>Rules, in order: an unknown subject is refused; a restricted subject is refused everything
 * ({@link ProcessingRestrictions}); consent in force at the time asked about permits (POL-35, POL-36);
 * contract messages rest on the contract (POL-41); another legal basis of the purpose stays after a
 * withdrawal (POL-37); soft opt-in permits the company's e-mail about a product category bought in the
 * last two years unless the subject opted out (POL-43); otherwise refused. Automated decisions are
 * answered on consent only: contract or law is given per decision (POL-10..12).
 *
 * <p>Thread-safe.
 */
public interface PermissionCheck {

    /** The most checks one {@link #checkAll} call takes. */
    int MAX_BATCH = 10_000;

    /**
     * One check.
     *
     * @throws lv.balticom.privacy.core.api.ProblemException 400 naming {@code purpose}, {@code channel} or
     *         {@code offer} when the question is not valid
     */
    CheckAnswer check(CheckQuery query);

    /**
     * Up to {@link #MAX_BATCH} checks, answered in their order.
     *
     * @throws lv.balticom.privacy.core.api.ProblemException 400 naming {@code checks} when there are too many,
     *         or {@code checks[i].<field>} for the first question that is not valid
     */
    List<CheckAnswer> checkAll(List<CheckQuery> queries);
}
