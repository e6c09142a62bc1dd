package lv.balticom.privacy.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Paging;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.audit.AuditChainVerifier;
import lv.balticom.privacy.core.internal.audit.AuditSearch;

/** The audit ledger: entries by subject and time, newest first, and a check of the whole chain. */
@Controller("/api/v1/audit")
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
    public Verification verify() {
        AuditChainVerifier.Result result = verifier.verify();
        return new Verification(result.valid(), result.entries(),
                result.valid() ? null : new BrokenEntry(result.brokenAt(), result.reason()));
    }
}
