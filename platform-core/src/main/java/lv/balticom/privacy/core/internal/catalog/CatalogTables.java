package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.LocalizedList;
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
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.ControllerProfiles;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.DataCategories;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.LegalBases;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.LegitimateInterests;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.PolicyNotes;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.PolicyVersions;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.PurposeGroups;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.Purposes;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.RecipientCategories;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.Sources;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.SubjectTypes;
import lv.balticom.privacy.core.internal.policypack.CatalogContents;

/**
 * Reads the catalogue tables and writes a policy pack's contents into them: the
 * one place that maps rows to the catalogue's records and back.
 */
@Singleton
class CatalogTables {

    private static final String LINE = "\n";

    private final ControllerProfiles controllerProfiles;
    private final SubjectTypes subjectTypes;
    private final LegalBases legalBases;
    private final LegitimateInterests interests;
    private final Sources sources;
    private final RecipientCategories recipients;
    private final DataCategories categories;
    private final PurposeGroups groups;
    private final Purposes purposes;
    private final PolicyVersions versions;
    private final PolicyNotes notes;
    private final PurposeLinks links;

    CatalogTables(ControllerProfiles controllerProfiles, SubjectTypes subjectTypes, LegalBases legalBases,
                  LegitimateInterests interests, Sources sources, RecipientCategories recipients,
                  DataCategories categories, PurposeGroups groups, Purposes purposes, PolicyVersions versions,
                  PolicyNotes notes, PurposeLinks links) {
        this.controllerProfiles = controllerProfiles;
        this.subjectTypes = subjectTypes;
        this.legalBases = legalBases;
        this.interests = interests;
        this.sources = sources;
        this.recipients = recipients;
        this.categories = categories;
        this.groups = groups;
        this.purposes = purposes;
        this.versions = versions;
        this.notes = notes;
        this.links = links;
    }

    /** Whether the catalogue has been seeded (the controller profile is its first row). */
    boolean isSeeded() {
        return controllerProfiles.existsById(1);
    }

    @ReadOnly
    CatalogContents read() {
        ControllerProfile controller = controllerProfiles.findById(1)
                .map(CatalogTables::controller)
                .orElseThrow(() -> new IllegalStateException("the catalogue has not been seeded from a policy pack"));
        List<LegalBasis> basisList = legalBases.listOrderBySortOrder().stream().map(row -> new LegalBasis(row.code(),
                row.clause(), row.gdprArticle(), new Localized(row.nameLv(), row.nameEn()),
                new Localized(row.descriptionLv(), row.descriptionEn()))).toList();
        List<LegitimateInterest> interestList = interests.listOrderByNumber().stream().map(row -> new LegitimateInterest(
                row.code(), row.number(), row.clause(), new Localized(row.textLv(), row.textEn()))).toList();
        List<DataCategory> categoryList = categories.listOrderByNumber().stream().map(row -> new DataCategory(row.code(),
                row.number(), row.clause(), new Localized(row.nameLv(), row.nameEn()), lines(row.examplesLv(), row.examplesEn()),
                row.specialCategory())).toList();
        // A purpose's links are listed in the catalogue's own order, not the link table's.
        Map<String, List<String>> bases = ordered(links.all(PurposeLinks.Kind.LEGAL_BASIS), basisList.stream().map(LegalBasis::code).toList());
        Map<String, List<String>> purposeInterests = ordered(links.all(PurposeLinks.Kind.LEGITIMATE_INTEREST),
                interestList.stream().map(LegitimateInterest::code).toList());
        Map<String, List<String>> purposeCategories = ordered(links.all(PurposeLinks.Kind.DATA_CATEGORY),
                categoryList.stream().map(DataCategory::code).toList());
        return new CatalogContents(
                controller,
                subjectTypes.listOrderBySortOrder().stream().map(row -> new SubjectType(row.code(), row.clause(),
                        new Localized(row.nameLv(), row.nameEn()), new Localized(row.descriptionLv(), row.descriptionEn()))).toList(),
                basisList,
                interestList,
                sources.listOrderBySortOrder().stream().map(row -> new Source(row.code(), row.clause(),
                        new Localized(row.nameLv(), row.nameEn()), lines(row.examplesLv(), row.examplesEn()))).toList(),
                recipients.listOrderBySortOrder().stream().map(row -> new RecipientCategory(row.code(), row.clause(),
                        new Localized(row.nameLv(), row.nameEn()), new Localized(row.descriptionLv(), row.descriptionEn()))).toList(),
                categoryList,
                groups.listOrderBySortOrder().stream().map(row -> new PurposeGroup(row.code(), row.clause(),
                        new Localized(row.nameLv(), row.nameEn()))).toList(),
                purposes.listOrderBySortOrder().stream().map(row -> new Purpose(row.code(), row.groupCode(), row.clause(),
                        new Localized(row.nameLv(), row.nameEn()),
                        bases.getOrDefault(row.code(), List.of()),
                        purposeInterests.getOrDefault(row.code(), List.of()),
                        purposeCategories.getOrDefault(row.code(), List.of()),
                        row.channels())).toList(),
                versions.listOrderByEffectiveFrom().stream().map(row -> new PolicyVersion(row.version(), row.effectiveFrom(),
                        row.documentUrl())).toList(),
                notes.listOrderById().stream().map(row -> new PolicyNote(row.clause(),
                        new Localized(row.textLv(), row.textEn()))).toList());
    }

