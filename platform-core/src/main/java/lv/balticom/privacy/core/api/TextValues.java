package lv.balticom.privacy.core.api;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the typed values that request bodies, query parameters and console forms carry as text. Each
 * answers null for a missing or blank value (use {@link #required} where one must be given) and a 400
 * {@link ProblemException} naming the field for a value of the wrong form. For every module's endpoints
 * and pages, so that the same input gets the same answer everywhere.
 */
public final class TextValues {

    private TextValues() {
    }

    /** The value, or a 400 naming the field with {@code detail} when it is null. */
    public static <T> T required(@Nullable T value, String field, String detail) {
        if (value == null) {
            throw ProblemException.invalid(field, detail);
        }
        return value;
    }

    /** The enum constant with exactly this name. */
    public static <E extends Enum<E>> @Nullable E code(Class<E> type, @Nullable String value, String field) {
        if (blank(value)) {
            return null;
        }
        String name = value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw ProblemException.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }

    /** An instant in ISO 8601 with a zone, such as {@code 2026-11-29T08:15:00Z}. */
    public static @Nullable Instant instant(@Nullable String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an instant in ISO 8601 with a zone, such as 2026-11-29T08:15:00Z");
        }
    }

    /** A day as {@code YYYY-MM-DD}. */
    public static @Nullable LocalDate day(@Nullable String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a day as YYYY-MM-DD");
        }
    }

    /** An ISO 8601 duration, such as {@code PT1H} or {@code P2D}. */
    public static @Nullable Duration duration(@Nullable String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO 8601 duration, such as PT1H or P2D");
        }
    }

    /** An id in the canonical lower-case form of a UUID. */
    public static @Nullable UUID uuid(@Nullable String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.strip());
            if (!id.toString().equals(value.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be an id (a UUID)");
        }
    }

    /** {@code true} or {@code false}; false when missing. */
    public static boolean flag(@Nullable String value, String field) {
        if (blank(value)) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(field, "must be true or false");
        };
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
