package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An opt-out from commercial notices (POL-46): withdraws the company's and the partners' commercial
 * notices on every channel, or on one.
 *
 * @param collectedVia how the subject said so
 * @param channel the one channel to opt out of; null for all
 * @param evidence a reference to the evidence, at most 1,000 characters
 * @param recordedBy who took it down, at most 200 characters
 * @param occurredAt when the subject said so; null for now; never in the future
 */
public record OptOut(
        @Nullable CollectionMethod collectedVia,
        @Nullable Channel channel,
        @Nullable String evidence,
        @Nullable String recordedBy,
        @Nullable Instant occurredAt) {
}
