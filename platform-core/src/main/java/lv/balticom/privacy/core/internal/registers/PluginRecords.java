package lv.balticom.privacy.core.internal.registers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Paging;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.ProblemType;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.subject.SubjectDirectory;
import lv.balticom.privacy.core.internal.plugins.PluginRecordStores;
import lv.balticom.privacy.core.internal.registers.PluginRecordRows.Row;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RecordLookup;
import lv.balticom.privacy.spi.register.RecordStore;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * The records of plugins' registers: stored in {@code plugin_record}, checked against the register's
 * fields and the plugin's validator ({@link RecordValues}), and audited. The plugin itself writes through
 * a {@link RecordStore} ({@link #open}, actor {@code plugin:<id>}); the API and the console call the same
 * operations with the signed-in person or key as the actor, so that a record is checked and audited the
 * same way whoever writes it.
 *
 * <p>Each change runs in one transaction with its audit entry: {@code plugin-record.created} (details: the
 * ids of the fields that have a value), {@code plugin-record.updated} (the ids of the fields that changed,
 * and the new version) and {@code plugin-record.deleted} (the reason), target type {@code plugin-record},
 * target id {@code <pluginId>/<registerId>/<recordId>}. Values never go into the ledger. A record about a
 * data subject is audited with the subject's id, so that the subject's history shows it.
 *
 * <p>An update names the version it changes: when the record has changed since, it is refused (409) and
 * nothing is written. An update that changes no value writes nothing and records nothing.
 *
 * <p>Thread-safe.
 */
@Singleton
public class PluginRecords implements PluginRecordStores {

    /** The longest page the list answers. */
    public static final int MAX_PAGE_SIZE = 500;
    /** The longest reason for a deletion. */
    public static final int LONGEST_REASON = 200;
    /** The longest title kept in the title column (the whole text stays in the values). */
    static final int LONGEST_TITLE = 200;

    private static final String TARGET_TYPE = "plugin-record";
    private static final int LONGEST_FIELD_LIST = 3000;

    private final PluginRecordRows rows;
    private final JsonMapper json;
    private final AuditLedger ledger;
    private final Clock clock;
    private final RecordValues checks;

    PluginRecords(PluginRecordRows rows, JsonMapper json, AuditLedger ledger, Clock clock, Catalog catalog, SubjectDirectory subjects) {
        this.rows = rows;
        this.json = json;
        this.ledger = ledger;
        this.clock = clock;
        this.checks = new RecordValues((kind, code) -> CatalogEntries.find(catalog, kind, code).isPresent(),
                id -> subjects.find(id).isPresent());
    }

    @Override
    public RecordStore open(String pluginId, List<RegisterDefinition> registers, String registerId) {
        return new Store(PluginRegister.of(pluginId, registers, registerId));
    }

    /**
     * A page of the register's records, newest first.
     *
     * @param text only records whose title contains this text, regardless of case; null or blank for all
     * @param page the page, from 0
     * @param size records per page, 1 to {@link #MAX_PAGE_SIZE}
     * @throws ProblemException 400 naming {@code page} or {@code size} when out of range
     */
    @ReadOnly
    public PageView<PluginRecord> list(PluginRegister register, @Nullable String text, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        String search = text == null || text.isBlank() ? null : text.strip();
        long total = rows.count(register.pluginId(), register.id(), search);
        List<PluginRecord> records = rows.page(register.pluginId(), register.id(), search, size, (long) page * size).stream()
                .map(row -> record(register, row)).toList();
        return new PageView<>(records, page, size, total);
    }

    /** The record with this id in the register, if there is one. */
    @ReadOnly
    public Optional<PluginRecord> find(PluginRegister register, String recordId) {
        return rows.find(register.pluginId(), register.id(), recordId).map(row -> record(register, row));
    }

    /** Every record of the register, oldest first. */
    @ReadOnly
    public List<PluginRecord> all(PluginRegister register) {
        return rows.all(register.pluginId(), register.id()).stream().map(row -> record(register, row)).toList();
    }

    /** The register's records about this data subject, oldest first; none when the register has no subject field. */
    @ReadOnly
    public List<PluginRecord> aboutSubject(PluginRegister register, UUID subjectId) {
        if (register.definition().subjectField().isEmpty()) {
            return List.of();
        }
        return rows.aboutSubject(register.pluginId(), register.id(), subjectId.toString()).stream()
                .map(row -> record(register, row)).toList();
    }

    /**
     * Stores a new record.
     *
     * @param values the values by field id: JSON, text or Java values ({@link RecordValues})
     * @throws InvalidRecordException with every problem, when a value does not fit or the plugin's validator refuses
     */
    @Transactional
    public PluginRecord create(Actor actor, PluginRegister register, Map<String, ?> values) {
        Map<String, Object> checked = checks.check(register.definition(), values, lookup(register));
        Instant now = now();
        String id = UUID.randomUUID().toString();
        Optional<UUID> subject = subjectOf(register, checked);
        rows.insert(new Row(id, register.pluginId(), register.id(), subject.map(UUID::toString).orElse(null),
                title(register, checked), write(register, checked), now, now, 1));
        ledger.append(new AuditRecord(actor, "plugin-record.created", subject, TARGET_TYPE, targetId(register, id),
                Map.of("fields", fieldList(checked.keySet()))));
        return find(register, id).orElseThrow();
    }

    /**
     * Replaces a record's values.
     *
     * @param version the version the change is based on
     * @throws InvalidRecordException with every problem, when a value does not fit or the plugin's validator refuses
     * @throws ProblemException 404 naming {@code recordId} when there is no such record; 409 naming {@code version}
     *         when the record is at another version
     */
    @Transactional
    public PluginRecord update(Actor actor, PluginRegister register, String recordId, long version, Map<String, ?> values) {
        PluginRecord before = find(register, recordId).orElseThrow(PluginRecords::noSuchRecord);
        if (before.version() != version) {
            throw stale(before.version());
        }
        Map<String, Object> checked = checks.check(register.definition(), values, lookup(register));
        List<String> changed = new ArrayList<>();
        for (FieldDefinition field : register.definition().fields()) {
            if (!Objects.equals(before.values().get(field.id()), checked.get(field.id()))) {
                changed.add(field.id());
            }
        }
        if (changed.isEmpty()) {
            return before;
        }
        Instant now = now();
        Optional<UUID> subject = subjectOf(register, checked);
        Row row = new Row(recordId, register.pluginId(), register.id(), subject.map(UUID::toString).orElse(null),
                title(register, checked), write(register, checked), before.createdAt(), now, version + 1);
        if (!rows.update(row, version)) {
            throw stale(version); // changed by someone else since it was read, in this very moment
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("fields", fieldList(changed));
        details.put("version", Long.toString(version + 1));
        if (before.subjectId().isPresent() && !before.subjectId().equals(subject)) {
            details.put("previousSubject", before.subjectId().get().toString());
        }
        ledger.append(new AuditRecord(actor, "plugin-record.updated", subject.or(before::subjectId), TARGET_TYPE,
                targetId(register, recordId), details));
        return find(register, recordId).orElseThrow();
    }

    /**
     * Deletes a record.
     *
     * @param reason why, for the audit ledger: 1 to {@value #LONGEST_REASON} characters, without personal data
     * @return whether there was such a record
     * @throws ProblemException 400 naming {@code reason} when it is blank or too long
     */
    @Transactional
    public boolean delete(Actor actor, PluginRegister register, String recordId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ProblemException.invalid("reason", "is required: say why the record is deleted");
        }
        if (why.codePointCount(0, why.length()) > LONGEST_REASON) {
            throw ProblemException.invalid("reason", "must be at most " + LONGEST_REASON + " characters");
        }
        Optional<PluginRecord> record = find(register, recordId);
        if (record.isEmpty() || !rows.delete(register.pluginId(), register.id(), recordId)) {
            return false;
        }
        ledger.append(new AuditRecord(actor, "plugin-record.deleted", record.get().subjectId(), TARGET_TYPE,
                targetId(register, recordId), Map.of("reason", why)));
        return true;
    }

    /** The plugin's records, for references and the plugin's validator: only the plugin's own registers. */
    public RecordLookup lookup(PluginRegister register) {
        return new RecordLookup() {
            @Override
            public Optional<PluginRecord> find(String registerId, String recordId) {
                return register.sibling(registerId).flatMap(definition -> PluginRecords.this.find(
                        new PluginRegister(register.pluginId(), register.registers(), definition), recordId));
            }

            @Override
            public List<PluginRecord> all(String registerId) {
                return register.sibling(registerId).map(definition -> PluginRecords.this.all(
                        new PluginRegister(register.pluginId(), register.registers(), definition))).orElse(List.of());
            }
        };
    }

    /** {@code <pluginId>/<registerId>/<recordId>}: the audit ledger's target id of a record. */
    public static String targetId(PluginRegister register, String recordId) {
        return register.pluginId() + "/" + register.id() + "/" + recordId;
    }

    private PluginRecord record(PluginRegister register, Row row) {
        JsonNode stored;
        try {
            stored = json.readValue(row.values(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the values of plugin record " + row.id() + " are not JSON", e);
        }
        return new PluginRecord(row.id(), row.registerId(), RecordValues.fromJson(register.definition(), stored),
                Optional.ofNullable(row.subjectId()).map(UUID::fromString), row.createdAt(), row.updatedAt(), row.version());
    }

    private String write(PluginRegister register, Map<String, Object> values) {
        try {
            return json.writeValueAsString(RecordValues.toJson(register.definition(), values));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a record's values as JSON", e);
        }
    }

    private static String title(PluginRegister register, Map<String, Object> values) {
        String title = String.valueOf(values.get(register.definition().titleField()));
        return title.codePointCount(0, title.length()) <= LONGEST_TITLE ? title
                : title.substring(0, title.offsetByCodePoints(0, LONGEST_TITLE));
    }

    /** Field ids for the audit ledger, comma-separated; a very long list is cut (the ledger's details hold 4,000 characters). */
    private static String fieldList(Collection<String> fields) {
        String list = String.join(",", fields);
        return list.length() <= LONGEST_FIELD_LIST ? list : list.substring(0, list.lastIndexOf(',', LONGEST_FIELD_LIST)) + ",...";
    }

    private static Optional<UUID> subjectOf(PluginRegister register, Map<String, Object> values) {
        return register.definition().subjectField().map(values::get).map(UUID.class::cast);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException noSuchRecord() {
        return ProblemException.notFound("recordId", "The register has no record with this id.");
    }

    private static ProblemException stale(long current) {
        return ProblemException.conflict("version", "The record has changed since: it is at version " + current
                + ". Read it again and repeat the change.");
    }

    /** A register's records as its plugin sees them: the same checks, with the plugin as the actor. */
    private final class Store implements RecordStore {

        private final PluginRegister register;
        private final Actor actor;

        Store(PluginRegister register) {
            this.register = register;
            this.actor = Actor.plugin(register.pluginId());
        }

        @Override
        public RegisterDefinition register() {
            return register.definition();
        }

        @Override
        public List<PluginRecord> all() {
            return PluginRecords.this.all(register);
        }

        @Override
        public Optional<PluginRecord> find(String recordId) {
            return PluginRecords.this.find(register, recordId);
        }

        @Override
        public List<PluginRecord> aboutSubject(UUID subjectId) {
            return PluginRecords.this.aboutSubject(register, subjectId);
        }

        @Override
        public PluginRecord create(Map<String, Object> values) {
            return PluginRecords.this.create(actor, register, values);
        }

        @Override
        public PluginRecord update(String recordId, long version, Map<String, Object> values) {
            try {
                return PluginRecords.this.update(actor, register, recordId, version, values);
            } catch (ProblemException problem) {
                if (problem.type() == ProblemType.NOT_FOUND) {
                    throw new NoSuchElementException("the register " + register.id() + " has no record " + recordId);
                }
                if (problem.type() == ProblemType.CONFLICT) {
                    throw new ConcurrentModificationException(problem.getMessage());
                }
                throw problem;
            }
        }

        @Override
        public boolean delete(String recordId, String reason) {
            try {
                return PluginRecords.this.delete(actor, register, recordId, reason);
            } catch (ProblemException problem) {
                throw new IllegalArgumentException(problem.field() + " " + problem.getMessage(), problem);
            }
        }
    }
}
