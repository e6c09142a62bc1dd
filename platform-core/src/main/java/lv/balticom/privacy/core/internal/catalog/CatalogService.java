package lv.balticom.privacy.core.internal.catalog;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lv.balticom.privacy.core.api.catalog.Catalog;
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
 * The catalogue, read once from its tables and then served from memory. A change to the tables
 * (the policy pack import now, console edits later) calls {@link #refresh()}.
 */
@Singleton
public class CatalogService implements Catalog {

    private final CatalogTables tables;
    private volatile CatalogSnapshot snapshot;

    CatalogService(CatalogTables tables) {
        this.tables = tables;
    }

    /** Reloads the snapshot from the tables. */
    public void refresh() {
        snapshot = CatalogSnapshot.of(tables.read());
    }

    private CatalogSnapshot snapshot() {
        CatalogSnapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = CatalogSnapshot.of(tables.read());
                    snapshot = current;
                }
            }
        }
        return current;
    }

    @Override
    public ControllerProfile controller() {
        return snapshot().contents().controller();
    }

    @Override
    public List<SubjectType> subjectTypes() {
        return snapshot().contents().subjectTypes();
    }

    @Override
    public List<LegalBasis> legalBases() {
        return snapshot().contents().legalBases();
    }

    @Override
    public List<LegitimateInterest> legitimateInterests() {
        return snapshot().contents().legitimateInterests();
    }

    @Override
    public List<Source> sources() {
        return snapshot().contents().sources();
    }

    @Override
    public List<RecipientCategory> recipientCategories() {
        return snapshot().contents().recipientCategories();
    }

    @Override
    public List<DataCategory> dataCategories() {
        return snapshot().contents().dataCategories();
    }

    @Override
    public List<PurposeGroup> purposeGroups() {
        return snapshot().contents().purposeGroups();
    }

    @Override
    public List<Purpose> purposes() {
        return snapshot().contents().purposes();
    }

    @Override
    public List<PolicyVersion> policyVersions() {
        return snapshot().contents().policyVersions();
    }

    @Override
    public List<PolicyNote> notes() {
        return snapshot().contents().notes();
    }

    @Override
    public Optional<SubjectType> subjectType(String code) {
        return Optional.ofNullable(snapshot().subjectTypesByCode().get(code));
    }

    @Override
    public Optional<Purpose> purpose(String code) {
        return Optional.ofNullable(snapshot().purposesByCode().get(code));
    }

    @Override
    public Optional<DataCategory> dataCategory(String codeOrNumber) {
        CatalogSnapshot current = snapshot();
        if (codeOrNumber != null && !codeOrNumber.isEmpty() && codeOrNumber.chars().allMatch(Character::isDigit)
                && codeOrNumber.length() < 4) {
            return Optional.ofNullable(current.dataCategoriesByNumber().get(Integer.parseInt(codeOrNumber)));
        }
        return Optional.ofNullable(current.dataCategoriesByCode().get(codeOrNumber));
    }

    @Override
    public Optional<PolicyVersion> policyVersionOn(LocalDate day) {
        return snapshot().policyVersionOn(day);
    }
}
