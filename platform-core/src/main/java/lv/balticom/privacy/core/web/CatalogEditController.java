package lv.balticom.privacy.core.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Function;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.api.catalog.LegalBasis;
import lv.balticom.privacy.core.api.catalog.LegitimateInterest;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.api.catalog.PurposeGroup;
import lv.balticom.privacy.core.api.catalog.RecipientCategory;
import lv.balticom.privacy.core.api.catalog.Source;
import lv.balticom.privacy.core.api.catalog.SubjectType;
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.internal.catalog.CatalogEditor;
import lv.balticom.privacy.core.internal.catalog.CatalogKind;
import lv.balticom.privacy.core.internal.catalog.CatalogRevisions;
import lv.balticom.privacy.core.internal.http.Problem;

/**
 * One catalogue entry: read it, edit it (officers; audited and versioned) and see its revisions. The
 * lists themselves are {@link CatalogController}'s. An entry is shown exactly as in its list, and an edit
 * sends the same field names, so a client can edit what it read.
 */
@Controller("/api/v1/catalog")
@Tag(name = ApiDocumentation.CATALOGUE)
public class CatalogEditController {

    private static final String KIND = "The list: data-categories, purposes, legal-bases, legitimate-interests, sources, "
            + "recipient-categories or subject-types.";
    private static final String CODE = "The entry's code (data categories too are addressed by code, not number).";

    private final Catalog catalog;
    private final CatalogEditor editor;
    private final CatalogRevisions revisions;
    private final JsonBodies bodies;

    CatalogEditController(Catalog catalog, CatalogEditor editor, CatalogRevisions revisions, JsonBodies bodies) {
        this.catalog = catalog;
        this.editor = editor;
        this.revisions = revisions;
        this.bodies = bodies;
    }

