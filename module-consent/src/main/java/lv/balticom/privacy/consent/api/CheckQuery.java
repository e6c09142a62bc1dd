package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A question to the permission check: may the company process the subject's data for this purpose
 * (on this channel) at this time?
 *
 * @param subject the data subject's id
 * @param purpose a purpose's catalogue code
 * @param channel the channel, required exactly for purposes given per channel
 * @param at the time asked about (POL-36); null for now
 * @param offer the product category a commercial e-mail is about, for soft opt-in (POL-43); null if none
 */
public record CheckQuery(UUID subject, String purpose, @Nullable Channel channel, @Nullable Instant at, @Nullable String offer) {

    public CheckQuery {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(purpose, "purpose is null");
    }
}
