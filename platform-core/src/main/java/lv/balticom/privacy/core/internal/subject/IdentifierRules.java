package lv.balticom.privacy.core.internal.subject;

import java.util.Locale;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.PersonalCode;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.subject.IdentifierKind;

/**
 * Checks and normalises identifiers so that one person is found however an agent typed them. Error
 * details never repeat the value: it is personal data.
 */
final class IdentifierRules {

    private static final Pattern CUSTOMER_NUMBER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"<>(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");
    private static final Pattern PHONE_NOISE = Pattern.compile("[\\s().-]");
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern LATVIAN_LOCAL = Pattern.compile("^[2-9][0-9]{7}$");

    private IdentifierRules() {
    }

    /**
     * The normalised value.
     *
     * @param field the field to name in an error (for example {@code identifiers.email})
     * @throws ProblemException 400 naming the field when the value is not valid
     */
    static String normalise(IdentifierKind kind, String raw, String field) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw ProblemException.invalid(field, "must not be empty");
        }
        return switch (kind) {
            case CUSTOMER_NUMBER -> {
                if (!CUSTOMER_NUMBER.matcher(value).matches()) {
                    throw ProblemException.invalid(field, "must be 1 to 64 letters, digits, '.', '_', '/' or '-', starting with a letter or digit");
                }
                yield value;
            }
            case EMAIL -> {
                if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
                    throw ProblemException.invalid(field, "must be an e-mail address");
                }
                yield value.toLowerCase(Locale.ROOT);
            }
            case PHONE -> phone(value, field);
            case PERSONAL_CODE -> {
                try {
                    yield PersonalCode.parse(value).digits();
                } catch (PersonalCode.InvalidPersonalCodeException e) {
                    throw ProblemException.invalid(field, "is not a valid Latvian personal code: " + e.getMessage());
                }
            }
        };
    }

    private static String phone(String value, String field) {
        String digits = PHONE_NOISE.matcher(value).replaceAll("");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (LATVIAN_LOCAL.matcher(digits).matches()) {
            digits = "+371" + digits;
        }
        if (!PHONE.matcher(digits).matches()) {
            throw ProblemException.invalid(field, "must be a phone number: 8 digits in Latvia, or + and the country code");
        }
        return digits;
    }
}
