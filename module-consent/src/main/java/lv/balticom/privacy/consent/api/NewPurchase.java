package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A purchase to record.
 *
 * @param productCategory 1 to 64 letters, digits, '_' or '-'; stored in upper case
 * @param purchasedAt when; never in the future
 * @param prepaid whether the subject is a registered prepaid client; null for false
 */
public record NewPurchase(@Nullable String productCategory, @Nullable Instant purchasedAt, @Nullable Boolean prepaid) {
}
