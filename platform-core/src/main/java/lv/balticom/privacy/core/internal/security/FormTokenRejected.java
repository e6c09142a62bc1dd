package lv.balticom.privacy.core.internal.security;

/** A console form came without its token, or with another's: nothing is done. */
public final class FormTokenRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FormTokenRejected() {
        super("the form's token is missing or wrong", null, false, false);
    }
}
