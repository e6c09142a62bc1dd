package lv.balticom.privacy.core.internal.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.api.catalog.PolicyVersion;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.api.catalog.SubjectType;
import lv.balticom.privacy.core.internal.policypack.CatalogContents;

/** The whole catalogue at one moment, immutable, with indexes for look-ups. */
record CatalogSnapshot(
        CatalogContents contents,
        Map<String, SubjectType> subjectTypesByCode,
        Map<String, Purpose> purposesByCode,
        Map<String, DataCategory> dataCategoriesByCode,
        Map<Integer, DataCategory> dataCategoriesByNumber) {

    static CatalogSnapshot of(CatalogContents contents) {
        return new CatalogSnapshot(contents,
                index(contents.subjectTypes(), SubjectType::code), index(contents.purposes(), Purpose::code),
                index(contents.dataCategories(), DataCategory::code), index(contents.dataCategories(), DataCategory::number));
    }

    /** The version in force on a day: the latest that took effect on or before it. */
    Optional<PolicyVersion> policyVersionOn(LocalDate day) {
        PolicyVersion inForce = null;
        for (PolicyVersion version : contents.policyVersions()) {
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
