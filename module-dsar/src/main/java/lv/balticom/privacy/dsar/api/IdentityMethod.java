package lv.balticom.privacy.dsar.api;

/** How the requester's identity was verified (POL-28, POL-29); {@link ReceivedVia} says which one a channel needs. */
public enum IdentityMethod {
    /** An identity document was shown: its type and the last 4 characters of its number are kept. */
    DOCUMENT,
    /** A secure electronic signature was validated: the validation result is kept. */
    E_SIGNATURE,
    /** The subject was signed in to the portal: a reference to the sign-in is kept. */
    PORTAL_SIGN_IN
}
