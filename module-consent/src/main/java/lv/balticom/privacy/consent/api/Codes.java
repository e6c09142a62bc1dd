package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.ProblemException;

/**
 * Reads the codes of this module's enumerations as callers send them (JSON fields, query parameters,
 * console forms), so that an unknown value is a 400 naming the field and listing what is allowed.
 */
public final class Codes {

    private Codes() {
    }

    /**
     * The constant with this name, or null for null or blank.
     *
     * @throws ProblemException 400 naming the field when no constant has the name
     */
    public static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field) {
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
}
