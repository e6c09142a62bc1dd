package lv.balticom.privacy.dsar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.ProblemException;

/** Reads the typed values that bodies and query parameters carry as text, so that a bad one is a 400 naming its field. */
final class Inputs {

    private Inputs() {
    }

    static <E extends Enum<E>> E code(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
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

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an instant in ISO 8601 with a zone, such as 2026-11-29T08:15:00Z");
        }
    }

    static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a day as YYYY-MM-DD");
        }
    }

    static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
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

    static boolean flag(String value, String field) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(field, "must be true or false");
        };
    }
}
