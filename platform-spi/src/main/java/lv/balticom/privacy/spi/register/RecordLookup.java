package lv.balticom.privacy.spi.register;

import java.util.List;
import java.util.Optional;

/** Reads the records of a plugin's registers. Thread-safe. */
public interface RecordLookup {

    /** The record with this id in the register, if there is one. */
    Optional<PluginRecord> find(String registerId, String recordId);

    /** Every record of the register, oldest first. */
    List<PluginRecord> all(String registerId);
}
