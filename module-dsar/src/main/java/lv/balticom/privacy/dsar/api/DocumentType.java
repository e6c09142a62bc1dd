package lv.balticom.privacy.dsar.api;

/** The identity documents accepted in person (POL-28.1). */
public enum DocumentType {
    PASSPORT, ID_CARD, RESIDENCE_PERMIT
}
