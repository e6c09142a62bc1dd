package lv.balticom.privacy.retention.api;

/** What a sweep does with a record whose retention period has run out (POL-20). */
public enum RetentionAction {
    /** The record goes; only the evidence of its deletion stays, without its content. */
    DELETE,
    /**
     * The record stays with everything that identifies the subject removed, for data still useful in
     * aggregate (statistics, network planning) once no ground to keep it about a person remains.
     */
    ANONYMISE
}
