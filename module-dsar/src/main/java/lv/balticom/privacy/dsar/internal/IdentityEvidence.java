package lv.balticom.privacy.dsar.internal;

import java.time.Instant;
import lv.balticom.privacy.dsar.api.DocumentType;
import lv.balticom.privacy.dsar.api.IdentityMethod;

/** How identity was verified, as sent, codes parsed. Null means not given. */
public record IdentityEvidence(IdentityMethod method, DocumentType documentType, String documentNumberLast4,
                               String signatureResult, String reference, Instant verifiedAt) {
}
