package lv.balticom.privacy.dsar.api;

/** What one row of a request's history records. */
public enum HistoryEvent {
    RECEIVED,
    SUBJECT_LINKED,
    IDENTITY_VERIFIED,
    WAITING_FOR_REQUESTER,
    RESUMED,
    EXTENDED,
    /** A letter to the requester (the notice of an extension, GDPR Art. 12(3)), sent by the delivery method. */
    LETTER
}
