package lv.balticom.privacy.consent.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lv.balticom.privacy.core.api.Localized;

/**
 * A consent record shaped after ISO/IEC TS 27560:2023 (consent record information structure): who the
 * controller is, whose consent, for what purpose on which legal basis, which data, through which channel,
 * under which notice, when, and in what state it is now. Built from one ledger event and the catalogue.
 *
 * @param schema names the structure followed
 * @param recordId the ledger event's id
 * @param controller the controller (POL-1, POL-2)
 * @param subjectId the data subject's id (no other personal data)
 * @param purpose the purpose consented to
 * @param legalBasis the legal basis the event is about (consent)
 * @param dataCategories the categories of personal data the purpose uses
 * @param channel the communication channel the consent covers, if given per channel
 * @param collectedVia how the subject gave or withdrew it
 * @param notice the privacy notice (policy version) shown
 * @param event what the event says and when
 * @param state whether the consent is in force now, and since when
 */
@Serdeable
public record ConsentReceipt(
        String schema,
        UUID recordId,
        Controller controller,
        UUID subjectId,
        PurposeRef purpose,
        LegalBasisRef legalBasis,
        List<DataCategoryRef> dataCategories,
        @Nullable Channel channel,
        CollectionMethod collectedVia,
        Notice notice,
        EventInfo event,
        StateInfo state) {

    /** The value of {@link #schema()}. */
    public static final String SCHEMA = "ISO/IEC TS 27560:2023 consent record";

    public ConsentReceipt {
        dataCategories = List.copyOf(dataCategories);
    }

    /**
     * @param name the company
     * @param registrationNumber its number in the commercial register
     * @param address its legal address
     * @param contact where to write about personal data
     * @param phone the customer service phone
     */
    @Serdeable
    public record Controller(String name, String registrationNumber, Localized address, String contact, @Nullable String phone) {
    }

    /**
     * @param code the catalogue code
     * @param name the purpose
     * @param clause the policy clause
     */
    @Serdeable
    public record PurposeRef(String code, Localized name, String clause) {
    }

    /**
     * @param code {@code CONSENT}
     * @param gdprArticle the point of GDPR Art. 6(1)
     * @param name the basis
     */
    @Serdeable
    public record LegalBasisRef(String code, String gdprArticle, Localized name) {
    }

    /**
     * @param code the catalogue code
     * @param number its number in Appendix 1
     * @param name the category
     */
    @Serdeable
    public record DataCategoryRef(String code, int number, Localized name) {
    }

    /**
     * @param policyVersion the policy version
     * @param effectiveFrom the day it took effect, if the catalogue knows it
     * @param document where it is published, if known
     */
    @Serdeable
    public record Notice(String policyVersion, @Nullable String effectiveFrom, @Nullable String document) {
    }

    /**
     * @param decision given or withdrawn
     * @param occurredAt when the subject gave or withdrew it
     * @param recordedAt when the platform recorded it
     * @param recordedBy who took it down, if said
     * @param evidence the evidence reference, if any
     * @param optOutId the opt-out it is part of, if any
     */
    @Serdeable
    public record EventInfo(Decision decision, Instant occurredAt, Instant recordedAt, @Nullable String recordedBy,
                            @Nullable String evidence, @Nullable UUID optOutId) {
    }

    /**
     * @param current the consent's state now (for its purpose and channel)
     * @param since since when
     * @param latestEventId the event the state comes from
     * @param thisEventIsCurrent whether this receipt's event is the one in force
     */
    @Serdeable
    public record StateInfo(Decision current, Instant since, UUID latestEventId, boolean thisEventIsCurrent) {
    }
}
