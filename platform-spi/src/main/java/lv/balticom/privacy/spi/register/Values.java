package lv.balticom.privacy.spi.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a record's values ({@link PluginRecord#values()}, or what a {@link RecordValidator} is given) in
 * the Java types of {@link FieldType}, tolerating their text form as well (a date as {@code 2026-11-29},
 * a single code where a list is expected), so that a plugin does not fail on a value it could still
 * understand. Stateless and thread-safe.
 */
public final class Values {

    private Values() {
    }

    /** The text of a field, if it has a value that is not blank. */
    public static Optional<String> text(Map<String, Object> values, String field) {
        Object value = values.get(field);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * The date of a field, if it has one.
     *
     * @throws java.time.format.DateTimeParseException when the value is text that is not an ISO date
     */
    public static Optional<LocalDate> date(Map<String, Object> values, String field) {
        Object value = values.get(field);
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        return text(values, field).map(LocalDate::parse);
    }

    /** Whether a yes-or-no field says yes ({@code false} when it has no value). */
    public static boolean isTrue(Map<String, Object> values, String field) {
        Object value = values.get(field);
        return value instanceof Boolean yes ? yes : text(values, field).map(Boolean::parseBoolean).orElse(false);
    }

    /** The values of a field that may hold several, as text; empty when it has none. */
    public static List<String> texts(Map<String, Object> values, String field) {
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
