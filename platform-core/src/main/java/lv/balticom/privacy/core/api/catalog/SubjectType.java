package lv.balticom.privacy.core.api.catalog;

import io.micronaut.serde.annotation.Serdeable;
import lv.balticom.privacy.core.api.Localized;

/**
 * A type of data subject (POL-4.1..4.5).
 *
 * @param code stable code (for example {@code CLIENT})
 * @param clause the policy clause
 * @param name short name
 * @param description the clause's text
 */
@Serdeable
public record SubjectType(String code, String clause, Localized name, Localized description) {
}