    @Get("/{kind}/{code}")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "getCatalogEntry", summary = "Read one catalogue entry",
            description = "Needs the permission `catalog:read`. One entry exactly as its list shows it (a purpose with its "
                    + "group spelled out).",
            parameters = {
                    @Parameter(name = "kind", description = KIND, schema = @Schema(type = "string", allowableValues = {
                            "data-categories", "purposes", "legal-bases", "legitimate-interests", "sources",
                            "recipient-categories", "subject-types"}), example = "data-categories"),
                    @Parameter(name = "code", description = CODE, example = "CALL_RECORDINGS")})
    @ApiResponse(responseCode = "200", description = "The entry.",
            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {DataCategory.class,
                    CatalogController.PurposeView.class, LegalBasis.class, LegitimateInterest.class, Source.class,
                    RecipientCategory.class, SubjectType.class}),
                    examples = {@ExampleObject(name = "data-category", value = Examples.DATA_CATEGORY),
                            @ExampleObject(name = "purpose", value = Examples.PURPOSE)}))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = "No such list (`field` is `kind`) or no entry with this code in it "
            + "(`field` is `code`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-entry", value = Examples.NOT_FOUND)))
    public Object entry(@PathVariable String kind, @PathVariable String code) {
        return entry(kind(kind), code);
    }

    /** Replaces the entry's editable fields; every one of them must be sent. */
    @Put("/{kind}/{code}")
    @RequiresPermission(Permission.CATALOG_EDIT)
    @Operation(operationId = "editCatalogEntry", summary = "Edit one catalogue entry",
            description = "Needs the permission `catalog:edit`. Replaces the entry's editable fields, all of them required, "
                    + "with the names its list shows: a data category's `name`, `examples` and `sensitive`; a purpose's "
                    + "`name`, `legalBases`, `legitimateInterests`, `dataCategories` and `channels`; a legal basis's, "
                    + "recipient category's or subject type's `name` and `description`; a legitimate interest's `text`; a "
                    + "source's `name` and `examples`. Codes, numbers, clauses, a purpose's group and a legal basis's GDPR "
                    + "article do not change. The rules of the policy pack apply: texts in both languages, not empty, names "
                    + "at most 300 characters (a purpose's 500), other texts at most 2000; examples one line each, as many "
                    + "in Latvian as in English, together at most 2000 characters; a purpose names existing codes, at least "
                    + "one legal basis and one data category, and legitimate interests exactly when it rests on "
                    + "LEGITIMATE_INTEREST (POL-7). Every wrong field is listed in `errors`, the first one in `field`. An "
                    + "edit that changes nothing answers the entry and records nothing; otherwise the entry gets its next "
                    + "revision and the audit ledger records `catalog.edited` (details: the revision and the changed fields).",
            parameters = {
                    @Parameter(name = "kind", description = KIND, schema = @Schema(type = "string", allowableValues = {
                            "data-categories", "purposes", "legal-bases", "legitimate-interests", "sources",
                            "recipient-categories", "subject-types"}), example = "purposes"),
                    @Parameter(name = "code", description = CODE, example = "CLIENT_IDENTIFICATION")},
            requestBody = @RequestBody(required = true, description = "The entry's editable fields.",
                    content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {
                            CatalogEditor.DataCategoryEdit.class, CatalogEditor.PurposeEdit.class,
                            CatalogEditor.LegalBasisEdit.class, CatalogEditor.LegitimateInterestEdit.class,
                            CatalogEditor.SourceEdit.class, CatalogEditor.RecipientCategoryEdit.class,
                            CatalogEditor.SubjectTypeEdit.class}),
                            examples = {@ExampleObject(name = "purpose", value = Examples.PURPOSE_EDIT),
                                    @ExampleObject(name = "data-category", value = Examples.DATA_CATEGORY_EDIT),
                                    @ExampleObject(name = "legal-basis", value = Examples.LEGAL_BASIS_EDIT)})))
    @ApiResponse(responseCode = "200", description = "The entry as it is now, as its list shows it.",
            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {DataCategory.class,
                    CatalogController.PurposeView.class, LegalBasis.class, LegitimateInterest.class, Source.class,
                    RecipientCategory.class, SubjectType.class}),
                    examples = {@ExampleObject(name = "purpose", value = Examples.PURPOSE),
                            @ExampleObject(name = "data-category", value = Examples.DATA_CATEGORY)}))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = "No such list (`field` is `kind`) or no entry with this code in it "
            + "(`field` is `code`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-entry", value = Examples.NOT_FOUND)))
    public Object edit(@PathVariable String kind, @PathVariable String code, @Body String body,
                       @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return switch (kind(kind)) {
            case DATA_CATEGORIES -> editor.edit(actor, code, bodies.read(body, CatalogEditor.DataCategoryEdit.class));
            case PURPOSES -> view(editor.edit(actor, code, bodies.read(body, CatalogEditor.PurposeEdit.class)));
            case LEGAL_BASES -> editor.edit(actor, code, bodies.read(body, CatalogEditor.LegalBasisEdit.class));
            case LEGITIMATE_INTERESTS -> editor.edit(actor, code, bodies.read(body, CatalogEditor.LegitimateInterestEdit.class));
            case SOURCES -> editor.edit(actor, code, bodies.read(body, CatalogEditor.SourceEdit.class));
            case RECIPIENT_CATEGORIES -> editor.edit(actor, code, bodies.read(body, CatalogEditor.RecipientCategoryEdit.class));
            case SUBJECT_TYPES -> editor.edit(actor, code, bodies.read(body, CatalogEditor.SubjectTypeEdit.class));
        };
    }

    /** The entry's revisions, newest first; empty when it was never edited. */
    @Get("/{kind}/{code}/revisions")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "listCatalogEntryRevisions", summary = "The revisions of one catalogue entry",
            description = "Needs the permission `catalog:read`. Every edit of the entry, newest first: its number (from 1 "
                    + "for each entry), when and by whom it was made, and the entry before and after it as the catalogue "
                    + "records it (a purpose names its group by code). Empty when the entry is as the policy pack seeded it.",
            parameters = {
                    @Parameter(name = "kind", description = KIND, schema = @Schema(type = "string", allowableValues = {
                            "data-categories", "purposes", "legal-bases", "legitimate-interests", "sources",
                            "recipient-categories", "subject-types"}), example = "data-categories"),
                    @Parameter(name = "code", description = CODE, example = "CALL_RECORDINGS")})
    @ApiResponse(responseCode = "200", description = "The revisions, newest first.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RevisionList.class),
                    examples = @ExampleObject(name = "revisions", value = Examples.REVISIONS)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = "No such list (`field` is `kind`) or no entry with this code in it "
            + "(`field` is `code`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-entry", value = Examples.NOT_FOUND)))
    public ItemList<CatalogRevisions.Revision> revisions(@PathVariable String kind, @PathVariable String code) {
        CatalogKind catalogKind = kind(kind);
        entry(catalogKind, code);
        return new ItemList<>(revisions.of(catalogKind, code));
    }

    private static CatalogKind kind(String pathName) {
        return CatalogKind.ofPathName(pathName).orElseThrow(() -> ProblemException.notFound("kind",
                "The catalogue has no editable list of this name: use data-categories, purposes, legal-bases,"
                        + " legitimate-interests, sources, recipient-categories or subject-types."));
    }

    private Object entry(CatalogKind kind, String code) {
        return switch (kind) {
            case DATA_CATEGORIES -> find(catalog.dataCategories(), DataCategory::code, code);
            case PURPOSES -> view(find(catalog.purposes(), Purpose::code, code));
            case LEGAL_BASES -> find(catalog.legalBases(), LegalBasis::code, code);
            case LEGITIMATE_INTERESTS -> find(catalog.legitimateInterests(), LegitimateInterest::code, code);
            case SOURCES -> find(catalog.sources(), Source::code, code);
            case RECIPIENT_CATEGORIES -> find(catalog.recipientCategories(), RecipientCategory::code, code);
            case SUBJECT_TYPES -> find(catalog.subjectTypes(), SubjectType::code, code);
        };
    }

    private static <T> T find(List<T> entries, Function<T, String> codeOf, String code) {
        return entries.stream().filter(entry -> codeOf.apply(entry).equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("code", "This list of the catalogue has no entry with this code."));
    }

    /** A purpose as {@link CatalogController} lists it: with its group spelled out. */
    private CatalogController.PurposeView view(Purpose purpose) {
        PurposeGroup group = find(catalog.purposeGroups(), PurposeGroup::code, purpose.group());
        return new CatalogController.PurposeView(purpose.code(), group, purpose.clause(), purpose.name(), purpose.legalBases(),
                purpose.legitimateInterests(), purpose.dataCategories(), purpose.channels());
    }

    /**
     * The shape of the revisions answer, for the OpenAPI document only (an {@code @ApiResponse} with examples
     * cannot take its schema from the generic {@code ItemList}). Nothing serialises it.
     *
     * @param items the revisions, newest first
     */
    @Schema(name = "CatalogRevisionList", description = "The revisions of a catalogue entry, newest first.")
    record RevisionList(List<CatalogRevisions.Revision> items) {
    }

    /** Example bodies for the OpenAPI document, from the policy pack. */
    static final class Examples {

        static final String DATA_CATEGORY = """
                {
                  "code": "CALL_RECORDINGS",
                  "number": 26,
                  "clause": "APP1-26",
                  "name": {"lv": "Sarunu ierakstu dati", "en": "Call recording data"},
                  "examples": {
                    "lv": ["Balticom klientu apkalpošanas tālruņu sarunu ieraksti", "datums un laiks", "sarunas ilgums"],
                    "en": ["recordings of calls on Balticom customer service phone lines", "date and time", "length of the call"]
                  },
                  "sensitive": false
                }""";

        static final String DATA_CATEGORY_EDIT = """
                {
                  "name": {"lv": "Sarunu ierakstu dati", "en": "Call recording data"},
                  "examples": {
                    "lv": ["Balticom klientu apkalpošanas tālruņu sarunu ieraksti", "datums un laiks", "sarunas ilgums"],
                    "en": ["recordings of calls on Balticom customer service phone lines", "date and time", "length of the call"]
                  },
                  "sensitive": false
                }""";

        static final String PURPOSE = """
                {
                  "code": "CLIENT_IDENTIFICATION",
                  "group": {"code": "SERVICES_AND_SALES", "clause": "POL-5.1",
                            "name": {"lv": "Pakalpojumu sniegšanai un preču pārdošanai", "en": "Provision of services and sale of goods"}},
                  "clause": "POL-5.1",
                  "name": {"lv": "Klienta identificēšanai", "en": "Identifying the client"},
                  "legalBases": ["CONTRACT", "LEGITIMATE_INTEREST"],
                  "legitimateInterests": ["VERIFY_IDENTITY"],
                  "dataCategories": ["IDENTIFICATION", "CONTACT", "CLIENT", "CALL_RECORDINGS"],
                  "channels": false
                }""";

        static final String PURPOSE_EDIT = """
                {
                  "name": {"lv": "Klienta identificēšanai", "en": "Identifying the client"},
                  "legalBases": ["CONTRACT", "LEGITIMATE_INTEREST"],
                  "legitimateInterests": ["VERIFY_IDENTITY"],
                  "dataCategories": ["IDENTIFICATION", "CONTACT", "CLIENT", "CALL_RECORDINGS"],
                  "channels": false
                }""";

        static final String LEGAL_BASIS_EDIT = """
                {
                  "name": {"lv": "Līguma noslēgšana un izpilde", "en": "Conclusion and performance of a contract"},
                  "description": {
                    "lv": "līguma noslēgšanai un izpildei - lai sagatavotu un noslēgtu līgumu pēc Klienta pieteikuma un nodrošinātu tā izpildi",
                    "en": "for the conclusion and performance of a contract – to prepare and conclude a contract at the Client's request and to ensure its performance"
                  }
                }""";

        static final String REVISIONS = """
                {"items": [
                  {
                    "revision": 1,
                    "changedAt": "2026-11-29T09:12:44.120551Z",
                    "actor": "user:anna.ozola",
                    "before": {
                      "code": "CLIENT_IDENTIFICATION", "group": "SERVICES_AND_SALES", "clause": "POL-5.1",
                      "name": {"lv": "Klienta identificēšanai", "en": "Identifying the client"},
                      "legalBases": ["CONTRACT", "LEGITIMATE_INTEREST"], "legitimateInterests": ["VERIFY_IDENTITY"],
                      "dataCategories": ["IDENTIFICATION", "CONTACT", "CLIENT"], "channels": false
                    },
                    "after": {
                      "code": "CLIENT_IDENTIFICATION", "group": "SERVICES_AND_SALES", "clause": "POL-5.1",
                      "name": {"lv": "Klienta identificēšanai", "en": "Identifying the client"},
                      "legalBases": ["CONTRACT", "LEGITIMATE_INTEREST"], "legitimateInterests": ["VERIFY_IDENTITY"],
                      "dataCategories": ["IDENTIFICATION", "CONTACT", "CLIENT", "CALL_RECORDINGS"], "channels": false
                    }
                  }
                ]}""";

        static final String NOT_FOUND = """
                {
                  "type": "https://balticom.lv/privacy-platform/problems/not-found",
                  "title": "Not found",
                  "status": 404,
                  "detail": "This list of the catalogue has no entry with this code.",
                  "field": "code",
                  "errors": null
                }""";

        private Examples() {
        }
    }
}
