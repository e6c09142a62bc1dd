package lv.balticom.privacy.core.api.catalog;

import io.micronaut.serde.annotation.Serdeable;
import lv.balticom.privacy.core.api.Localized;

/**
 * A group of purposes (POL-5.1..5.7).
 *
 * @param code stable code
 * @param clause the policy clause
 * @param name the clause's heading
 */
@Serdeable
public record PurposeGroup(String code, String clause, Localized name) {
}
