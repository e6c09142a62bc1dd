package lv.balticom.privacy.spi.retention;

import java.time.LocalDate;
import java.util.List;
import lv.balticom.privacy.spi.Text;

/**
 * Records a plugin keeps that the platform's retention rules apply to. The retention module finds the
 * rule of the target's data category, asks which items reached their end before the cut-off date, and
 * deletes them in batches (a sweep), keeping the evidence of deletion. Items under a legal hold are
 * left alone by the module before it calls {@link #delete}. Called from the sweep's thread: one call
 * at a time per target, but implementations must still be thread-safe (a console request may read).
 */
public interface RetentionTarget {

    /** The target's id within the plugin (lower case, dashes). */
    String id();

    /** What the records are, for the sweep's report. */
    Text name();

    /** The catalogue code of the records' data category: its retention rule applies. */
    String dataCategory();

    /**
     * Items whose retention period, counted from their reference date, ends before {@code cutoff}:
     * the items whose reference date is before {@code cutoff} minus the period. Oldest first.
     *
     * @param referenceBefore items with a reference date before this day
     * @param limit at most this many
     */
    List<RetainedItem> referencedBefore(LocalDate referenceBefore, int limit);

    /**
     * Deletes these items.
     *
     * @param itemIds ids from {@link #referencedBefore}
     * @param reason the rule and the sweep, for the target's own records
     * @return how many were deleted (an item already gone is not counted)
     */
    int delete(List<String> itemIds, String reason);
}
