package lv.balticom.privacy.testkit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.FieldType;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RecordLookup;
import lv.balticom.privacy.spi.register.RecordStore;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * A register's records in memory, for tests. It applies the checks a plugin relies on (required fields,
 * patterns, choices, references that exist) and then the register's own {@code RecordValidator}; it does
 * not convert or check value types (the host does): values are stored as given, so tests give them in
 * their Java types ({@code LocalDate}, {@code List<String>}, {@code UUID}, {@code Boolean}).
 */
public final class InMemoryRecordStore implements RecordStore {

    private final RegisterDefinition register;
    private final RecordLookup lookup;
    private final Clock clock;
    private final Map<String, PluginRecord> records = new LinkedHashMap<>();
    private final List<String> deletionReasons = new ArrayList<>();

    /** A store for {@code register}; references are looked up in {@code lookup}. */
    public InMemoryRecordStore(RegisterDefinition register, RecordLookup lookup, Clock clock) {
        this.register = register;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    public RegisterDefinition register() {
        return register;
    }

    @Override
    public synchronized List<PluginRecord> all() {
        return List.copyOf(records.values());
    }

    @Override
    public synchronized Optional<PluginRecord> find(String recordId) {
        return Optional.ofNullable(records.get(recordId));
    }

    @Override
    public synchronized List<PluginRecord> aboutSubject(UUID subjectId) {
        return records.values().stream().filter(record -> record.subjectId().filter(subjectId::equals).isPresent()).toList();
    }

    @Override
    public synchronized PluginRecord create(Map<String, Object> values) {
        Map<String, Object> clean = checked(values);
        Instant now = clock.instant();
        PluginRecord record = new PluginRecord(UUID.randomUUID().toString(), register.id(), clean, subjectOf(clean), now, now, 1);
        records.put(record.id(), record);
        return record;
    }

    @Override
    public synchronized PluginRecord update(String recordId, long version, Map<String, Object> values) {
        PluginRecord old = records.get(recordId);
        if (old == null) {
            throw new NoSuchElementException(recordId);
        }
        if (old.version() != version) {
            throw new ConcurrentModificationException(recordId + " is at version " + old.version() + ", not " + version);
        }
        Map<String, Object> clean = checked(values);
        PluginRecord record = new PluginRecord(recordId, register.id(), clean, subjectOf(clean), old.createdAt(), clock.instant(), version + 1);
        records.put(recordId, record);
        return record;
    }

    @Override
    public synchronized boolean delete(String recordId, String reason) {
        boolean deleted = records.remove(recordId) != null;
        if (deleted) {
            deletionReasons.add(reason);
        }
        return deleted;
    }

    /** The reasons given for each deletion, in order. */
    /** The reasons given for deletions, in order. */
    public synchronized List<String> deletionReasons() {
        return List.copyOf(deletionReasons);
    }

    private Map<String, Object> checked(Map<String, Object> values) {
        Map<String, Object> clean = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                clean.put(field, value);
            }
        });
        List<FieldProblem> problems = new ArrayList<>();
        for (String field : clean.keySet()) {
            if (register.field(field).isEmpty()) {
                problems.add(FieldProblem.of(field, "Nav tāda lauka.", "No such field."));
            }
        }
        for (FieldDefinition field : register.fields()) {
            Object value = clean.get(field.id());
            if (value == null) {
                if (field.isRequired()) {
                    problems.add(FieldProblem.of(field.id(), "Obligāts lauks.", "Required."));
                }
                continue;
            }
            if (field.pattern().isPresent() && !value.toString().matches(field.pattern().get())) {
                problems.add(FieldProblem.of(field.id(), "Neatbilst formātam.", "Does not match the pattern."));
            }
            if (field.type() == FieldType.CHOICE) {
                List<String> codes = field.choices().stream().map(Choice::code).toList();
                Collection<?> chosen = value instanceof Collection<?> many ? many : List.of(value);
                if (!chosen.stream().allMatch(code -> codes.contains(String.valueOf(code)))) {
                    problems.add(FieldProblem.of(field.id(), "Nav tādas izvēles.", "No such choice."));
                }
            }
            if (field.type() == FieldType.REFERENCE && lookup.find(field.referencedRegister().orElseThrow(), value.toString()).isEmpty()) {
                problems.add(FieldProblem.of(field.id(), "Nav tāda ieraksta.", "No such record."));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(register.validator().validate(Map.copyOf(clean), lookup));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return clean;
    }

    private Optional<UUID> subjectOf(Map<String, Object> values) {
        return register.subjectField().map(values::get).map(value -> value instanceof UUID id ? id : UUID.fromString(value.toString()));
    }
}
