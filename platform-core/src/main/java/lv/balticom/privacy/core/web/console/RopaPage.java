package lv.balticom.privacy.core.web.console;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord;
import lv.balticom.privacy.core.internal.ropa.RecordOfProcessing;
import lv.balticom.privacy.core.internal.ropa.RecordOfProcessingPdf;
import lv.balticom.privacy.core.web.RopaController;

/**
 * The record of processing activities (GDPR Art. 30) in the console, in the person's language, with its
 * PDF in Latvian and English (the API's PDF route takes HTTP Basic or a key; the console's takes the
 * session).
 */
@Controller("/console")
public class RopaPage {

    private final RecordOfProcessing ropa;
    private final RecordOfProcessingPdf pdf;

    RopaPage(RecordOfProcessing ropa, RecordOfProcessingPdf pdf) {
        this.ropa = ropa;
        this.pdf = pdf;
    }

    @Get("/ropa")
    @RequiresPermission(Permission.CATALOG_READ)
    public ModelAndView<Map<String, Object>> record(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        return Pages.page("ropa", Map.of("record", ropa.current(actor)));
    }

    @Get(value = "/ropa.pdf", produces = "application/pdf")
    @RequiresPermission(Permission.CATALOG_READ)
    public HttpResponse<byte[]> download(@QueryValue(defaultValue = "lv") String lang,
                                         @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        java.util.Locale locale = RopaController.language(lang);
        ProcessingRecord record = ropa.current(actor);
        return HttpResponse.ok(pdf.write(record, locale)).contentType("application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName(record) + "\"");
    }
}
