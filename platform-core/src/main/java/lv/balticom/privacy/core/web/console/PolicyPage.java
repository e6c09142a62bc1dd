package lv.balticom.privacy.core.web.console;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.PolicyVersion;

/** The policy's versions (POL-53..55), the one in force, and the notes on its text. */
@Controller("/console/policy")
public class PolicyPage {

    private final Catalog catalog;
    private final Clock clock;

    PolicyPage(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Get
    @RequiresPermission(Permission.CATALOG_READ)
    public ModelAndView<Map<String, Object>> policy() {
        String current = catalog.policyVersionOn(LocalDate.now(clock)).map(PolicyVersion::version).orElse("");
        return Pages.page("policy", Map.of("versions", catalog.policyVersions(), "current", current,
                "notes", catalog.notes(), "controller", catalog.controller()));
    }
}
