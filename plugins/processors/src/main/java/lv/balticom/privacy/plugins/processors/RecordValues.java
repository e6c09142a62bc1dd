package lv.balticom.privacy.plugins.processors;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a record's values in the Java types the host gives them ({@code FieldType}), and tolerates their
 * text form too (a date as {@code 2026-11-29}, a single code where a list is expected), so that the
 * plugin does not fail on a value it could still understand.
 */
final class RecordValues {

    private RecordValues() {
    }

    /** The text of a field, if it has a value that is not blank. */
    static Optional<String> text(Map<String, Object> values, String field) {
        Object value = values.get(field);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The date of a field, if it has one. */
    static Optional<LocalDate> date(Map<String, Object> values, String field) {
        Object value = values.get(field);
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        return text(values, field).map(LocalDate::parse);
    }

    /** The values of a field that may hold several, as text; empty when it has none. */
    static List<String> texts(Map<String, Object> values, String field) {
        Object value = values.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(item -> item != null && !item.toString().isBlank()).map(item -> item.toString().strip()).toList();
        }
        return text(values, field).map(List::of).orElse(List.of());
    }
}
