package lv.balticom.privacy.core.api.subject;

import java.time.Instant;
import java.util.UUID;

/**
 * A person the company processes data about (POL-4).
 *
 * @param id the platform's id for the subject
 * @param type the code of a subject type in the catalogue (POL-4.1..4.5)
 * @param identifiers how other systems know the subject
 * @param createdAt when the platform first recorded the subject
 * @param updatedAt when the subject last changed
 */
public record DataSubject(UUID id, String type, SubjectIdentifiers identifiers, Instant createdAt, Instant updatedAt) {
}
