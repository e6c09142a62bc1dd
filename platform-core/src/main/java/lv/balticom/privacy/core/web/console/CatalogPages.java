package lv.balticom.privacy.core.web.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.views.ModelAndView;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.api.catalog.LegalBasis;
import lv.balticom.privacy.core.api.catalog.LegitimateInterest;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.api.catalog.RecipientCategory;
import lv.balticom.privacy.core.api.catalog.Source;
import lv.balticom.privacy.core.api.catalog.SubjectType;
import lv.balticom.privacy.core.internal.catalog.CatalogEditor;
import lv.balticom.privacy.core.internal.catalog.CatalogEditor.LocalizedEdit;
import lv.balticom.privacy.core.internal.catalog.CatalogEditor.LocalizedListEdit;
import lv.balticom.privacy.core.internal.catalog.CatalogKind;
import lv.balticom.privacy.core.internal.catalog.CatalogRevisions;

/**
 * The catalogue in the console: each list, each entry with its revisions, and the edit form through
 * which officers change an entry (a new revision and an audit entry each time).
 */
@FormTokenChecked
@Controller("/console/catalog")
public class CatalogPages {

    private final Catalog catalog;
    private final CatalogEditor editor;
    private final CatalogRevisions revisions;

    CatalogPages(Catalog catalog, CatalogEditor editor, CatalogRevisions revisions) {
        this.catalog = catalog;
        this.editor = editor;
        this.revisions = revisions;
    }

