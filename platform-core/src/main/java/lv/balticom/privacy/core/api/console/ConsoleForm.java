package lv.balticom.privacy.core.api.console;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields of a submitted console form, as Micronaut binds {@code application/x-www-form-urlencoded}
 * to a {@code @Body Map<String, Object>}: a field that repeats (check boxes) arrives as a list.
 */
public class ConsoleForm {

    private final Map<String, Object> fields;

    public ConsoleForm(Map<String, Object> fields) {
        this.fields = fields == null ? Map.of() : fields;
    }

    /** The field's text, trimmed; empty when absent. */
    public String text(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    /** The field's text exactly as sent (passwords are not trimmed); empty when absent. */
    public String raw(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Every value of a field that may repeat (check boxes), in the order sent. */
    public List<String> all(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** Whether a check box was ticked (the field was sent at all). */
    public boolean checked(String name) {
        return !all(name).isEmpty();
    }
}
