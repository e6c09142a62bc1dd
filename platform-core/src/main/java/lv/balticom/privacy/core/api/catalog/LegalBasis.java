package lv.balticom.privacy.core.api.catalog;

import io.micronaut.serde.annotation.Serdeable;
import lv.balticom.privacy.core.api.Localized;

/**
 * A legal basis for processing (POL-6.1..6.5, GDPR Art. 6(1)).
 *
 * @param code {@code CONTRACT}, {@code LEGAL_OBLIGATION}, {@code CONSENT}, {@code LEGITIMATE_INTEREST}, {@code VITAL_INTEREST}
 * @param clause the policy clause
 * @param gdprArticle the point of GDPR Art. 6(1), for example {@code 6(1)(b)}
 * @param name short name
 * @param description the clause's text
 */
@Serdeable
public record LegalBasis(String code, String clause, String gdprArticle, Localized name, Localized description) {
}
