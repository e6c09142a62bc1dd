package lv.balticom.privacy.retention.api;

import static java.util.Objects.requireNonNull;

import lv.balticom.privacy.core.api.Localized;

/**
 * The event a retention period counts from (POL-20..23). Systems that report records under retention
 * send the time of each trigger that applies, keyed by these names, so the names never change.
 */
public enum RetentionTrigger {
    /** POL-20.1: data is kept while the contract is in force, and counted from its end. */
    CONTRACT_END(new Localized("Līguma darbības beigas", "End of the contract")),
    /** POL-23: prepaid clients' data is counted from the end of service use. */
    SERVICE_END(new Localized("Pakalpojuma lietošanas beigas", "End of service use")),
    /** POL-22: call recordings and correspondence are counted from the day of recording or writing. */
    RECORDED_AT(new Localized("Sarunas ierakstīšanas vai sarakstes datums",
            "Date of the call recording or of the correspondence")),
    /** POL-20.3, POL-21: invoices and audit entries are counted from the day they were made. */
    CREATED_AT(new Localized("Ieraksta izveides datums", "Date the record was created")),
    /** POL-20.4: data kept on consent alone, such as marketing leads, is counted from the withdrawal. */
    CONSENT_WITHDRAWN(new Localized("Piekrišanas atsaukšana", "Withdrawal of consent"));

    private final Localized description;

    RetentionTrigger(Localized description) {
        this.description = requireNonNull(description, "description is null");
    }

    /** What a rule's reader sees in the console and in deletion evidence. */
    public Localized description() {
        return description;
    }
}
