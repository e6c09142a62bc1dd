package lv.balticom.privacy.core.web.console;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The fields of a submitted console form, as Micronaut binds {@code application/x-www-form-urlencoded}. */
final class Form {

    private final Map<String, Object> fields;

    Form(Map<String, Object> fields) {
        this.fields = fields == null ? Map.of() : fields;
    }

    /** The field's text, trimmed; empty when absent. */
    String text(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    /** The field's text exactly as sent (passwords are not trimmed). */
    String raw(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Every value of a field that may repeat (check boxes). */
    List<String> all(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    boolean checked(String name) {
        return !all(name).isEmpty();
    }
}
