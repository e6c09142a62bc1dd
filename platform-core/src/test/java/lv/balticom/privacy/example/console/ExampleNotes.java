package lv.balticom.privacy.example.console;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ProblemException;

/** Notes about data subjects, in memory: the example module's "data". */
@Singleton
@Requires(property = ExampleConsole.ENABLED, value = "true")
final class ExampleNotes {

    private final Map<UUID, List<ExampleNote>> notes = new ConcurrentHashMap<>();

    List<ExampleNote> of(UUID subjectId) {
        return List.copyOf(notes.getOrDefault(subjectId, List.of()));
    }

    long count() {
        return notes.values().stream().mapToLong(List::size).sum();
    }

    void add(UUID subjectId, String text, Actor author) {
        if (text.isEmpty()) {
            throw ProblemException.invalid("text", "A note needs a text.");
        }
        if (text.length() > 200) {
            throw ProblemException.invalid("text", "A note has at most 200 characters.");
        }
        notes.computeIfAbsent(subjectId, id -> new CopyOnWriteArrayList<>()).add(new ExampleNote(text, author.auditName(), Instant.now()));
    }
}
