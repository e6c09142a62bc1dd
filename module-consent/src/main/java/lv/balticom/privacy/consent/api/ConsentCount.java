package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * How many consents were given and withdrawn in one period, for one purpose and channel: a point of the
 * console's consent chart.
 *
 * @param period the first day of the period (UTC)
 * @param purpose the purpose's catalogue code
 * @param channel the channel, for purposes given per channel
 * @param granted consents given in the period
 * @param withdrawn consents withdrawn in the period
 */
@Serdeable
public record ConsentCount(LocalDate period, String purpose, @Nullable Channel channel, long granted, long withdrawn) {
}
