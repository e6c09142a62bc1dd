package lv.balticom.privacy.core.api.catalog;

import io.micronaut.serde.annotation.Serdeable;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.LocalizedList;

/**
 * A source of personal data (POL-16.1..16.6).
 *
 * @param code stable code
 * @param clause the policy clause
 * @param name the source
 * @param examples examples named by the policy (may be empty)
 */
@Serdeable
public record Source(String code, String clause, Localized name, LocalizedList examples) {
}
