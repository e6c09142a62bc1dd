package lv.balticom.privacy.spi.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The records of one of a plugin's registers, as the host keeps them ({@code PluginContext.records}).
 * Every change is validated as a change over REST would be, and audited with the plugin as the actor.
 * Thread-safe.
 */
public interface RecordStore {

    /** The register. */
    RegisterDefinition register();

    /** Every record, oldest first. */
    List<PluginRecord> all();

    /** The record with this id, if there is one. */
    Optional<PluginRecord> find(String recordId);

    /** The records about this data subject (none when the register has no subject field). */
    List<PluginRecord> aboutSubject(UUID subjectId);

    /**
     * Stores a new record.
     *
     * @param values the values by field id, as text or in their Java types
     * @throws InvalidRecordException when a value does not fit its field or the register's validator refuses it
     */
    PluginRecord create(Map<String, Object> values);

    /**
     * Replaces a record's values.
     *
     * @param version the version the change is based on
     * @throws InvalidRecordException when a value does not fit
     * @throws java.util.NoSuchElementException when there is no such record
     * @throws java.util.ConcurrentModificationException when the record has changed since {@code version}
     */
    PluginRecord update(String recordId, long version, Map<String, Object> values);

    /**
     * Deletes a record, for the reason given (recorded in the audit ledger).
     *
     * @return whether there was such a record
     */
    boolean delete(String recordId, String reason);
}
