package lv.balticom.privacy.core.api.catalog;

import io.micronaut.serde.annotation.Serdeable;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.LocalizedList;

/**
 * A category of personal data from Appendix 1 of the policy (APP1).
 *
 * @param code stable code (for example {@code CALL_RECORDINGS})
 * @param number its number in the appendix (1..32)
 * @param clause {@code APP1-n}
 * @param name the category
 * @param examples the appendix's examples
 * @param sensitive whether it is special-category data (category 3)
 */
@Serdeable
public record DataCategory(String code, int number, String clause, Localized name, LocalizedList examples, boolean sensitive) {
}
