package lv.balticom.privacy.consent.internal;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.subject.SubjectDirectory;

/**
 * Whether a data subject exists, for the check's hot path: a subject the index holds, or one found once in
 * the core's directory, is remembered; an unknown one is asked about again each time (it may be recorded a
 * moment later). Thread-safe.
 */
@Singleton
final class KnownSubjects {

    private final SubjectDirectory directory;
    private final ConsentIndex index;
    private final Set<UUID> known = ConcurrentHashMap.newKeySet();

    KnownSubjects(SubjectDirectory directory, ConsentIndex index) {
        this.directory = directory;
        this.index = index;
    }

    boolean exists(UUID subject) {
        if (index.of(subject) != null || known.contains(subject)) {
            return true;
        }
        if (directory.find(subject).isPresent()) {
            known.add(subject);
            return true;
        }
        return false;
    }

    /** @throws ProblemException 404 naming the field when there is no such subject */
    void require(UUID subject, String field) {
        if (!exists(subject)) {
            throw ProblemException.notFound(field, "No data subject has this id.");
        }
    }
}
