package lv.balticom.privacy.core.api.subject;

/**
 * The kinds of identifier a data subject can have. Customer numbers and personal codes identify one
 * subject only; e-mail addresses and phone numbers may be shared (a family, a company phone).
 */
public enum IdentifierKind {
    CUSTOMER_NUMBER("customerNumber", true),
    EMAIL("email", false),
    PHONE("phone", false),
    PERSONAL_CODE("personalCode", true);

    private final String field;
    private final boolean unique;

    IdentifierKind(String field, boolean unique) {
        this.field = field;
        this.unique = unique;
    }

    /** The JSON field and query parameter name, for example {@code customerNumber}. */
    public String field() {
        return field;
    }

    /** Whether at most one subject may have a given value. */
    public boolean unique() {
        return unique;
    }
}
