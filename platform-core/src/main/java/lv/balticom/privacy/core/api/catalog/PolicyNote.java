package lv.balticom.privacy.core.api.catalog;

import io.micronaut.serde.annotation.Serdeable;
import lv.balticom.privacy.core.api.Localized;

/**
 * A note on the policy text, such as an inconsistency in the source that the pack records rather than guesses.
 *
 * @param clause the clause it concerns
 * @param text the note
 */
@Serdeable
public record PolicyNote(String clause, Localized text) {
}
