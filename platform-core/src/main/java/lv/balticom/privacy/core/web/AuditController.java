package lv.balticom.privacy.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Paging;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.internal.audit.AuditChainVerifier;
import lv.balticom.privacy.core.internal.audit.AuditSearch;
import lv.balticom.privacy.core.web.ApiDocumentation.Examples;
import lv.balticom.privacy.core.web.ApiDocumentation.Lists;

/** The audit ledger: entries by subject and time, newest first, and a check of the whole chain. */
@Controller("/api/v1/audit")
@Tag(name = ApiDocumentation.AUDIT)
public class AuditController {

    static final int MAX_PAGE_SIZE = 500;

    private final AuditSearch search;
    private final AuditChainVerifier verifier;

    AuditController(AuditSearch search, AuditChainVerifier verifier) {
        this.search = search;
        this.verifier = verifier;
    }

    /**
     * The chain's state.
     *
     * @param valid whether every entry matches its hash and links to the one before
     * @param entries how many entries were checked
     * @param firstBroken the first entry that fails, when one does
     */
    @Serdeable
    public record Verification(boolean valid, long entries, @Nullable BrokenEntry firstBroken) {
    }

    /**
     * Where the chain breaks.
     *
     * @param seq the entry's sequence number
     * @param reason what is wrong with it
     */
    @Serdeable
    public record BrokenEntry(long seq, String reason) {
    }

    @Get
    @RequiresPermission(Permission.AUDIT_READ)
    @Operation(operationId = "findAuditEntries", summary = "Audit ledger entries",
            description = "Needs the permission `audit:read`. The entries of the hash-chained audit ledger, newest first, "
                    + "one page at a time, optionally only those about one data subject or within a time range. `details` "
                    + "holds further facts as strings (field names, counts, codes), never personal data.",
            parameters = {
                    @Parameter(name = "subject", description = "Only entries about this data subject (its id).",
                            schema = @Schema(type = "string", format = "uuid"), example = "4fbd5153-6f47-457d-b2f5-33fcecacd63c"),
                    @Parameter(name = "from", description = "Only entries at or after this instant.",
                            schema = @Schema(type = "string", format = "date-time"), example = "2026-11-01T00:00:00Z"),
                    @Parameter(name = "to", description = "Only entries before this instant; later than `from`.",
                            schema = @Schema(type = "string", format = "date-time"), example = "2026-12-01T00:00:00Z"),
                    @Parameter(name = "page", description = "The page number, from 0.",
                            schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0")),
                    @Parameter(name = "size", description = "Entries per page.", schema = @Schema(type = "integer",
                            format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))
            })
    @ApiResponse(responseCode = "200", description = "A page of entries.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.AuditPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.AUDIT_PAGE)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    public PageView<AuditSearch.Entry> find(@Nullable @QueryValue UUID subject, @Nullable @QueryValue Instant from,
                                            @Nullable @QueryValue Instant to,
                                            @QueryValue(defaultValue = "0") int page,
                                            @QueryValue(defaultValue = "50") int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be later than from");
        }
        return search.find(subject, from, to, page, size);
    }

    @Get("/verify")
    @RequiresPermission(Permission.AUDIT_READ)
    @Operation(operationId = "verifyAuditChain", summary = "Verify the audit chain",
            description = "Needs the permission `audit:read`. Recomputes the whole chain: each entry's hash, each link to "
                    + "the entry before, the sequence without gaps, and the last entry against the chain head. When "
                    + "something was altered or deleted, `valid` is false, `entries` counts the entries checked good before "
                    + "the break and `firstBroken` says where and why.")
    @ApiResponse(responseCode = "200", description = "The chain's state.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Verification.class),
                    examples = {
                            @ExampleObject(name = "valid", summary = "An intact chain", value = Examples.CHAIN_VALID),
                            @ExampleObject(name = "broken", summary = "Entry 3 was altered", value = Examples.CHAIN_BROKEN)
                    }))
    @ApiProblems.SignInRequired
    public Verification verify() {
        AuditChainVerifier.Result result = verifier.verify();
        return new Verification(result.valid(), result.entries(),
                result.valid() ? null : new BrokenEntry(result.brokenAt(), result.reason()));
    }
}
