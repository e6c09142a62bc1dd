package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An automated decision to log.
 *
 * @param kind 1 to 64 letters, digits, '_' or '-'
 * @param outcome 1 to 64 letters, digits, '_' or '-'
 * @param inputsSummary 1 to 2,000 characters
 * @param basis {@code CONSENT}, {@code CONTRACT} or {@code LEGAL_OBLIGATION}
 * @param decidedAt when; null for now; never in the future
 */
public record NewDecision(@Nullable String kind, @Nullable String outcome, @Nullable String inputsSummary,
                          @Nullable Basis basis, @Nullable Instant decidedAt) {
}
