package lv.balticom.privacy.core.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord;
import lv.balticom.privacy.core.internal.ropa.RecordOfProcessing;
import lv.balticom.privacy.core.internal.ropa.RecordOfProcessingPdf;

/**
 * The record of processing activities (GDPR Art. 30) as JSON and as a PDF in Latvian or English. Each
 * call builds the record as things are now; a build whose content changed is the next version.
 */
@Controller("/api/v1")
@Tag(name = RopaController.TAG, description = "The record of processing activities (GDPR Art. 30): built from the "
        + "catalogue and the plugins' contributions, versioned, as JSON or as a PDF.")
public class RopaController {

    static final String TAG = "Record of processing";
    static final String PDF = "application/pdf";

    private final RecordOfProcessing ropa;
    private final RecordOfProcessingPdf pdf;

    RopaController(RecordOfProcessing ropa, RecordOfProcessingPdf pdf) {
        this.ropa = ropa;
        this.pdf = pdf;
    }

    @Get("/ropa")
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "getRecordOfProcessing", summary = "The record of processing activities",
            description = "Needs the permission `catalog:read`. The controller's record of processing activities (GDPR "
                    + "Art. 30(1)) as it stands: the controller and the DPO's contact, the privacy policy version in force, "
                    + "one activity per purpose of the catalogue grouped by purpose group (legal bases with their GDPR "
                    + "article, legitimate interests where a purpose rests on them, data categories with special categories "
                    + "flagged, data subjects, recipients, processors, transfers outside the EU/EEA, retention from POL-20 to "
                    + "POL-23), the plugins' own activities, every processor, transfer and recipient, the data subject "
                    + "types, the security measures (POL-15) and `warnings` for the DPO. Texts are `{\"lv\", \"en\"}`; a code "
                    + "a plugin uses that the catalogue lacks has `known: false` and its code as the name, with a marker.\n\n"
                    + "Versioned: `version` goes up by one whenever the content (everything but `version`, "
                    + "`versionCreatedAt`, `generatedAt` and `contentHash`) differs from the latest version's; the new "
                    + "version is audited as `ropa.version-created`. `versionCreatedAt` is when this version was first "
                    + "built, `generatedAt` when this answer was.")
    @ApiResponse(responseCode = "200", description = "The record.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProcessingRecord.class),
                    examples = @ExampleObject(name = "record", summary = "Shortened: one purpose group with one activity",
                            value = RopaExamples.RECORD)))
    @ApiProblems.SignInRequired
    public ProcessingRecord record(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return ropa.current(actor);
    }

    @Get(value = "/ropa.pdf", produces = PDF)
    @RequiresPermission(Permission.CATALOG_READ)
    @Operation(operationId = "getRecordOfProcessingPdf", summary = "The record of processing activities as a PDF",
            description = "Needs the permission `catalog:read`. The same record as `GET /api/v1/ropa`, as an A4 PDF in "
                    + "Latvian (`lang=lv`, the default) or English (`lang=en`), sent as an attachment named "
                    + "`ropa-v<version>-<date>.pdf` (the date in the company's time zone). Building it may create a new "
                    + "version, as for the JSON.",
            parameters = @Parameter(name = "lang", description = "The language of the PDF: `lv` or `en`.",
                    schema = @Schema(type = "string", allowableValues = {"lv", "en"}, defaultValue = "lv"), example = "en"))
    @ApiResponse(responseCode = "200", description = "The PDF.",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "`attachment; filename=\"ropa-v3-2026-11-29.pdf\"`",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"),
                    examples = @ExampleObject(name = "pdf", summary = "ropa-v3-2026-11-29.pdf (binary)",
                            value = "%PDF-1.5 … (A4, 12 pages)")))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    public HttpResponse<byte[]> pdf(@QueryValue(defaultValue = "lv") String lang,
                                    @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        Locale locale = language(lang);
        ProcessingRecord record = ropa.current(actor);
        return HttpResponse.ok(pdf.write(record, locale)).contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName(record) + "\"");
    }

    /** The locale of a {@code lang} parameter: {@code lv} or {@code en}, else 400 naming {@code lang}. */
    public static Locale language(String lang) {
        return switch (lang == null ? "" : lang) {
            case "lv" -> Locale.forLanguageTag("lv");
            case "en" -> Locale.ENGLISH;
            default -> throw ProblemException.invalid("lang", "must be lv or en");
        };
    }
}
