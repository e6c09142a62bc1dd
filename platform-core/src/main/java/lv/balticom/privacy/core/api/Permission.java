package lv.balticom.privacy.core.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Everything a person or a system may be allowed to do, one value per Shiro permission string. Routes
 * name theirs with {@link RequiresPermission}; roles and API keys hold sets of them. The strings are
 * stable: API keys store them.
 */
public enum Permission {
    CATALOG_READ("catalog:read", "Skatīt katalogu un politikas versijas", "See the catalogue and policy versions"),
    CATALOG_EDIT("catalog:edit", "Labot katalogu", "Edit the catalogue"),
    SUBJECT_READ("subject:read", "Meklēt un skatīt datu subjektus", "Find and see data subjects"),
    SUBJECT_WRITE("subject:write", "Reģistrēt datu subjektus", "Record data subjects"),
    CONSENT_READ("consent:read", "Skatīt piekrišanas", "See consents"),
    CONSENT_WRITE("consent:write", "Reģistrēt piekrišanas un atteikumus", "Record consents and opt-outs"),
    CONSENT_CHECK("consent:check", "Pārbaudīt, vai apstrāde atļauta", "Check whether processing is permitted"),
    REQUEST_READ("request:read", "Skatīt datu subjektu pieprasījumus", "See data subject requests"),
    REQUEST_CREATE("request:create", "Pieņemt datu subjektu pieprasījumus", "Take in data subject requests"),
    REQUEST_MANAGE("request:manage", "Izskatīt un izpildīt pieprasījumus", "Handle and fulfil requests"),
    RETENTION_READ("retention:read", "Skatīt glabāšanas noteikumus", "See retention rules"),
    RETENTION_MANAGE("retention:manage", "Labot glabāšanas noteikumus un aizturējumus", "Edit retention rules and legal holds"),
    RETENTION_RUN("retention:run", "Palaist dzēšanu", "Run retention sweeps"),
    COOKIES_READ("cookies:read", "Skatīt sīkdatņu sarakstu", "See the cookie inventory"),
    COOKIES_MANAGE("cookies:manage", "Labot sīkdatņu sarakstu un vietnes", "Edit the cookie inventory and sites"),
    REGISTER_READ("register:read", "Skatīt spraudņu reģistrus", "See plugins' registers"),
    REGISTER_WRITE("register:write", "Labot spraudņu reģistrus", "Edit plugins' registers"),
    PLUGIN_READ("plugin:read", "Skatīt spraudņus", "See plugins"),
    AUDIT_READ("audit:read", "Skatīt audita žurnālu", "See the audit ledger"),
    USER_READ("user:read", "Skatīt lietotājus un API atslēgas", "See users and API keys"),
    USER_MANAGE("user:manage", "Pārvaldīt lietotājus un API atslēgas", "Manage users and API keys"),
    ACCOUNT_SELF("account:self", "Mainīt savu paroli un valodu", "Change one's own password and language");

    private final String string;
    private final Localized description;

    Permission(String string, String lv, String en) {
        this.string = string;
        this.description = new Localized(lv, en);
    }

    /** The Shiro permission string, for example {@code subject:read}. */
    public String string() {
        return string;
    }

    /** What the permission allows, for people. */
    public Localized description() {
        return description;
    }

    /** Whether the permission only reads. */
    public boolean readOnly() {
        return string.endsWith(":read");
    }

    /** The permission with this string, if any. */
    public static Optional<Permission> of(String string) {
        return Arrays.stream(values()).filter(permission -> permission.string.equals(string)).findFirst();
    }

    @Override
    public String toString() {
        return string;
    }
}