    @Get
    @RequiresPermission(Permission.CATALOG_READ)
    public ModelAndView<Map<String, Object>> overview() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CatalogKind kind : CatalogKind.values()) {
            counts.put(kind.pathName(), entries(kind).size());
        }
        return Pages.page("catalog", Map.of("counts", counts));
    }

    @Get("/{kind}")
    @RequiresPermission(Permission.CATALOG_READ)
    public ModelAndView<Map<String, Object>> list(@PathVariable String kind) {
        CatalogKind catalogKind = kind(kind);
        Map<String, Object> model = new HashMap<>(Map.of("kind", catalogKind.pathName(), "entries", entries(catalogKind),
                "kinds", Arrays.stream(CatalogKind.values()).map(CatalogKind::pathName).toList()));
        if (catalogKind == CatalogKind.PURPOSES) {
            model.put("allLegalBases", catalog.legalBases()); // their names in the person's language
        }
        return Pages.page("catalog-list", model);
    }

    @Get("/{kind}/{code}")
    @RequiresPermission(Permission.CATALOG_READ)
    public ModelAndView<Map<String, Object>> entry(@PathVariable String kind, @PathVariable String code) {
        CatalogKind catalogKind = kind(kind);
        Map<String, Object> model = entryModel(catalogKind, code);
        model.put("revisions", revisions.of(catalogKind, code));
        return Pages.page("catalog-entry", model);
    }

    @Get("/{kind}/{code}/edit")
    @RequiresPermission(Permission.CATALOG_EDIT)
    public ModelAndView<Map<String, Object>> editForm(@PathVariable String kind, @PathVariable String code) {
        return Pages.page("catalog-edit", entryModel(kind(kind), code));
    }

    @Post("/{kind}/{code}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.CATALOG_EDIT)
    public HttpResponse<?> edit(@PathVariable String kind, @PathVariable String code, @Body Map<String, Object> fields,
                                @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        CatalogKind catalogKind = kind(kind);
        Form form = new Form(fields);
        try {
            switch (catalogKind) {
                case DATA_CATEGORIES -> editor.edit(actor, code, new CatalogEditor.DataCategoryEdit(
                        localized(form, "name"), examples(form), form.checked("sensitive")));
                case PURPOSES -> editor.edit(actor, code, new CatalogEditor.PurposeEdit(localized(form, "name"),
                        form.all("legalBases"), form.all("legitimateInterests"), form.all("dataCategories"), form.checked("channels")));
                case LEGAL_BASES -> editor.edit(actor, code, new CatalogEditor.LegalBasisEdit(
                        localized(form, "name"), localized(form, "description")));
                case LEGITIMATE_INTERESTS -> editor.edit(actor, code, new CatalogEditor.LegitimateInterestEdit(localized(form, "text")));
                case SOURCES -> editor.edit(actor, code, new CatalogEditor.SourceEdit(localized(form, "name"), examples(form)));
                case RECIPIENT_CATEGORIES -> editor.edit(actor, code, new CatalogEditor.RecipientCategoryEdit(
                        localized(form, "name"), localized(form, "description")));
                case SUBJECT_TYPES -> editor.edit(actor, code, new CatalogEditor.SubjectTypeEdit(
                        localized(form, "name"), localized(form, "description")));
            }
            return Pages.done("/console/catalog/" + catalogKind.pathName() + "/" + code, "catalog-edited");
        } catch (ProblemException problem) {
            if (problem.type().status() == 404) {
                throw problem;
            }
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(HttpStatus.BAD_REQUEST);
            return page.body(Pages.page("catalog-edit", Pages.withError(entryModel(catalogKind, code), problem)));
        }
    }

    private Map<String, Object> entryModel(CatalogKind kind, String code) {
        Object entry = entries(kind).stream()
                .filter(candidate -> code.equals(codeOf(candidate)))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("code", "No entry of this list has this code."));
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.pathName());
        model.put("entry", entry);
        if (entry instanceof DataCategory category) {
            model.put("examplesLv", String.join("\n", category.examples().lv()));
            model.put("examplesEn", String.join("\n", category.examples().en()));
        } else if (entry instanceof Source source) {
            model.put("examplesLv", String.join("\n", source.examples().lv()));
            model.put("examplesEn", String.join("\n", source.examples().en()));
        }
        if (kind == CatalogKind.PURPOSES) {
            model.put("allLegalBases", catalog.legalBases());
            model.put("allInterests", catalog.legitimateInterests());
            model.put("allCategories", catalog.dataCategories());
            catalog.purposeGroups().stream()
                    .filter(group -> group.code().equals(((Purpose) entry).group()))
                    .findFirst().ifPresent(group -> model.put("group", group));
        }
        return model;
    }

    private List<?> entries(CatalogKind kind) {
        return switch (kind) {
            case DATA_CATEGORIES -> catalog.dataCategories();
            case PURPOSES -> catalog.purposes();
            case LEGAL_BASES -> catalog.legalBases();
            case LEGITIMATE_INTERESTS -> catalog.legitimateInterests();
            case SOURCES -> catalog.sources();
            case RECIPIENT_CATEGORIES -> catalog.recipientCategories();
            case SUBJECT_TYPES -> catalog.subjectTypes();
        };
    }

    private static String codeOf(Object entry) {
        if (entry instanceof DataCategory category) {
            return category.code();
        } else if (entry instanceof Purpose purpose) {
            return purpose.code();
        } else if (entry instanceof LegalBasis basis) {
            return basis.code();
        } else if (entry instanceof LegitimateInterest interest) {
            return interest.code();
        } else if (entry instanceof Source source) {
            return source.code();
        } else if (entry instanceof RecipientCategory recipient) {
            return recipient.code();
        } else if (entry instanceof SubjectType type) {
            return type.code();
        }
        throw new IllegalArgumentException("not a catalogue entry");
    }

    private static CatalogKind kind(String pathName) {
        return CatalogKind.ofPathName(pathName).orElseThrow(() -> ProblemException.notFound("kind", "No such list in the catalogue."));
    }

    private static LocalizedEdit localized(Form form, String name) {
        return new LocalizedEdit(form.text(name + "Lv"), form.text(name + "En"));
    }

    /** Examples come from text areas, one per line; blank lines are ignored. */
    private static LocalizedListEdit examples(Form form) {
        return new LocalizedListEdit(lines(form.raw("examplesLv")), lines(form.raw("examplesEn")));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
