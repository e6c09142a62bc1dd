package lv.balticom.privacy.core.api.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The policy as data: what other modules look up instead of hard-coding free text (ARCHITECTURE).
 *
 * <p>Reads come from an in-memory snapshot of the catalogue tables, so look-ups are cheap enough for
 * hot paths such as the consent check. Lists are in the policy's order. Thread-safe.
 */
public interface Catalog {

    ControllerProfile controller();

    List<SubjectType> subjectTypes();

    List<LegalBasis> legalBases();

    List<LegitimateInterest> legitimateInterests();

    List<Source> sources();

    List<RecipientCategory> recipientCategories();

    List<DataCategory> dataCategories();

    List<PurposeGroup> purposeGroups();

    List<Purpose> purposes();

    List<PolicyVersion> policyVersions();

    List<PolicyNote> notes();

    Optional<SubjectType> subjectType(String code);

    Optional<Purpose> purpose(String code);

    /** A data category by its code ({@code CALL_RECORDINGS}) or its number in Appendix 1 ({@code 26}). */
    Optional<DataCategory> dataCategory(String codeOrNumber);

    /** The version in force on a day: the latest that took effect on or before it. */
    Optional<PolicyVersion> policyVersionOn(LocalDate day);
}
