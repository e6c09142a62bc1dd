package lv.balticom.privacy.core.api;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One thing to write to the audit ledger: who did what to which subject or object.
 *
 * <p>Details must never hold personal data: name the fields that changed, not their values; the
 * subject is referred to by its id only.
 *
 * @param actor who did it
 * @param action what was done, as {@code area.verb} (for example {@code subject.created})
 * @param subjectId the data subject concerned, if any
 * @param targetType the kind of object changed (for example {@code data-subject}, {@code user})
 * @param targetId the object's id
 * @param details further facts without personal data, sorted by key
 */
public record AuditRecord(
        Actor actor,
        String action,
        Optional<UUID> subjectId,
        String targetType,
        String targetId,
        Map<String, String> details) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor is null");
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(subjectId, "subjectId is null");
        Objects.requireNonNull(targetType, "targetType is null");
        Objects.requireNonNull(targetId, "targetId is null");
        details = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(details, "details is null")));
    }

    /** A record about a data subject (the subject is also the target). */
    public static AuditRecord aboutSubject(Actor actor, String action, UUID subjectId, Map<String, String> details) {
        return new AuditRecord(actor, action, Optional.of(subjectId), "data-subject", subjectId.toString(), details);
    }

    /** A record about something that is not a data subject. */
    public static AuditRecord about(Actor actor, String action, String targetType, String targetId, Map<String, String> details) {
        return new AuditRecord(actor, action, Optional.empty(), targetType, targetId, details);
    }
}
