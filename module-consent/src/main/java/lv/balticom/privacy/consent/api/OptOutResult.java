package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * What an opt-out recorded: one withdrawal per purpose and channel, all in one transaction.
 *
 * @param optOutId the opt-out's id, also on each event
 * @param subjectId whose
 * @param channel the one channel opted out of, or null for all
 * @param events the withdrawals, by purpose and then channel
 */
@Serdeable
public record OptOutResult(UUID optOutId, UUID subjectId, @Nullable Channel channel, List<ConsentEvent> events) {

    public OptOutResult {
        events = List.copyOf(events);
    }
}
