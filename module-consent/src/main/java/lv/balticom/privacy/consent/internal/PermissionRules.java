package lv.balticom.privacy.consent.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import lv.balticom.privacy.consent.api.Basis;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.CheckAnswer;
import lv.balticom.privacy.consent.api.CheckQuery;
import lv.balticom.privacy.consent.api.CheckRule;
import lv.balticom.privacy.consent.api.ConsentPurposes;
import lv.balticom.privacy.consent.api.PermissionCheck;
import lv.balticom.privacy.consent.api.ProcessingRestrictions;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.Purpose;

/**
 * The permission check's rules ({@link PermissionCheck} lists them), answered from the {@link ConsentIndex}
 * without touching the database (except to learn, once, that a subject without any consent exists).
 */
@Singleton
public class PermissionRules implements PermissionCheck {

    /** POL-43, POL-7.10: soft opt-in covers what the subject bought or used in the last two years. */
    static final int SOFT_OPT_IN_YEARS = 2;

    static final Pattern PRODUCT_CATEGORY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$");

    /** The bases other than consent a purpose may stay permitted on after a withdrawal (POL-37), in the order preferred. */
    private static final Basis[] OTHER_BASES = {Basis.CONTRACT, Basis.LEGAL_OBLIGATION, Basis.LEGITIMATE_INTEREST, Basis.VITAL_INTEREST};

    private final ConsentIndex index;
    private final KnownSubjects subjects;
    private final Catalog catalog;
    private final ProcessingRestrictions[] restrictions;
    private final Clock clock;

    PermissionRules(ConsentIndex index, KnownSubjects subjects, Catalog catalog, List<ProcessingRestrictions> restrictions,
                    Clock clock) {
        this.index = index;
        this.subjects = subjects;
        this.catalog = catalog;
        this.restrictions = restrictions.toArray(ProcessingRestrictions[]::new);
        this.clock = clock;
    }

    @Override
    public CheckAnswer check(CheckQuery query) {
        return decide(query, validPurpose(query, ""));
    }

    @Override
    public List<CheckAnswer> checkAll(List<CheckQuery> queries) {
        if (queries.size() > MAX_BATCH) {
            throw ProblemException.invalid("checks", "must hold at most " + MAX_BATCH + " checks");
        }
        Purpose[] purposes = new Purpose[queries.size()];
        for (int i = 0; i < purposes.length; i++) {
            purposes[i] = validPurpose(queries.get(i), "checks[" + i + "].");
        }
        List<CheckAnswer> answers = new ArrayList<>(queries.size());
        for (int i = 0; i < purposes.length; i++) {
            answers.add(decide(queries.get(i), purposes[i]));
        }
        return answers;
    }

    private Purpose validPurpose(CheckQuery query, String prefix) {
        Purpose purpose = catalog.purpose(query.purpose()).orElse(null);
        if (purpose == null) {
            throw ProblemException.invalid(prefix + "purpose", "is not a purpose in the catalogue");
        }
        if (purpose.channels() && query.channel() == null) {
            throw ProblemException.invalid(prefix + "channel", "is required: " + purpose.code() + " is given per channel");
        }
        if (!purpose.channels() && query.channel() != null) {
            throw ProblemException.invalid(prefix + "channel", "must be left out: " + purpose.code() + " is not given per channel");
        }
        if (query.offer() != null) {
            if (!ConsentPurposes.COMMERCIAL_NOTICES.equals(purpose.code())) {
                throw ProblemException.invalid(prefix + "offer", "applies to COMMERCIAL_NOTICES only (soft opt-in, POL-43)");
            }
            if (!isProductCategory(query.offer())) {
                throw ProblemException.invalid(prefix + "offer", "must be a product category: 1 to 64 letters, digits, '_' or '-'");
            }
        }
        return purpose;
    }

    private CheckAnswer decide(CheckQuery query, Purpose purpose) {
        Instant at = query.at() == null ? clock.instant() : query.at();
        SubjectConsents consents = index.of(query.subject());
        if (consents == null && !subjects.exists(query.subject())) {
            return CheckAnswer.refused(CheckRule.UNKNOWN_SUBJECT, null);
        }
        for (ProcessingRestrictions restriction : restrictions) {
            if (restriction.restricted(query.subject(), at)) {
                return CheckAnswer.refused(CheckRule.RESTRICTED, null);
            }
        }
        long atMicros = Times.epochMicros(at);
        Timeline timeline = consents == null ? null : consents.consent(index.slot(purpose.code(), query.channel()));
        int latest = timeline == null ? -1 : timeline.latestAtOrBefore(atMicros);
        if (latest >= 0 && timeline.granted(latest) && purpose.allows("CONSENT")) {
            return CheckAnswer.permitted(Basis.CONSENT, CheckRule.CONSENT_GIVEN, Times.ofEpochMicros(timeline.runStart(latest)));
        }
        String code = purpose.code();
        boolean consentOnly = ConsentPurposes.COMMERCIAL_NOTICES.equals(code) || ConsentPurposes.AUTOMATED_DECISIONS.equals(code);
        if (!consentOnly) {
            for (Basis basis : OTHER_BASES) {
                if (purpose.allows(basis.name())) {
                    boolean contractMessage = ConsentPurposes.CONTRACT_MESSAGES.equals(code);
                    return CheckAnswer.permitted(basis, contractMessage ? CheckRule.CONTRACT : CheckRule.OTHER_LEGAL_BASIS, null);
                }
            }
        }
        boolean withdrawn = latest >= 0 && !timeline.granted(latest);
        if (!withdrawn && query.offer() != null && query.channel() == Channel.EMAIL && purpose.allows(Basis.LEGITIMATE_INTEREST.name())) {
            Instant purchase = recentPurchase(consents, query.offer(), at);
            if (purchase != null) {
                return CheckAnswer.permitted(Basis.LEGITIMATE_INTEREST, CheckRule.SOFT_OPT_IN, purchase);
            }
        }
        return withdrawn ? CheckAnswer.refused(CheckRule.CONSENT_WITHDRAWN, Times.ofEpochMicros(timeline.runStart(latest)))
                : CheckAnswer.refused(CheckRule.NO_CONSENT, null);
    }

    /** {@link #PRODUCT_CATEGORY} without a regular expression: this runs on every check with an offer. */
    static boolean isProductCategory(String text) {
        int length = text.length();
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (i == 0 || c != '_' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    /** The latest purchase of the category within the two years before {@code at}, or null. */
    private static Instant recentPurchase(SubjectConsents consents, String category, Instant at) {
        Timeline purchases = consents == null ? null : consents.purchases(category.toUpperCase(java.util.Locale.ROOT));
        if (purchases == null) {
            return null;
        }
        int latest = purchases.latestAtOrBefore(Times.epochMicros(at));
        if (latest < 0) {
            return null;
        }
        Instant bought = Times.ofEpochMicros(purchases.occurred(latest));
        Instant limit = OffsetDateTime.ofInstant(at, ZoneOffset.UTC).minusYears(SOFT_OPT_IN_YEARS).toInstant();
        return bought.isBefore(limit) ? null : bought;
    }
}
