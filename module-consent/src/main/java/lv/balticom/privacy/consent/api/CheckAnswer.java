package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The permission check's answer.
 *
 * @param permitted whether the processing is permitted
 * @param basis the legal basis that permits it, or null when nothing does
 * @param rule the rule that decided
 * @param clause the policy clause of that rule
 * @param since since when the answer holds, where the ledger knows (a consent given, withdrawn, a purchase)
 */
@Serdeable
public record CheckAnswer(boolean permitted, @Nullable Basis basis, CheckRule rule, String clause, @Nullable Instant since) {

    public static CheckAnswer permitted(Basis basis, CheckRule rule, @Nullable Instant since) {
        return new CheckAnswer(true, basis, rule, rule.clause(), since);
    }

    public static CheckAnswer refused(CheckRule rule, @Nullable Instant since) {
        return new CheckAnswer(false, null, rule, rule.clause(), since);
    }
}
