package lv.balticom.privacy.core.api.subject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds data subjects: what the consent, request and retention modules use to resolve the subjects
 * they are told about. Thread-safe.
 */
public interface SubjectDirectory {

    Optional<DataSubject> find(UUID id);

    /**
     * The subjects with an identifier of this kind and value; the value is normalised first
     * ({@code " Anna@Example.LV "} finds {@code anna@example.lv}).
     *
     * @throws lv.balticom.privacy.core.api.ProblemException when the value is not a valid identifier of that kind
     */
    List<DataSubject> findBy(IdentifierKind kind, String value);
}
