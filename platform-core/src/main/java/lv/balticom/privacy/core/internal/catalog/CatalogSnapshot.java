package lv.balticom.privacy.core.internal.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** The whole catalogue at one moment, immutable, with indexes for look-ups. */
record CatalogSnapshot(
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
        List<PolicyNote> notes,
        Map<String, SubjectType> subjectTypesByCode,
        Map<String, Purpose> purposesByCode,
        Map<String, DataCategory> dataCategoriesByCode,
        Map<Integer, DataCategory> dataCategoriesByNumber) {

    static CatalogSnapshot of(ControllerProfile controller, List<SubjectType> subjectTypes, List<LegalBasis> legalBases,
                              List<LegitimateInterest> interests, List<Source> sources, List<RecipientCategory> recipients,
                              List<DataCategory> categories, List<PurposeGroup> groups, List<Purpose> purposes,
                              List<PolicyVersion> versions, List<PolicyNote> notes) {
        return new CatalogSnapshot(controller, List.copyOf(subjectTypes), List.copyOf(legalBases), List.copyOf(interests),
                List.copyOf(sources), List.copyOf(recipients), List.copyOf(categories), List.copyOf(groups),
                List.copyOf(purposes),
                versions.stream().sorted(Comparator.comparing(PolicyVersion::effectiveFrom)).toList(),
                List.copyOf(notes),
                index(subjectTypes, SubjectType::code), index(purposes, Purpose::code),
                index(categories, DataCategory::code), index(categories, DataCategory::number));
    }

    Optional<PolicyVersion> policyVersionOn(LocalDate day) {
        PolicyVersion inForce = null;
        for (PolicyVersion version : policyVersions) {
            if (!version.effectiveFrom().isAfter(day)) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce);
    }

    private static <K, T> Map<K, T> index(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
