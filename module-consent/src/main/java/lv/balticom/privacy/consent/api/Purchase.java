package lv.balticom.privacy.consent.api;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A product category a subject bought or used, for soft opt-in (POL-43, POL-7.10).
 *
 * @param id the purchase's id
 * @param subjectId who bought
 * @param productCategory the product category's code (as the company's systems name it, upper case)
 * @param purchasedAt when
 * @param prepaid whether the subject is a registered prepaid client (POL-7.10)
 * @param recordedAt when the platform recorded it
 */
@Serdeable
public record Purchase(UUID id, UUID subjectId, String productCategory, Instant purchasedAt, boolean prepaid, Instant recordedAt) {
}
