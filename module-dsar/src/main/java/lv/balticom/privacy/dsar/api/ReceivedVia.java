package lv.balticom.privacy.dsar.api;

/** How a request reached the company (POL-28.1..28.3); each channel has its own proof of identity. */
public enum ReceivedVia {
    /** In writing, in person, with an identity document shown (POL-28.1). */
    IN_PERSON(IdentityMethod.DOCUMENT),
    /** By e-mail signed with a secure electronic signature (POL-28.2). */
    EMAIL_E_SIGNED(IdentityMethod.E_SIGNATURE),
    /** In the self-service portal after the subject signed in (POL-28.3). */
    PORTAL(IdentityMethod.PORTAL_SIGN_IN);

    private final IdentityMethod identityMethod;

    ReceivedVia(IdentityMethod identityMethod) {
        this.identityMethod = identityMethod;
    }

    /** The proof of identity this channel calls for. */
    public IdentityMethod identityMethod() {
        return identityMethod;
    }
}
