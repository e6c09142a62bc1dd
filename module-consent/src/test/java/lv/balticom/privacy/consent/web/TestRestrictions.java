package lv.balticom.privacy.consent.web;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lv.balticom.privacy.consent.api.ProcessingRestrictions;

/** Stands in for the DSAR module's restrictions: the subjects a test restricts, from the time it says. */
@Singleton
@Requires(env = "test")
public class TestRestrictions implements ProcessingRestrictions {

    private static final ConcurrentHashMap<UUID, Instant> RESTRICTED = new ConcurrentHashMap<>();

    static void restrict(String subject, Instant from) {
        RESTRICTED.put(UUID.fromString(subject), from);
    }

    static Set<UUID> restricted() {
        return RESTRICTED.keySet();
    }

    @Override
    public boolean restricted(UUID subjectId, Instant at) {
        Instant from = RESTRICTED.get(subjectId);
        return from != null && !at.isBefore(from);
    }
}
