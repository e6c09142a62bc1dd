package lv.balticom.privacy.core.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
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

/** The policy as data, read-only over the API: the controller, the catalogue and the policy versions. */
@Controller("/api/v1")
public class CatalogController {

    private final Catalog catalog;
    private final Clock clock;

    CatalogController(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * A purpose with its group spelled out.
     *
     * @param code stable code
     * @param group the purpose group
     * @param clause the policy clause
     * @param name the purpose
     * @param legalBases codes of the legal bases it may rest on
     * @param legitimateInterests codes of the interests it serves
     * @param dataCategories codes of the data categories it uses
     * @param channels whether it is given per communication channel
     */
    @Serdeable
    public record PurposeView(String code, PurposeGroup group, String clause, Localized name, List<String> legalBases,
                              List<String> legitimateInterests, List<String> dataCategories, boolean channels) {
    }

    /**
     * A policy version and whether it is the one in force today.
     *
     * @param version its label
     * @param effectiveFrom the day it took or takes effect
     * @param document where it is published
     * @param current whether it is in force today
     */
    @Serdeable
    public record PolicyVersionView(String version, LocalDate effectiveFrom, String document, boolean current) {
    }

    @Get("/controller")
    @RequiresPermission(Permission.CATALOG_READ)
    public ControllerProfile controller() {
        return catalog.controller();
    }

    @Get("/catalog/data-categories")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<DataCategory> dataCategories() {
        return new ItemList<>(catalog.dataCategories());
    }

    @Get("/catalog/purpose-groups")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<PurposeGroup> purposeGroups() {
        return new ItemList<>(catalog.purposeGroups());
    }

    @Get("/catalog/purposes")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<PurposeView> purposes() {
        Map<String, PurposeGroup> groups = catalog.purposeGroups().stream()
                .collect(Collectors.toMap(PurposeGroup::code, Function.identity()));
        return new ItemList<>(catalog.purposes().stream().map(purpose -> view(purpose, groups)).toList());
    }

    @Get("/catalog/legal-bases")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<LegalBasis> legalBases() {
        return new ItemList<>(catalog.legalBases());
    }

    @Get("/catalog/legitimate-interests")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<LegitimateInterest> legitimateInterests() {
        return new ItemList<>(catalog.legitimateInterests());
    }

    @Get("/catalog/sources")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<Source> sources() {
        return new ItemList<>(catalog.sources());
    }

    @Get("/catalog/recipient-categories")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<RecipientCategory> recipientCategories() {
        return new ItemList<>(catalog.recipientCategories());
    }

    @Get("/catalog/subject-types")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<SubjectType> subjectTypes() {
        return new ItemList<>(catalog.subjectTypes());
    }

    @Get("/policy/versions")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<PolicyVersionView> policyVersions() {
        LocalDate today = LocalDate.now(clock);
        String current = catalog.policyVersionOn(today).map(PolicyVersion::version).orElse(null);
        return new ItemList<>(catalog.policyVersions().stream()
                .map(version -> new PolicyVersionView(version.version(), version.effectiveFrom(), version.document(),
                        version.version().equals(current)))
                .toList());
    }

    @Get("/policy/notes")
    @RequiresPermission(Permission.CATALOG_READ)
    public ItemList<PolicyNote> policyNotes() {
        return new ItemList<>(catalog.notes());
    }

    private static PurposeView view(Purpose purpose, Map<String, PurposeGroup> groups) {
        return new PurposeView(purpose.code(), groups.get(purpose.group()), purpose.clause(), purpose.name(),
                purpose.legalBases(), purpose.legitimateInterests(), purpose.dataCategories(), purpose.channels());
    }
}
