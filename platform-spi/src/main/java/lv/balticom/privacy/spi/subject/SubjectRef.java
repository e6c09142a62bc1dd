package lv.balticom.privacy.spi.subject;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The data subject a request is about, as the platform knows them: their id, and the identifiers it
 * holds for them, so that a system that never saw the platform's id can still find them.
 *
 * @param id the platform's id of the subject
 * @param identifiers by kind: {@code customerNumber}, {@code personalCode}, {@code email} (lower case),
 *        {@code phone} (E.164, {@code +371...}); only the kinds the platform holds
 */
public record SubjectRef(UUID id, Map<String, String> identifiers) {

    public SubjectRef {
        Objects.requireNonNull(id, "id is null");
        identifiers = Map.copyOf(identifiers);
    }

    /** The identifier of this kind, if the platform holds one. */
    public Optional<String> identifier(String kind) {
        return Optional.ofNullable(identifiers.get(kind));
    }
}
