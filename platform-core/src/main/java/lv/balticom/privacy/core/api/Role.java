package lv.balticom.privacy.core.api;

import static lv.balticom.privacy.core.api.Permission.ACCOUNT_SELF;
import static lv.balticom.privacy.core.api.Permission.AUDIT_READ;
import static lv.balticom.privacy.core.api.Permission.CATALOG_EDIT;
import static lv.balticom.privacy.core.api.Permission.CATALOG_READ;
import static lv.balticom.privacy.core.api.Permission.CONSENT_CHECK;
import static lv.balticom.privacy.core.api.Permission.CONSENT_READ;
import static lv.balticom.privacy.core.api.Permission.CONSENT_WRITE;
import static lv.balticom.privacy.core.api.Permission.COOKIES_MANAGE;
import static lv.balticom.privacy.core.api.Permission.COOKIES_READ;
import static lv.balticom.privacy.core.api.Permission.PLUGIN_READ;
import static lv.balticom.privacy.core.api.Permission.REGISTER_READ;
import static lv.balticom.privacy.core.api.Permission.REGISTER_WRITE;
import static lv.balticom.privacy.core.api.Permission.REQUEST_CREATE;
import static lv.balticom.privacy.core.api.Permission.REQUEST_MANAGE;
import static lv.balticom.privacy.core.api.Permission.REQUEST_READ;
import static lv.balticom.privacy.core.api.Permission.RETENTION_MANAGE;
import static lv.balticom.privacy.core.api.Permission.RETENTION_READ;
import static lv.balticom.privacy.core.api.Permission.RETENTION_RUN;
import static lv.balticom.privacy.core.api.Permission.SUBJECT_READ;
import static lv.balticom.privacy.core.api.Permission.SUBJECT_WRITE;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What the people who sign in do, and so what they may do (docs/architecture.md, Roles). */
public enum Role {
    /** Everything. */
    ADMIN(new Localized("Administrators", "Administrator"), EnumSet.allOf(Permission.class)),

    /** The privacy office: the catalogue, requests, retention and the plugins' registers. */
    PRIVACY_OFFICER(new Localized("Privātuma speciālists", "Privacy officer"), EnumSet.of(
            CATALOG_READ, CATALOG_EDIT, SUBJECT_READ, SUBJECT_WRITE, CONSENT_READ, CONSENT_CHECK,
            REQUEST_READ, REQUEST_CREATE, REQUEST_MANAGE, RETENTION_READ, RETENTION_MANAGE, RETENTION_RUN,
            COOKIES_READ, COOKIES_MANAGE, REGISTER_READ, REGISTER_WRITE, PLUGIN_READ, AUDIT_READ, ACCOUNT_SELF)),

    /** The call centre and the shops: look up a subject, record consents and opt-outs, take in a request. */
    AGENT(new Localized("Klientu apkalpošanas speciālists", "Agent"), EnumSet.of(
            CATALOG_READ, SUBJECT_READ, SUBJECT_WRITE, CONSENT_READ, CONSENT_WRITE, CONSENT_CHECK, REQUEST_CREATE,
            ACCOUNT_SELF)),

    /** Reads everything, the audit ledger included, and changes nothing. */
    AUDITOR(new Localized("Auditors", "Auditor"), readOnly());

    private final Localized localizedName;
    private final Set<Permission> permissions;

    Role(Localized localizedName, Set<Permission> permissions) {
        this.localizedName = localizedName;
        this.permissions = Collections.unmodifiableSet(EnumSet.copyOf(permissions));
    }

    public Localized localizedName() {
        return localizedName;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The permissions of all these roles together. */
    public static Set<Permission> permissionsOf(Set<Role> roles) {
        Set<Permission> union = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> union.addAll(role.permissions));
        return union;
    }

    private static Set<Permission> readOnly() {
        Set<Permission> read = Arrays.stream(Permission.values()).filter(Permission::readOnly)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
        read.add(ACCOUNT_SELF);
        return read;
    }
}
