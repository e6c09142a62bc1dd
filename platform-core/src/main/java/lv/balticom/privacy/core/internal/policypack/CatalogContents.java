package lv.balticom.privacy.core.internal.policypack;

import java.util.Comparator;
import java.util.List;
import lv.balticom.privacy.core.api.catalog.ControllerProfile;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.api.catalog.LegalBasis;
import lv.balticom.privacy.core.api.catalog.LegitimateInterest;
import lv.balticom.privacy.core.api.catalog.PolicyNote;
import lv.balticom.privacy.core.api.catalog.PolicyVersion;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.api.catalog.PurposeGroup;
import lv.balticom.privacy.core.api.catalog.RecipientCategory;
import lv.balticom.privacy.core.api.catalog.Source;
import lv.balticom.privacy.core.api.catalog.SubjectType;

/**
 * Everything the catalogue holds: what a policy pack seeds and what the catalogue tables store. Every
 * list in the policy's order; policy versions by the day they take effect.
 */
public record CatalogContents(
        ControllerProfile controller,
        List<SubjectType> subjectTypes,
        List<LegalBasis> legalBases,
        List<LegitimateInterest> legitimateInterests,
        List<Source> sources,
        List<RecipientCategory> recipientCategories,
        List<DataCategory> dataCategories,
        List<PurposeGroup> purposeGroups,
        List<Purpose> purposes,
        List<PolicyVersion> policyVersions,
        List<PolicyNote> notes) {

    public CatalogContents {
        subjectTypes = List.copyOf(subjectTypes);
        legalBases = List.copyOf(legalBases);
        legitimateInterests = List.copyOf(legitimateInterests);
        sources = List.copyOf(sources);
        recipientCategories = List.copyOf(recipientCategories);
        dataCategories = List.copyOf(dataCategories);
        purposeGroups = List.copyOf(purposeGroups);
        purposes = List.copyOf(purposes);
        policyVersions = policyVersions.stream()
                .sorted(Comparator.comparing(PolicyVersion::effectiveFrom)).toList();
        notes = List.copyOf(notes);
    }
}
