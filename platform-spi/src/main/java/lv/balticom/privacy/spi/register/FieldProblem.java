package lv.balticom.privacy.spi.register;

import java.util.Objects;
import lv.balticom.privacy.spi.Text;

/**
 * What is wrong with a field of a record.
 *
 * @param field the field's id
 * @param message why, in both languages ("a transfer outside the EU/EEA needs a safeguard")
 */
public record FieldProblem(String field, Text message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field is null");
        Objects.requireNonNull(message, "message is null");
    }

    /** A problem. */
    public static FieldProblem of(String field, String lv, String en) {
        return new FieldProblem(field, Text.of(lv, en));
    }
}
