package lv.balticom.privacy.core.api.subject;

import io.micronaut.core.annotation.Nullable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import lv.balticom.privacy.core.api.PersonalCode;

/**
 * A data subject's identifiers, normalised: e-mail in lower case, phone numbers in international form
 * ({@code +37129123456}), personal codes checked.
 *
 * <p>{@link #toString()} names only which identifiers are present: their values are personal data
 * and must not reach a log.
 *
 * @param customerNumber the company's customer number
 * @param email an e-mail address
 * @param phone a phone number
 * @param personalCode a Latvian personal code
 */
public record SubjectIdentifiers(
        @Nullable String customerNumber,
        @Nullable String email,
        @Nullable String phone,
        @Nullable PersonalCode personalCode) {

    /** The identifiers that are present, each as stored (a personal code as {@link PersonalCode#digits()}). */
    public Map<IdentifierKind, String> present() {
        Map<IdentifierKind, String> present = new EnumMap<>(IdentifierKind.class);
        Optional.ofNullable(customerNumber).ifPresent(value -> present.put(IdentifierKind.CUSTOMER_NUMBER, value));
        Optional.ofNullable(email).ifPresent(value -> present.put(IdentifierKind.EMAIL, value));
        Optional.ofNullable(phone).ifPresent(value -> present.put(IdentifierKind.PHONE, value));
        Optional.ofNullable(personalCode).ifPresent(value -> present.put(IdentifierKind.PERSONAL_CODE, value.digits()));
        return present;
    }

    @Override
    public String toString() {
        StringJoiner kinds = new StringJoiner(",", "SubjectIdentifiers[", "]");
        present().keySet().forEach(kind -> kinds.add(kind.field()));
        return kinds.toString();
    }
}
