package lv.balticom.privacy.consent.api;

import java.util.List;

/**
 * The codes of the catalogue purposes that consents and permission checks are about. Other systems
 * (CRM, billing, marketing tools) hard-code them, so they never change; a test proves that each exists
 * in the catalogue seeded from the policy pack and rests on the legal bases the policy names.
 */
public final class ConsentPurposes {

    /** Analysing how the subject uses the services (POL-33); consent only. */
    public static final String USAGE_ANALYSIS = "USAGE_ANALYSIS";

    /** Individually tailored advertising and offers (POL-33); consent only. */
    public static final String PERSONALISED_OFFERS = "PERSONALISED_OFFERS";

    /** The company's own commercial notices, per channel (POL-42..46); consent or soft opt-in (POL-43). */
    public static final String COMMERCIAL_NOTICES = "COMMERCIAL_NOTICES";

    /** Partners' commercial notices, per channel (POL-44); a purpose apart from the company's own. */
    public static final String PARTNER_COMMERCIAL_NOTICES = "PARTNER_COMMERCIAL_NOTICES";

    /** Automated decisions with legal effect (POL-10..12); explicit consent, contract or law. */
    public static final String AUTOMATED_DECISIONS = "AUTOMATED_DECISIONS";

    /** Contacting a survey respondent about the answer they gave (POL-47). */
    public static final String SURVEY_FOLLOW_UP = "SURVEY_FOLLOW_UP";

    /** Messages about installation, faults, invoices and planned works (POL-41); the contract, no consent. */
    public static final String CONTRACT_MESSAGES = "CONTRACT_MESSAGES";

    /** Every code above, in the order of issue 5. */
    public static final List<String> ALL = List.of(USAGE_ANALYSIS, PERSONALISED_OFFERS, COMMERCIAL_NOTICES,
            PARTNER_COMMERCIAL_NOTICES, AUTOMATED_DECISIONS, SURVEY_FOLLOW_UP, CONTRACT_MESSAGES);

    private ConsentPurposes() {
    }
}
