package lv.balticom.privacy.spi.register;

/**
 * The type of a register field: what the host accepts, how it stores the value, and which input the
 * console draws. The Java type is what {@link PluginRecord#values()} holds for a field of this type (a
 * {@link java.util.List} of it for a field that allows several values).
 */
public enum FieldType {
    /** One line of text ({@code String}); {@code maxLength} and {@code pattern} apply. */
    TEXT,
    /** Several lines of text ({@code String}). */
    LONG_TEXT,
    /** A whole number ({@code Long}); {@code min} and {@code max} apply. */
    INTEGER,
    /** A decimal number ({@code java.math.BigDecimal}); {@code min} and {@code max} apply. */
    DECIMAL,
    /** Yes or no ({@code Boolean}). */
    BOOLEAN,
    /** A calendar date ({@code java.time.LocalDate}), ISO 8601 {@code 2026-11-29} in JSON. */
    DATE,
    /** One of the field's {@link Choice choices} ({@code String}, the choice's code). */
    CHOICE,
    /** A country, as its ISO 3166-1 alpha-2 code in upper case ({@code String}: {@code LV}, {@code US}). */
    COUNTRY,
    /** An e-mail address ({@code String}, stored in lower case). */
    EMAIL,
    /** A code of the policy's catalogue of the field's {@code catalogKind} ({@code String}). */
    CATALOG,
    /** The id of a record of another register of the same plugin, the field's {@code referencedRegister} ({@code String}). */
    REFERENCE,
    /** The id of a data subject the platform knows ({@code java.util.UUID}). */
    SUBJECT
}
