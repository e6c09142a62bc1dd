package lv.balticom.privacy.consent.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.time.Instant;
import lv.balticom.privacy.consent.api.Codes;
import lv.balticom.privacy.consent.api.ConsentCount;
import lv.balticom.privacy.consent.api.ConsentReports;
import lv.balticom.privacy.consent.api.OptOutDelay;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;

/** Reports on the consent ledger: slow opt-outs (POL-46) and counts over time for the dashboard. */
@Controller("/api/v1/consents/reports")
public class ConsentReportController {

    private final ConsentReports reports;

    ConsentReportController(ConsentReports reports) {
        this.reports = reports;
    }

    @Get("/opt-out-delays")
    @RequiresPermission(Permission.CONSENT_READ)
    public PageView<OptOutDelay> optOutDelays(@Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to,
                                              @Nullable @QueryValue String longerThan,
                                              @QueryValue(defaultValue = "0") int page,
                                              @QueryValue(defaultValue = "50") int size) {
        return reports.optOutDelays(from, to, Inputs.duration(longerThan, "longerThan"), page, size);
    }

    @Get("/counts")
    @RequiresPermission(Permission.CONSENT_READ)
    public ItemList<ConsentCount> counts(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                         @Nullable @QueryValue String interval) {
        return new ItemList<>(reports.counts(Inputs.day(from, "from"), Inputs.day(to, "to"),
                Codes.parse(ConsentReports.Interval.class, interval, "interval")));
    }
}
