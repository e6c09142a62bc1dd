package lv.balticom.privacy.spi.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in the platform that a plugin may act on. Events carry ids and codes, never
 * personal data; a plugin that needs more asks through its context.
 */
public sealed interface PrivacyEvent permits PrivacyEvent.ConsentChanged, PrivacyEvent.SubjectErased, PrivacyEvent.RequestCompleted {

    /** When it happened. */
    Instant at();

    /**
     * A consent was given or withdrawn.
     *
     * @param subjectId whose
     * @param purpose the catalogue code of the purpose
     * @param given {@code true} when given, {@code false} when withdrawn
     * @param channel where ({@code WEB}, {@code CALL_CENTRE}, {@code SHOP}, ...)
     * @param at when
     */
    record ConsentChanged(UUID subjectId, String purpose, boolean given, String channel, Instant at) implements PrivacyEvent {
        public ConsentChanged {
            Objects.requireNonNull(subjectId, "subjectId is null");
            Objects.requireNonNull(purpose, "purpose is null");
            Objects.requireNonNull(channel, "channel is null");
            Objects.requireNonNull(at, "at is null");
        }
    }

    /**
     * A data subject's data was erased (an erasure request, or retention).
     *
     * @param subjectId whose
     * @param at when
     */
    record SubjectErased(UUID subjectId, Instant at) implements PrivacyEvent {
        public SubjectErased {
            Objects.requireNonNull(subjectId, "subjectId is null");
            Objects.requireNonNull(at, "at is null");
        }
    }

    /**
     * A data subject's request was completed.
     *
     * @param requestId the request
     * @param subjectId whose
     * @param kind {@code ACCESS}, {@code RECTIFICATION}, {@code ERASURE}, {@code COPY}, {@code OBJECTION},
     *        {@code RESTRICTION} or {@code PORTABILITY}
     * @param at when
     */
    record RequestCompleted(String requestId, UUID subjectId, String kind, Instant at) implements PrivacyEvent {
        public RequestCompleted {
            Objects.requireNonNull(requestId, "requestId is null");
            Objects.requireNonNull(subjectId, "subjectId is null");
            Objects.requireNonNull(kind, "kind is null");
            Objects.requireNonNull(at, "at is null");
        }
    }
}
