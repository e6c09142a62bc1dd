package lv.balticom.privacy.dsar.internal;

import java.time.Instant;
import java.util.UUID;
import lv.balticom.privacy.dsar.api.DeliveryMethod;
import lv.balticom.privacy.dsar.api.ReceivedVia;
import lv.balticom.privacy.dsar.api.RequestType;

/**
 * A request as taken in, its codes parsed; {@link RequestDesk} checks the rest. Null means not given.
 *
 * @param identifiers customer number, e-mail, phone and personal code, as given
 */
public record NewRequest(RequestType type, UUID subjectId, String name, String email, String phone, String postalAddress,
                         String customerNumber, String identifierEmail, String identifierPhone, String personalCode,
                         ReceivedVia receivedVia, Instant receivedAt, DeliveryMethod deliveryMethod, String details) {
}
