package lv.balticom.privacy.spi.register;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.Text;

/**
 * One field of a register: its id, label, type and the checks the host applies before it stores a
 * record. Made with the static factories and refined with the {@code with...} methods, each of which
 * returns a new definition:
 *
 * <pre>{@code
 * FieldDefinition.text("registrationNumber", Text.of("Reģistrācijas numurs", "Registration number"))
 *         .required().maxLength(20).pattern("[0-9A-Z-]+")
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param id the field's key in a record: a letter, then letters and digits ({@code registrationNumber})
 * @param label what a person reads beside the input
 * @param help a longer explanation under the input, if any
 * @param type the kind of value
 * @param isRequired whether a record must have a value
 * @param isMultiple whether the field holds a list of values (check boxes, for choices and catalogue codes)
 * @param maxLength the longest text, for text, e-mail and long text (at most 4,000)
 * @param pattern a regular expression the whole text must match, if any
 * @param min the smallest number, if any
 * @param max the largest number, if any
 * @param choices the values of a {@link FieldType#CHOICE} field
 * @param catalogKind the catalogue a {@link FieldType#CATALOG} field refers to
 * @param referencedRegister the register a {@link FieldType#REFERENCE} field refers to
 */
public record FieldDefinition(String id, Text label, Optional<Text> help, FieldType type, boolean isRequired, boolean isMultiple,
                              int maxLength, Optional<String> pattern, Optional<BigDecimal> min, Optional<BigDecimal> max,
                              List<Choice> choices, Optional<CatalogLookup.Kind> catalogKind, Optional<String> referencedRegister) {

    /** The longest text a field can hold. */
    public static final int LONGEST_TEXT = 4000;

    public FieldDefinition {
        if (id == null || !id.matches("[a-z][A-Za-z0-9]{0,39}")) {
            throw new IllegalArgumentException("a field id is a lower-case letter, then letters and digits (at most 40): " + id);
        }
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(help, "help is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(pattern, "pattern is null");
        Objects.requireNonNull(min, "min is null");
        Objects.requireNonNull(max, "max is null");
        choices = List.copyOf(choices);
        Objects.requireNonNull(catalogKind, "catalogKind is null");
        Objects.requireNonNull(referencedRegister, "referencedRegister is null");
        if (maxLength < 1 || maxLength > LONGEST_TEXT) {
            throw new IllegalArgumentException(id + ": maxLength must be 1 to " + LONGEST_TEXT);
        }
        if (type == FieldType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException(id + ": a choice field needs choices");
        }
        if (type == FieldType.CATALOG && catalogKind.isEmpty()) {
            throw new IllegalArgumentException(id + ": a catalogue field needs its kind");
        }
        if (type == FieldType.REFERENCE && referencedRegister.isEmpty()) {
            throw new IllegalArgumentException(id + ": a reference field needs the register it refers to");
        }
        if (isMultiple && type != FieldType.CHOICE && type != FieldType.CATALOG && type != FieldType.COUNTRY) {
            throw new IllegalArgumentException(id + ": only choice, catalogue and country fields can hold several values");
        }
        pattern.ifPresent(java.util.regex.Pattern::compile); // a wrong expression fails here, not at the first record
    }

    private static FieldDefinition of(String id, Text label, FieldType type, int maxLength) {
        return new FieldDefinition(id, label, Optional.empty(), type, false, false, maxLength, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    /** One line of text, at most 200 characters unless {@link #maxLength(int)} says otherwise. */
    public static FieldDefinition text(String id, Text label) {
        return of(id, label, FieldType.TEXT, 200);
    }

    /** Several lines of text, at most 4,000 characters. */
    public static FieldDefinition longText(String id, Text label) {
        return of(id, label, FieldType.LONG_TEXT, LONGEST_TEXT);
    }

    /** A whole number. */
    public static FieldDefinition integer(String id, Text label) {
        return of(id, label, FieldType.INTEGER, 20);
    }

    /** A decimal number. */
    public static FieldDefinition decimal(String id, Text label) {
        return of(id, label, FieldType.DECIMAL, 40);
    }

    /** Yes or no. */
    public static FieldDefinition bool(String id, Text label) {
        return of(id, label, FieldType.BOOLEAN, 5);
    }

    /** A date. */
    public static FieldDefinition date(String id, Text label) {
        return of(id, label, FieldType.DATE, 10);
    }

    /** An e-mail address. */
    public static FieldDefinition email(String id, Text label) {
        return of(id, label, FieldType.EMAIL, 254);
    }

    /** A country (ISO 3166-1 alpha-2). */
    public static FieldDefinition country(String id, Text label) {
        return of(id, label, FieldType.COUNTRY, 2);
    }

    /** One of {@code choices}. */
    public static FieldDefinition choice(String id, Text label, List<Choice> choices) {
        return new FieldDefinition(id, label, Optional.empty(), FieldType.CHOICE, false, false, 64, Optional.empty(), Optional.empty(),
                Optional.empty(), choices, Optional.empty(), Optional.empty());
    }

    /** A code of the catalogue of {@code kind}. */
    public static FieldDefinition catalog(String id, Text label, CatalogLookup.Kind kind) {
        return new FieldDefinition(id, label, Optional.empty(), FieldType.CATALOG, false, false, 64, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.of(kind), Optional.empty());
    }

    /** A record of the plugin's register {@code registerId}. */
    public static FieldDefinition reference(String id, Text label, String registerId) {
        return new FieldDefinition(id, label, Optional.empty(), FieldType.REFERENCE, false, false, 36, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.of(registerId));
    }

    /** A data subject: this record is about a person the platform knows (their requests reach it). */
    public static FieldDefinition subject(String id, Text label) {
        return of(id, label, FieldType.SUBJECT, 36);
    }

    /** The same field, required. */
    public FieldDefinition required() {
        return new FieldDefinition(id, label, help, type, true, isMultiple, maxLength, pattern, min, max, choices, catalogKind,
                referencedRegister);
    }

    /** The same field, holding a list of values (choice, catalogue and country fields only). */
    public FieldDefinition multiple() {
        return new FieldDefinition(id, label, help, type, isRequired, true, maxLength, pattern, min, max, choices, catalogKind,
                referencedRegister);
    }

    /** The same field with a longest text. */
    public FieldDefinition maxLength(int characters) {
        return new FieldDefinition(id, label, help, type, isRequired, isMultiple, characters, pattern, min, max, choices, catalogKind,
                referencedRegister);
    }

    /** The same field, whose whole text must match {@code regex}. */
    public FieldDefinition pattern(String regex) {
        return new FieldDefinition(id, label, help, type, isRequired, isMultiple, maxLength, Optional.of(regex), min, max, choices,
                catalogKind, referencedRegister);
    }

    /** The same field, with the smallest and largest number it accepts. */
    public FieldDefinition range(BigDecimal smallest, BigDecimal largest) {
        return new FieldDefinition(id, label, help, type, isRequired, isMultiple, maxLength, pattern, Optional.ofNullable(smallest),
                Optional.ofNullable(largest), choices, catalogKind, referencedRegister);
    }

    /** The same field with an explanation under its input. */
    public FieldDefinition help(Text explanation) {
        return new FieldDefinition(id, label, Optional.of(explanation), type, isRequired, isMultiple, maxLength, pattern, min, max,
                choices, catalogKind, referencedRegister);
    }
}
