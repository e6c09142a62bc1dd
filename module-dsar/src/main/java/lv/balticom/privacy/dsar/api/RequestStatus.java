package lv.balticom.privacy.dsar.api;

/**
 * Where a request stands in the workflow of POL-29. Whether it was extended is a separate fact
 * ({@code extensionMonths}), since an extended request still moves through these states.
 * {@code IN_PROGRESS} and the three closing states are reached by fulfilment, a later part of issue 6.
 */
public enum RequestStatus {
    /** Taken in; identity not verified yet. */
    RECEIVED,
    /** Identity verified; the request can be fulfilled. */
    IDENTITY_VERIFIED,
    /** The officer waits for information asked of the requester; the clock is paused. */
    WAITING_FOR_REQUESTER,
    /** Being fulfilled. */
    IN_PROGRESS,
    COMPLETED,
    PARTLY_COMPLETED,
    REFUSED;

    /** Whether the request is closed, so its deadline no longer runs. */
    public boolean closed() {
        return this == COMPLETED || this == PARTLY_COMPLETED || this == REFUSED;
    }
}
