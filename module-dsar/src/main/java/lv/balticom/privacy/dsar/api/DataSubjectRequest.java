package lv.balticom.privacy.dsar.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A data subject request as the officer sees it (POL-24..32).
 *
 * @param id the request's id
 * @param type what is asked for (POL-26)
 * @param status where it stands (POL-29)
 * @param subjectId the data subject it concerns, once matched or linked by an officer
 * @param candidates the subjects whose identifiers matched the requester's when not exactly one did
 * @param requester who asked and how to reach them
 * @param receivedVia the channel (POL-28)
 * @param receivedAt when it was received
 * @param deliveryMethod how the answer goes out (POL-30)
 * @param details what the requester wrote
 * @param dueAt the last day to answer (Riga), with pauses and any extension (GDPR Art. 12(3))
 * @param overdue whether that day has passed and the request is still open and not paused
 * @param pausedDays the calendar days the clock stood still, a pause still running counted to today
 * @param waitingSince the Riga day the current pause began, while waiting for the requester
 * @param extensionMonths 1 or 2 once extended
 * @param identity how identity was verified, once it was
 * @param history every state change and letter, oldest first; empty in lists
 */
@Serdeable
public record DataSubjectRequest(
        UUID id,
        RequestType type,
        RequestStatus status,
        @Nullable UUID subjectId,
        List<Candidate> candidates,
        Requester requester,
        ReceivedVia receivedVia,
        Instant receivedAt,
        DeliveryMethod deliveryMethod,
        @Nullable String details,
        LocalDate dueAt,
        boolean overdue,
        long pausedDays,
        @Nullable LocalDate waitingSince,
        @Nullable Integer extensionMonths,
        @Nullable Identity identity,
        List<HistoryEntry> history) {

    /**
     * A subject the requester's identifiers matched.
     *
     * @param subjectId the subject
     * @param matchedBy the identifier kinds that matched, comma separated ({@code email,phone})
     */
    @Serdeable
    public record Candidate(UUID subjectId, String matchedBy) {
    }

    /**
     * The person who asked.
     *
     * @param name their name
     * @param email e-mail address
     * @param phone phone number
     * @param postalAddress postal address (needed for a registered letter)
     * @param identifiers the identifiers they gave, normalised
     */
    @Serdeable
    public record Requester(String name, @Nullable String email, @Nullable String phone, @Nullable String postalAddress,
                            Identifiers identifiers) {
    }

    /** The requester's identifiers, as a data subject's are named. */
    @Serdeable
    public record Identifiers(@Nullable String customerNumber, @Nullable String email, @Nullable String phone,
                              @Nullable String personalCode) {
    }

    /**
     * How identity was verified (POL-28, POL-29).
     *
     * @param method the method the channel calls for
     * @param documentType the document shown, in person
     * @param documentNumberLast4 the last 4 characters of its number; never the whole number
     * @param signatureResult the e-signature validation result
     * @param reference a reference to the evidence (the portal sign-in, the validation report)
     * @param verifiedBy who verified it
     * @param verifiedAt when
     */
    @Serdeable
    public record Identity(IdentityMethod method, @Nullable DocumentType documentType, @Nullable String documentNumberLast4,
                           @Nullable String signatureResult, @Nullable String reference, String verifiedBy, Instant verifiedAt) {
    }

    /**
     * One row of the history.
     *
     * @param event what happened
     * @param status the status after it
     * @param dueAt the deadline after it
     * @param note reasons or notes given
     * @param actor who
     * @param at when
     */
    @Serdeable
    public record HistoryEntry(HistoryEvent event, RequestStatus status, LocalDate dueAt, @Nullable String note, String actor,
                               Instant at) {
    }
}
