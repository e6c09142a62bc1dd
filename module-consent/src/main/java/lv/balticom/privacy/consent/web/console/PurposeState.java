package lv.balticom.privacy.consent.web.console;

import io.micronaut.core.annotation.Nullable;
import lv.balticom.privacy.consent.api.ConsentState;

/**
 * A purpose not given per channel, and where the subject's consent to it stands.
 *
 * @param code the purpose's catalogue code
 * @param name its name in the viewer's language
 * @param clause the policy clause
 * @param state the consent as it stands, or null when the ledger has no event for it
 */
public record PurposeState(String code, String name, String clause, @Nullable ConsentState state) {
}
