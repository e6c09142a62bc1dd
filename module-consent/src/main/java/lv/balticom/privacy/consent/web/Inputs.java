package lv.balticom.privacy.consent.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import lv.balticom.privacy.core.api.ProblemException;

/** Reads the typed values that bodies carry as text, so that a bad one is a 400 naming its field. */
final class Inputs {

    private Inputs() {
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

    static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required: a data subject's id");
        }
        try {
            UUID id = UUID.fromString(value.strip());
            if (!id.toString().equals(value.strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be an id (a UUID)");
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

    static Duration duration(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO 8601 duration, such as PT1H or P2D");
        }
    }
}
