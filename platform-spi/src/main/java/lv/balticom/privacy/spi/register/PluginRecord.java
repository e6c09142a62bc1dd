package lv.balticom.privacy.spi.register;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored record of a register.
 *
 * @param id the record's id, given by the host (a UUID as text)
 * @param registerId the register it belongs to
 * @param values its values by field id, in the Java types of {@link FieldType}; a field without a value is absent
 * @param subjectId the data subject it is about, when the register has a subject field and it is set
 * @param createdAt when it was first stored
 * @param updatedAt when it was last changed
 * @param version 1 when created, one more with each change (an update names the version it changes)
 */
public record PluginRecord(String id, String registerId, Map<String, Object> values, Optional<UUID> subjectId, Instant createdAt,
                           Instant updatedAt, long version) {

    public PluginRecord {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(registerId, "registerId is null");
        values = Map.copyOf(values);
        Objects.requireNonNull(subjectId, "subjectId is null");
        Objects.requireNonNull(createdAt, "createdAt is null");
        Objects.requireNonNull(updatedAt, "updatedAt is null");
    }

    /** The value of a field, if it has one. */
    public Optional<Object> value(String fieldId) {
        return Optional.ofNullable(values.get(fieldId));
    }

    /** The text of a field, if it has one. */
    public Optional<String> text(String fieldId) {
        return value(fieldId).map(Object::toString);
    }
}
