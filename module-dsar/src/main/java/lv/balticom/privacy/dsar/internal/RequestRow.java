package lv.balticom.privacy.dsar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lv.balticom.privacy.dsar.api.DeliveryMethod;
import lv.balticom.privacy.dsar.api.DocumentType;
import lv.balticom.privacy.dsar.api.IdentityMethod;
import lv.balticom.privacy.dsar.api.ReceivedVia;
import lv.balticom.privacy.dsar.api.RequestStatus;
import lv.balticom.privacy.dsar.api.RequestType;

/**
 * One row of {@code dsar_request}, as {@link RequestRows} reads and writes it. Mutable on purpose: the desk
 * copies a row, changes the copy and writes it back only if the stored version is still the one it read.
 */
final class RequestRow {
    UUID id;
    RequestType type;
    RequestStatus status;
    UUID subjectId;
    String requesterName;
    String requesterEmail;
    String requesterPhone;
    String requesterPostalAddress;
    String idCustomerNumber;
    String idEmail;
    String idPhone;
    String idPersonalCode;
    ReceivedVia receivedVia;
    Instant receivedAt;
    LocalDate receivedOn;
    DeliveryMethod deliveryMethod;
    String details;
    LocalDate dueOn;
    long pausedDays;
    LocalDate waitingSince;
    Integer extensionMonths;
    IdentityMethod identityMethod;
    DocumentType identityDocumentType;
    String identityDocumentLast4;
    String identitySignatureResult;
    String identityReference;
    String identityVerifiedBy;
    Instant identityVerifiedAt;
    String createdBy;
    Instant createdAt;
    int version;

    RequestRow copy() {
        RequestRow copy = new RequestRow();
        copy.id = id;
        copy.type = type;
        copy.status = status;
        copy.subjectId = subjectId;
        copy.requesterName = requesterName;
        copy.requesterEmail = requesterEmail;
        copy.requesterPhone = requesterPhone;
        copy.requesterPostalAddress = requesterPostalAddress;
        copy.idCustomerNumber = idCustomerNumber;
        copy.idEmail = idEmail;
        copy.idPhone = idPhone;
        copy.idPersonalCode = idPersonalCode;
        copy.receivedVia = receivedVia;
        copy.receivedAt = receivedAt;
        copy.receivedOn = receivedOn;
        copy.deliveryMethod = deliveryMethod;
        copy.details = details;
        copy.dueOn = dueOn;
        copy.pausedDays = pausedDays;
        copy.waitingSince = waitingSince;
        copy.extensionMonths = extensionMonths;
        copy.identityMethod = identityMethod;
        copy.identityDocumentType = identityDocumentType;
        copy.identityDocumentLast4 = identityDocumentLast4;
        copy.identitySignatureResult = identitySignatureResult;
        copy.identityReference = identityReference;
        copy.identityVerifiedBy = identityVerifiedBy;
        copy.identityVerifiedAt = identityVerifiedAt;
        copy.createdBy = createdBy;
        copy.createdAt = createdAt;
        copy.version = version;
        return copy;
    }
}