    private static Map<String, List<String>> ordered(Map<String, List<String>> links, List<String> order) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        Map<String, List<String>> result = new HashMap<>();
        links.forEach((purpose, codes) -> result.put(purpose, codes.stream()
                .sorted(Comparator.comparingInt(code -> position.getOrDefault(code, Integer.MAX_VALUE)))
                .toList()));
        return result;
    }

    /** Writes a whole pack into empty tables, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void write(CatalogContents pack) {
        ControllerProfile controller = pack.controller();
        controllerProfiles.save(new ControllerProfileRow(1, controller.name(), controller.registrationNumber(),
                controller.address().lv(), controller.address().en(), controller.privacyEmail(),
                controller.secretariatEmail(), controller.phone(), controller.website(),
                controller.supervisoryAuthority().name().lv(), controller.supervisoryAuthority().name().en(),
                controller.supervisoryAuthority().website(),
                controller.privacyPolicy().title().lv(), controller.privacyPolicy().title().en(),
                controller.privacyPolicy().edition(), controller.privacyPolicy().url()));
        subjectTypes.saveAll(indexed(pack.subjectTypes(), (type, order) -> new SubjectTypeRow(type.code(), order, type.clause(),
                type.name().lv(), type.name().en(), type.description().lv(), type.description().en())));
        legalBases.saveAll(indexed(pack.legalBases(), (basis, order) -> new LegalBasisRow(basis.code(), order, basis.clause(),
                basis.gdprArticle(), basis.name().lv(), basis.name().en(), basis.description().lv(), basis.description().en())));
        interests.saveAll(pack.legitimateInterests().stream().map(interest -> new LegitimateInterestRow(interest.code(),
                interest.number(), interest.clause(), interest.text().lv(), interest.text().en())).toList());
        sources.saveAll(indexed(pack.sources(), (source, order) -> new SourceRow(source.code(), order, source.clause(),
                source.name().lv(), source.name().en(), String.join(LINE, source.examples().lv()),
                String.join(LINE, source.examples().en()))));
        recipients.saveAll(indexed(pack.recipientCategories(), (recipient, order) -> new RecipientCategoryRow(recipient.code(),
                order, recipient.clause(), recipient.name().lv(), recipient.name().en(), recipient.description().lv(),
                recipient.description().en())));
        categories.saveAll(pack.dataCategories().stream().map(category -> new DataCategoryRow(category.code(),
                category.number(), category.clause(), category.name().lv(), category.name().en(),
                String.join(LINE, category.examples().lv()), String.join(LINE, category.examples().en()),
                category.sensitive())).toList());
        groups.saveAll(indexed(pack.purposeGroups(), (group, order) -> new PurposeGroupRow(group.code(), order, group.clause(),
                group.name().lv(), group.name().en())));
        purposes.saveAll(indexed(pack.purposes(), (purpose, order) -> new PurposeRow(purpose.code(), order, purpose.group(),
                purpose.clause(), purpose.name().lv(), purpose.name().en(), purpose.channels())));
        for (Purpose purpose : pack.purposes()) {
            links.insert(PurposeLinks.Kind.LEGAL_BASIS, purpose.code(), purpose.legalBases());
            links.insert(PurposeLinks.Kind.LEGITIMATE_INTEREST, purpose.code(), purpose.legitimateInterests());
            links.insert(PurposeLinks.Kind.DATA_CATEGORY, purpose.code(), purpose.dataCategories());
        }
        versions.saveAll(pack.policyVersions().stream().map(version -> new PolicyVersionRow(version.version(),
                version.effectiveFrom(), version.document())).toList());
        notes.saveAll(indexed(pack.notes(), (note, order) -> new PolicyNoteRow(order, note.clause(), note.text().lv(),
                note.text().en())));
    }

    private static ControllerProfile controller(ControllerProfileRow row) {
        return new ControllerProfile(row.name(), row.registrationNumber(), new Localized(row.addressLv(), row.addressEn()),
                row.privacyEmail(), row.secretariatEmail(), row.phone(), row.website(),
                new ControllerProfile.SupervisoryAuthority(new Localized(row.authorityNameLv(), row.authorityNameEn()),
                        row.authorityWebsite()),
                new ControllerProfile.PrivacyPolicyDocument(new Localized(row.policyTitleLv(), row.policyTitleEn()),
                        row.policyEdition(), row.policyUrl()));
    }

    private static LocalizedList lines(String lv, String en) {
        return new LocalizedList(split(lv), split(en));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(LINE, -1));
    }

    private interface Indexed<T, R> {
        R apply(T item, int order);
    }

    private static <T, R> List<R> indexed(List<T> items, Indexed<T, R> mapper) {
        List<R> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(mapper.apply(items.get(i), i + 1));
        }
        return rows;
    }
}
