package lv.balticom.privacy.dsar.api;

/** How the requester chose to receive the answer (POL-30). */
public enum DeliveryMethod {
    /** A registered letter to the requester's postal address. */
    REGISTERED_LETTER,
    /** In the self-service portal. */
    PORTAL,
    /** Handed over in person. */
    IN_PERSON
}
