package lv.balticom.privacy.core.web.console;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.views.ModelAndView;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.internal.audit.AuditSearch;
import lv.balticom.privacy.core.internal.config.PlatformSettings;
import lv.balticom.privacy.core.internal.security.Account;
import lv.balticom.privacy.core.internal.security.ApiKeys;
import lv.balticom.privacy.core.internal.security.Principal;
import lv.balticom.privacy.core.internal.security.UserAccounts;
import lv.balticom.privacy.core.internal.subject.SubjectRegistry;

/** The first page: how much there is in each area, and what needs someone's attention. */
@Controller("/console")
public class DashboardPage {

    private final SubjectRegistry subjects;
    private final Catalog catalog;
    private final AuditSearch audit;
    private final UserAccounts accounts;
    private final ApiKeys keys;
    private final PlatformSettings settings;
    private final Clock clock;

    DashboardPage(SubjectRegistry subjects, Catalog catalog, AuditSearch audit, UserAccounts accounts, ApiKeys keys,
                  PlatformSettings settings, Clock clock) {
        this.subjects = subjects;
        this.catalog = catalog;
        this.audit = audit;
        this.accounts = accounts;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A count on the dashboard.
     *
     * @param key the message key of its label
     * @param count the number
     * @param href where to see them
     */
    public record Tile(String key, long count, String href) {
    }

    /**
     * Something that needs attention.
     *
     * @param key the message key of the sentence
     * @param count how many, where that matters
     * @param href where to act on it
     */
    public record Attention(String key, long count, String href) {
    }

    @Get
    @RequiresPermission(Permission.ACCOUNT_SELF)
    public ModelAndView<Map<String, Object>> dashboard(@RequestAttribute(Principal.REQUEST_ATTRIBUTE) Principal principal) {
        Set<Permission> may = principal.permissions();
        Instant now = clock.instant();
        List<Tile> tiles = new ArrayList<>();
        List<Attention> attention = new ArrayList<>();
        if (may.contains(Permission.SUBJECT_READ)) {
            tiles.add(new Tile("dashboard.subjects", subjects.count(), "/console/subjects"));
        }
        if (may.contains(Permission.CATALOG_READ)) {
            tiles.add(new Tile("dashboard.dataCategories", catalog.dataCategories().size(), "/console/catalog/data-categories"));
            tiles.add(new Tile("dashboard.purposes", catalog.purposes().size(), "/console/catalog/purposes"));
            if (!catalog.notes().isEmpty()) {
                attention.add(new Attention("attention.policyNotes", catalog.notes().size(), "/console/policy"));
            }
        }
        if (may.contains(Permission.AUDIT_READ)) {
            tiles.add(new Tile("dashboard.auditEntries", audit.find(null, null, null, 0, 1).totalItems(), "/console/audit"));
        }
        if (may.contains(Permission.USER_READ)) {
            List<Account> all = accounts.all();
            tiles.add(new Tile("dashboard.users", all.stream().filter(Account::enabled).count(), "/console/users"));
            tiles.add(new Tile("dashboard.apiKeys", keys.all().stream().filter(ApiKeys.ApiKey::active).count(), "/console/api-keys"));
            long locked = all.stream().filter(account -> account.lockedAt(now)).count();
            if (locked > 0) {
                attention.add(new Attention("attention.lockedUsers", locked, "/console/users"));
            }
        }
        if (may.contains(Permission.USER_MANAGE) && Files.exists(settings.dataDir().resolve("initial-admin-password"))) {
            attention.add(new Attention("attention.initialPasswordFile", 1, "/console/account"));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("tiles", tiles);
        model.put("attention", attention);
        return Pages.page("dashboard", model);
    }
}
