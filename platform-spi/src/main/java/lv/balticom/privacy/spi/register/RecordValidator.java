package lv.balticom.privacy.spi.register;

import java.util.List;
import java.util.Map;

/**
 * A plugin's own checks of a record, across its fields ("a transfer outside the EU/EEA needs a
 * safeguard"). The host calls it after every field passed its own checks, before it stores a new or
 * changed record; any problem refuses the record (400, naming the field) and nothing is stored.
 * Called from request threads, several at a time: implementations must be thread-safe.
 */
@FunctionalInterface
public interface RecordValidator {

    /** Accepts every record. */
    RecordValidator NONE = (values, records) -> List.of();

    /**
     * The problems of a record, none when it may be stored.
     *
     * @param values the record's values, already checked and converted to their Java types
     *        ({@link FieldType}); a field without a value is absent
     * @param records the plugin's registers, to look at records this one refers to
     */
    List<FieldProblem> validate(Map<String, Object> values, RecordLookup records);
}
