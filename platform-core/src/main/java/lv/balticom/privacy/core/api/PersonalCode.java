package lv.balticom.privacy.core.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A Latvian personal code (personas kods): either the older form {@code DDMMYY-CNNNN}, whose first six
 * digits are the date of birth and whose seventh gives the century (0: 1800s, 1: 1900s, 2: 2000s), or
 * the form issued since 1 July 2017, {@code 32NNNN-NNNNN}, which carries no date. Both end in a check
 * digit over the first ten digits.
 *
 * <p>A personal code is personal data that must never reach a log or the audit ledger: {@link #toString()}
 * is masked, and {@link #digits()} is the only way to the whole value. Parse errors never echo the input.
 */
public final class PersonalCode {

    private static final int[] WEIGHTS = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final String digits;

    private PersonalCode(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a personal code written with or without the dash, surrounding spaces ignored.
     *
     * @throws InvalidPersonalCodeException when it is not a valid personal code (the message says why,
     *         without the value)
     */
    public static PersonalCode parse(String text) {
        Objects.requireNonNull(text, "text is null");
        String compact = text.strip();
        if (compact.length() == 12 && compact.charAt(6) == '-') {
            compact = compact.substring(0, 6) + compact.substring(7);
        }
        if (compact.length() != 11 || !compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidPersonalCodeException("must be 11 digits, written DDMMYY-NNNNN or 32NNNN-NNNNN");
        }
        if (!compact.startsWith("32")) {
            birthDateOf(compact).orElseThrow(() -> new InvalidPersonalCodeException(
                    "the first digits are not a date of birth, and it does not start with 32"));
        }
        if (checkDigit(compact) != compact.charAt(10) - '0') {
            throw new InvalidPersonalCodeException("the check digit does not match");
        }
        return new PersonalCode(compact);
    }

    /** Whether the text is a valid personal code. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidPersonalCodeException e) {
            return false;
        }
    }

    /**
     * The check digit of the first ten digits, or -1 when no digit fits (such numbers are never issued).
     */
    public static int checkDigit(String elevenOrTenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (elevenOrTenDigits.charAt(i) - '0');
        }
        int check = (1101 - sum) % 11;
        return check == 10 ? -1 : check;
    }

    /** The date of birth in an older-form code, empty for the newer form. */
    public Optional<LocalDate> birthDate() {
        return isNewForm() ? Optional.empty() : birthDateOf(digits);
    }

    /** Whether this is the form issued since 1 July 2017 (no date of birth). */
    public boolean isNewForm() {
        return digits.startsWith("32");
    }

    /** The whole code as {@code NNNNNN-NNNNN}: store it, compare it, never log it. */
    public String digits() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** The code with all but its last two digits hidden, for answers and screens: {@code ******-***NN}. */
    public String masked() {
        return "******-***" + digits.substring(9);
    }

    private static Optional<LocalDate> birthDateOf(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int yearInCentury = Integer.parseInt(digits.substring(4, 6));
        int century = digits.charAt(6) - '0';
        if (century > 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(1800 + century * 100 + yearInCentury, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalCode code && code.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Masked: a personal code must not reach a log by accident. */
    @Override
    public String toString() {
        return masked();
    }

    /** The text given is not a valid personal code; the message never contains it. */
    public static final class InvalidPersonalCodeException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidPersonalCodeException(String reason) {
            super(reason);
        }
    }
}
