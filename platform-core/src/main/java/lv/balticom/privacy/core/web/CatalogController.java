package lv.balticom.privacy.core.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.web.ApiDocumentation.Examples;
import lv.balticom.privacy.core.web.ApiDocumentation.Lists;

/** The policy as data, read-only over the API: the controller, the catalogue and the policy versions. */
@Controller("/api/v1")
@Tag(name = ApiDocumentation.CATALOGUE)
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
    @Operation(operationId = "getController", summary = "The controller",
            description = "Needs the permission `catalog:read`. The controller (POL-1, POL-2): AS Balticom's name, "
                    + "registration number, address and contacts, the supervisory authority (POL-32) and the privacy policy "
                    + "document. `secretariatEmail`, `phone`, `website`, the authority's `website`, `edition` and `url` may "
                    + "be `null`.")
    @ApiResponse(responseCode = "200", description = "The controller profile.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ControllerProfile.class),
                    examples = @ExampleObject(name = "balticom", value = Examples.CONTROLLER)))
    @ApiProblems.SignInRequired
    public ControllerProfile controller() {
        return catalog.controller();
    }

    @Get("/catalog/data-categories")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listDataCategories", summary = "The data categories",
            description = "Needs the permission `catalog:read`. The categories of personal data the policy names (APP1), "
                    + "ordered by number; `sensitive` marks special-category data.")
    @ApiResponse(responseCode = "200", description = "The data categories.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.DataCategories.class),
                    examples = @ExampleObject(name = "data-categories", value = Examples.DATA_CATEGORIES)))
    @ApiProblems.SignInRequired
    public ItemList<DataCategory> dataCategories() {
        return new ItemList<>(catalog.dataCategories());
    }

    @Get("/catalog/purpose-groups")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listPurposeGroups", summary = "The purpose groups",
            description = "Needs the permission `catalog:read`. The groups of processing purposes (POL-5.1 to POL-5.7), in "
                    + "the policy's order.")
    @ApiResponse(responseCode = "200", description = "The purpose groups.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.PurposeGroups.class),
                    examples = @ExampleObject(name = "purpose-groups", value = Examples.PURPOSE_GROUPS)))
    @ApiProblems.SignInRequired
    public ItemList<PurposeGroup> purposeGroups() {
        return new ItemList<>(catalog.purposeGroups());
    }

    @Get("/catalog/purposes")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listPurposes", summary = "The processing purposes",
            description = "Needs the permission `catalog:read`. The purposes of processing (POL-5) with their group spelled "
                    + "out, the codes of the legal bases (POL-6), legitimate interests (POL-7) and data categories (APP1) "
                    + "each rests on or uses, and whether consent is given per communication channel.")
    @ApiResponse(responseCode = "200", description = "The purposes.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.Purposes.class),
                    examples = @ExampleObject(name = "purposes", value = Examples.PURPOSES)))
    @ApiProblems.SignInRequired
    public ItemList<PurposeView> purposes() {
        Map<String, PurposeGroup> groups = catalog.purposeGroups().stream()
                .collect(Collectors.toMap(PurposeGroup::code, Function.identity()));
        return new ItemList<>(catalog.purposes().stream().map(purpose -> view(purpose, groups)).toList());
    }

    @Get("/catalog/legal-bases")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listLegalBases", summary = "The legal bases",
            description = "Needs the permission `catalog:read`. The legal bases of processing (POL-6) with their GDPR "
                    + "article.")
    @ApiResponse(responseCode = "200", description = "The legal bases.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.LegalBases.class),
                    examples = @ExampleObject(name = "legal-bases", value = Examples.LEGAL_BASES)))
    @ApiProblems.SignInRequired
    public ItemList<LegalBasis> legalBases() {
        return new ItemList<>(catalog.legalBases());
    }

    @Get("/catalog/legitimate-interests")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listLegitimateInterests", summary = "The legitimate interests",
            description = "Needs the permission `catalog:read`. The controller's legitimate interests (POL-7), ordered by "
                    + "number.")
    @ApiResponse(responseCode = "200", description = "The legitimate interests.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.LegitimateInterests.class),
                    examples = @ExampleObject(name = "legitimate-interests", value = Examples.LEGITIMATE_INTERESTS)))
    @ApiProblems.SignInRequired
    public ItemList<LegitimateInterest> legitimateInterests() {
        return new ItemList<>(catalog.legitimateInterests());
    }

    @Get("/catalog/sources")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listSources", summary = "The sources of personal data",
            description = "Needs the permission `catalog:read`. Where personal data comes from (POL-16); `examples` may be "
                    + "empty lists.")
    @ApiResponse(responseCode = "200", description = "The sources.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.Sources.class),
                    examples = @ExampleObject(name = "sources", value = Examples.SOURCES)))
    @ApiProblems.SignInRequired
    public ItemList<Source> sources() {
        return new ItemList<>(catalog.sources());
    }

    @Get("/catalog/recipient-categories")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listRecipientCategories", summary = "The categories of recipients",
            description = "Needs the permission `catalog:read`. To whom personal data may be disclosed (POL-17).")
    @ApiResponse(responseCode = "200", description = "The recipient categories.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.RecipientCategories.class),
                    examples = @ExampleObject(name = "recipient-categories", value = Examples.RECIPIENT_CATEGORIES)))
    @ApiProblems.SignInRequired
    public ItemList<RecipientCategory> recipientCategories() {
        return new ItemList<>(catalog.recipientCategories());
    }

    @Get("/catalog/subject-types")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listSubjectTypes", summary = "The data subject types",
            description = "Needs the permission `catalog:read`. The kinds of data subjects the policy covers (POL-4); a "
                    + "subject is recorded with one of these codes.")
    @ApiResponse(responseCode = "200", description = "The subject types.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.SubjectTypes.class),
                    examples = @ExampleObject(name = "subject-types", value = Examples.SUBJECT_TYPES)))
    @ApiProblems.SignInRequired
    public ItemList<SubjectType> subjectTypes() {
        return new ItemList<>(catalog.subjectTypes());
    }

    @Get("/policy/versions")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listPolicyVersions", summary = "The policy versions",
            description = "Needs the permission `catalog:read`. The versions of the privacy policy (POL-53 to POL-55), "
                    + "oldest first. `current` is true for the latest version whose `effectiveFrom` is on or before today "
                    + "(UTC).")
    @ApiResponse(responseCode = "200", description = "The policy versions.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.PolicyVersions.class),
                    examples = @ExampleObject(name = "policy-versions", value = Examples.POLICY_VERSIONS)))
    @ApiProblems.SignInRequired
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
    @Operation(operationId = "listPolicyNotes", summary = "Notes on the policy text",
            description = "Needs the permission `catalog:read`. Remarks on the policy's text, such as inconsistencies the "
                    + "policy pack records rather than guesses, each with the clause it concerns.")
    @ApiResponse(responseCode = "200", description = "The notes.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.PolicyNotes.class),
                    examples = @ExampleObject(name = "policy-notes", value = Examples.POLICY_NOTES)))
    @ApiProblems.SignInRequired
    public ItemList<PolicyNote> policyNotes() {
        return new ItemList<>(catalog.notes());
    }

    private static PurposeView view(Purpose purpose, Map<String, PurposeGroup> groups) {
        return new PurposeView(purpose.code(), groups.get(purpose.group()), purpose.clause(), purpose.name(),
                purpose.legalBases(), purpose.legitimateInterests(), purpose.dataCategories(), purpose.channels());
    }
}
