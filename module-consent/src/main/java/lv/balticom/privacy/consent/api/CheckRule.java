package lv.balticom.privacy.consent.api;

/** Which rule decided a permission check, with the policy clause it comes from. */
public enum CheckRule {
    /** The latest consent event before the time asked about gave consent (POL-35, POL-36). */
    CONSENT_GIVEN("POL-35"),
    /** The latest consent event before the time asked about withdrew it (POL-35, POL-46). */
    CONSENT_WITHDRAWN("POL-35"),
    /** No consent was ever recorded for the purpose (and channel) before the time asked about (POL-33). */
    NO_CONSENT("POL-33"),
    /** Contract messages rest on the contract, not on marketing consent (POL-41). */
    CONTRACT("POL-41"),
    /** Soft opt-in: e-mail about a product category the subject bought in the last two years (POL-43, POL-7.10). */
    SOFT_OPT_IN("POL-43"),
    /** The purpose also rests on a basis other than consent, which a withdrawal does not end (POL-37). */
    OTHER_LEGAL_BASIS("POL-37"),
    /** The subject's processing is restricted: nothing but storage (POL-26, GDPR Art. 18). */
    RESTRICTED("POL-26"),
    /** The platform knows no data subject with this id. */
    UNKNOWN_SUBJECT("POL-4");

    private final String clause;

    CheckRule(String clause) {
        this.clause = clause;
    }

    /** The policy clause the rule applies. */
    public String clause() {
        return clause;
    }
}
