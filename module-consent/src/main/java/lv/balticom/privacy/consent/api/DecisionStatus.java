package lv.balticom.privacy.consent.api;

/** Where an automated decision stands (POL-10..12). */
public enum DecisionStatus {
    /** Made and not contested. */
    IN_FORCE,
    /** The subject contested it; a person reviews it. */
    CONTESTED,
    /** A person reviewed it and kept it. */
    UPHELD,
    /** A person reviewed it and changed it. */
    CHANGED
}
