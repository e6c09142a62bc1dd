package lv.balticom.privacy.consent.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import lv.balticom.privacy.consent.api.ConsentCount;
import lv.balticom.privacy.consent.api.ConsentReports;
import lv.balticom.privacy.consent.api.OptOutDelay;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Examples;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Lists;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.TextValues;
import lv.balticom.privacy.core.api.openapi.ApiProblems;

/** Reports on the consent ledger: slow opt-outs (POL-46) and counts over time for the dashboard. */
@Controller("/api/v1/consents/reports")
@Tag(name = ConsentApiDocumentation.REPORTS, description = ConsentApiDocumentation.REPORTS_DESCRIPTION)
public class ConsentReportController {

    private final ConsentReports reports;

    ConsentReportController(ConsentReports reports) {
        this.reports = reports;
    }

    @Get("/opt-out-delays")
    @RequiresPermission(Permission.CONSENT_READ)
    @Operation(operationId = "listOptOutDelays", summary = "Withdrawals that took effect late",
            description = "Needs the permission `consent:read`. POL-46: sending must stop once an opt-out is processed, at "
                    + "most two days after the subject asked. This lists the withdrawals of commercial notices (opt-outs "
                    + "and single withdrawals) that took effect later than the subject asked: `recordedAt - occurredAt` "
                    + "longer than `longerThan`, recorded in `[from, to)`, the longest first, paged. `beyondPolicyBound` "
                    + "marks those longer than two days. A withdrawal recorded without `occurredAt` takes effect at once "
                    + "and never appears.",
            parameters = {
                    @Parameter(name = "from", description = "Recorded at or after this instant; from the beginning when left out.",
                            schema = @Schema(type = "string", format = "date-time"), example = "2026-11-01T00:00:00Z"),
                    @Parameter(name = "to", description = "Recorded before this instant; until now when left out.",
                            schema = @Schema(type = "string", format = "date-time"), example = "2026-12-01T00:00:00Z"),
                    @Parameter(name = "longerThan", description = "Only delays longer than this ISO 8601 duration; zero when "
                            + "left out.", schema = @Schema(type = "string"), example = "PT1H"),
                    @Parameter(name = "page", description = "The page, from 0.", schema = @Schema(type = "integer",
                            minimum = "0", defaultValue = "0"), example = "0"),
                    @Parameter(name = "size", description = "Items per page, 1 to 500.", schema = @Schema(type = "integer",
                            minimum = "1", maximum = "500", defaultValue = "50"), example = "50")
            })
    @ApiResponse(responseCode = "200", description = "One page of slow withdrawals, the longest first.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.OptOutDelays.class),
                    examples = @ExampleObject(name = "november", value = Examples.OPT_OUT_DELAYS)))
    @ApiResponse(responseCode = "400", description = "A parameter is not valid (`field` names it): `from` or `to` not an "
            + "instant, `to` not after `from`, `longerThan` not a duration or negative, `page` or `size` out of range.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "invalid-duration", value = Examples.LONGER_THAN_INVALID)))
    @ApiProblems.SignInRequired
    public PageView<OptOutDelay> optOutDelays(@Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to,
                                              @Nullable @QueryValue String longerThan,
                                              @QueryValue(defaultValue = "0") int page,
                                              @QueryValue(defaultValue = "50") int size) {
        return reports.optOutDelays(from, to, TextValues.duration(longerThan, "longerThan"), page, size);
    }

    @Get("/counts")
    @RequiresPermission(Permission.CONSENT_READ)
    @Operation(operationId = "countConsents", summary = "Consents given and withdrawn over time",
            description = "Needs the permission `consent:read`. For the console's consent chart: how many consents were "
                    + "given and withdrawn per period, purpose and channel, by when they occurred (POL-33..46). Periods are "
                    + "UTC days, weeks starting on Monday, or months starting on the 1st; `from` and `to` are required, at "
                    + "most 1,830 days apart.",
            parameters = {
                    @Parameter(name = "from", description = "The first day (YYYY-MM-DD).", required = true,
                            schema = @Schema(type = "string", format = "date"), example = "2026-11-01"),
                    @Parameter(name = "to", description = "The last day (YYYY-MM-DD), included.", required = true,
                            schema = @Schema(type = "string", format = "date"), example = "2026-11-30"),
                    @Parameter(name = "interval", description = "`DAY`, `WEEK` or `MONTH`; `DAY` when left out.",
                            schema = @Schema(implementation = ConsentReports.Interval.class), example = "DAY")
            })
    @ApiResponse(responseCode = "200", description = "The counts, by period, then purpose and channel.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.ConsentCounts.class),
                    examples = @ExampleObject(name = "per-day", value = Examples.COUNTS)))
    @ApiResponse(responseCode = "400", description = "A parameter is missing or not valid (`field` names it): `from` or `to` "
            + "missing or not a day, `to` before `from` or too far after it, an unknown `interval`.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "to-required", value = Examples.TO_REQUIRED)))
    @ApiProblems.SignInRequired
    public ItemList<ConsentCount> counts(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                         @Nullable @QueryValue String interval) {
        return new ItemList<>(reports.counts(TextValues.day(from, "from"), TextValues.day(to, "to"),
                TextValues.code(ConsentReports.Interval.class, interval, "interval")));
    }
}
