package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lv.balticom.privacy.core.api.PageView;

/** Reports on the consent ledger, for the privacy office and the console's dashboard. Thread-safe. */
public interface ConsentReports {

    /** POL-46's outer bound: an opt-out takes effect within two days at the latest. */
    Duration POLICY_BOUND = Duration.ofDays(2);

    /** The longest range {@link #counts} answers: about five years. */
    int MAX_DAYS = 1830;

    /** How long one period of {@code counts} is: a UTC day, a week from Monday, a month from the 1st. */
    enum Interval { DAY, WEEK, MONTH }

    /**
     * Withdrawals of commercial notices (opt-outs and single withdrawals) recorded more than
     * {@code longerThan} after they occurred, with {@code recordedAt} in {@code [from, to)}, the longest
     * delay first.
     *
     * @param from null for the beginning
     * @param to null for now
     * @param longerThan null for zero: every withdrawal that did not take effect at once
     */
    PageView<OptOutDelay> optOutDelays(@Nullable Instant from, @Nullable Instant to, @Nullable Duration longerThan,
                                       int page, int size);

    /**
     * Consents given and withdrawn per period, purpose and channel, by the day they occurred (UTC), for days
     * {@code from} to {@code to} inclusive; periods without events are left out.
     */
    List<ConsentCount> counts(LocalDate from, LocalDate to, Interval interval);
}
