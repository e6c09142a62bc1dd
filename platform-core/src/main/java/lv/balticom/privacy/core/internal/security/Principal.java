package lv.balticom.privacy.core.internal.security;

import java.util.Set;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;

/** Who is calling: a signed-in person or a system with an API key. */
public sealed interface Principal permits UserPrincipal, ApiKeyPrincipal {

    /** The request attribute that holds the caller on every signed-in request. */
    String REQUEST_ATTRIBUTE = "privacy.principal";

    /** What the caller may do. */
    Set<Permission> permissions();

    /** How the caller is named in the audit ledger. */
    Actor actor();
}
