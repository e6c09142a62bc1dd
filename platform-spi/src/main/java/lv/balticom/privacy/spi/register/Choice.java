package lv.balticom.privacy.spi.register;

import java.util.Objects;
import lv.balticom.privacy.spi.Text;

/**
 * One of the values a {@link FieldType#CHOICE} field may take.
 *
 * @param code what is stored: upper case letters, digits and underscores ({@code PARTNER})
 * @param label what a person reads
 */
public record Choice(String code, Text label) {

    public Choice {
        Objects.requireNonNull(label, "label is null");
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("a choice's code is upper case letters, digits and underscores: " + code);
        }
    }

    /** A choice. */
    public static Choice of(String code, String lv, String en) {
        return new Choice(code, Text.of(lv, en));
    }
}
