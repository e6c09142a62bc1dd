package lv.balticom.privacy.core.api.catalog;

import io.micronaut.serde.annotation.Serdeable;
import lv.balticom.privacy.core.api.Localized;

/**
 * A category of recipients to whom data may be disclosed (POL-17.1..17.4).
 *
 * @param code stable code
 * @param clause the policy clause
 * @param name short name
 * @param description the clause's text
 */
@Serdeable
public record RecipientCategory(String code, String clause, Localized name, Localized description) {
}
