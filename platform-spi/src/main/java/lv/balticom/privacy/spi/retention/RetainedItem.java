package lv.balticom.privacy.spi.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An item a retention target keeps.
 *
 * @param id the target's id of it
 * @param referenceDate the day its retention period counts from (a contract's end, a document's date)
 * @param subjectId the data subject it is about, if known (for legal holds on a subject)
 */
public record RetainedItem(String id, LocalDate referenceDate, Optional<UUID> subjectId) {

    public RetainedItem {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(referenceDate, "referenceDate is null");
        Objects.requireNonNull(subjectId, "subjectId is null");
    }
}
