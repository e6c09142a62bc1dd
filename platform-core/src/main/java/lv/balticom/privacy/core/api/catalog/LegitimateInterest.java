package lv.balticom.privacy.core.api.catalog;

import io.micronaut.serde.annotation.Serdeable;
import lv.balticom.privacy.core.api.Localized;

/**
 * One of the company's legitimate interests (POL-7.1..7.29).
 *
 * @param code stable code
 * @param number n in clause 7.n
 * @param clause the policy clause
 * @param text the clause's text
 */
@Serdeable
public record LegitimateInterest(String code, int number, String clause, Localized text) {
}
