package lv.balticom.privacy.core.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.api.catalog.LegalBasis;
import lv.balticom.privacy.core.api.catalog.LegitimateInterest;
import lv.balticom.privacy.core.api.catalog.PolicyNote;
import lv.balticom.privacy.core.api.catalog.PurposeGroup;
import lv.balticom.privacy.core.api.catalog.RecipientCategory;
import lv.balticom.privacy.core.api.catalog.Source;
import lv.balticom.privacy.core.api.catalog.SubjectType;
import lv.balticom.privacy.core.internal.audit.AuditSearch;

/**
 * The head of the OpenAPI document that micronaut-openapi generates from the controllers at compile
 * time ({@code openapi.properties}): title, version, servers, the two ways to sign in and the tags.
 * The document is served at {@code /openapi.yml}, Swagger UI at {@code /api-docs}.
 *
 * <p>Nothing here runs: the class only carries annotations.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Balticom Privacy Platform API",
                version = ApiDocumentation.VERSION,
                description = ApiDocumentation.DESCRIPTION,
                contact = @Contact(name = "AS Balticom", email = "klients@balticom.info",
                        url = "https://www.balticom.lv")),
        servers = @Server(url = "/", description = "This platform"),
        security = {@SecurityRequirement(name = ApiDocumentation.BASIC),
                    @SecurityRequirement(name = ApiDocumentation.BEARER)},
        tags = {
                @Tag(name = ApiDocumentation.HEALTH, description = "Whether the platform works; open to load balancers."),
                @Tag(name = ApiDocumentation.CATALOGUE, description = "The privacy policy as data: the controller, data "
                        + "categories, purposes, legal bases, legitimate interests, sources, recipients, subject types and "
                        + "policy versions."),
                @Tag(name = ApiDocumentation.SUBJECTS,
                        description = "Data subjects (POL-4): record one, read one, find them by an identifier."),
                @Tag(name = ApiDocumentation.AUDIT,
                        description = "The hash-chained audit ledger: entries and a check of the whole chain."),
                @Tag(name = ApiDocumentation.USERS,
                        description = "The people who sign in: create, disable, reset a password, assign roles."),
                @Tag(name = ApiDocumentation.API_KEYS, description = "Keys for systems, with exactly the permissions they need."),
                @Tag(name = ApiDocumentation.ACCESS, description = "Roles, permissions and the signed-in person's own account."),
                @Tag(name = ApiDocumentation.PLUGINS, description = "The plugins the platform found: which run, which were refused and why.")
        })
@SecurityScheme(name = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A user's name and password (HTTP Basic). Send them with every request: the API keeps no session.")
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "API key",
        description = "An API key's secret, as `Authorization: Bearer <secret>` (POST /api/v1/api-keys makes one). "
                + "The key may do exactly what its permissions allow.")
public final class ApiDocumentation {

    /** The API's version in the document. */
    static final String VERSION = "0.1.0";

    /** The security scheme of users: HTTP Basic. */
    static final String BASIC = "basicAuth";

    /** The security scheme of systems: an API key as a bearer token. */
    static final String BEARER = "bearerAuth";

    static final String HEALTH = "Health";
    static final String CATALOGUE = "Catalogue";
    static final String SUBJECTS = "Data subjects";
    static final String AUDIT = "Audit";
    static final String USERS = "Users";
    static final String API_KEYS = "API keys";
    static final String ACCESS = "Access";
    static final String PLUGINS = "Plugins";

    static final String DESCRIPTION = """
            The HTTP API of the Balticom Privacy Platform: AS Balticom's privacy policy as data, data subjects, \
            the audit ledger, users and API keys.

            * JSON in UTF-8 in and out; a request body is sent as `Content-Type: application/json`. Every field is \
            always present in an answer (a missing value is `null`); unknown fields in a request are refused.
            * Times are ISO-8601 instants in UTC ending in `Z`; days are `YYYY-MM-DD`. Texts people read come in \
            Latvian and English: `{"lv": "...", "en": "..."}`.
            * Every `/api/**` route needs sign-in: HTTP Basic (a user) or `Authorization: Bearer <secret>` (an API \
            key). Without it the answer is 401; without the route's permission it is 403. Each operation names \
            the permission it needs.
            * Errors are problem details (RFC 9457, `application/problem+json`) with a stable `type`, and `field` \
            naming the offending field or parameter. A request that fails changes nothing.
            * Personal codes are always shown masked (`******-***94`).
            """;

    private ApiDocumentation() {
    }

    /**
     * The shapes of the list answers, for the document only. The controllers answer {@code ItemList<T>}
     * and {@code PageView<T>}; an {@code @ApiResponse} that carries examples cannot also take its schema
     * from a generic return type, so these records spell the shapes out. Nothing serialises them.
     */
    static final class Lists {

        @Schema(name = "DataCategoryList", description = "The data categories (APP1), ordered by number.")
        record DataCategories(List<DataCategory> items) {
        }

        @Schema(name = "PurposeGroupList", description = "The purpose groups (POL-5.1 to 5.7).")
        record PurposeGroups(List<PurposeGroup> items) {
        }

        @Schema(name = "PurposeList", description = "The purposes (POL-5), each with its group spelled out.")
        record Purposes(List<CatalogController.PurposeView> items) {
        }

        @Schema(name = "LegalBasisList", description = "The legal bases (POL-6).")
        record LegalBases(List<LegalBasis> items) {
        }

        @Schema(name = "LegitimateInterestList", description = "The legitimate interests (POL-7), ordered by number.")
        record LegitimateInterests(List<LegitimateInterest> items) {
        }

        @Schema(name = "SourceList", description = "The sources of personal data (POL-16).")
        record Sources(List<Source> items) {
        }

        @Schema(name = "RecipientCategoryList", description = "The categories of recipients (POL-17).")
        record RecipientCategories(List<RecipientCategory> items) {
        }

        @Schema(name = "SubjectTypeList", description = "The data subject types (POL-4).")
        record SubjectTypes(List<SubjectType> items) {
        }

        @Schema(name = "PolicyVersionList", description = "The policy versions (POL-53 to 55), oldest first.")
        record PolicyVersions(List<CatalogController.PolicyVersionView> items) {
        }

        @Schema(name = "PolicyNoteList", description = "Remarks on the policy's text.")
        record PolicyNotes(List<PolicyNote> items) {
        }

        @Schema(name = "SubjectList", description = "Data subjects, oldest first.")
        record Subjects(List<SubjectController.SubjectView> items) {
        }

        @Schema(name = "AuditPage", description = "One page of audit entries, newest first.")
        record AuditPage(List<AuditSearch.Entry> items,
                         @Schema(description = "The page number, from 0.") int page,
                         @Schema(description = "The page size asked for.") int size,
                         @Schema(description = "How many entries match in all.") long totalItems) {
        }

        @Schema(name = "UserList", description = "The users.")
        record Users(List<UserController.UserView> items) {
        }

        @Schema(name = "ApiKeyList", description = "The API keys, active ones first (never their secrets).")
        record ApiKeys(List<ApiKeyController.ApiKeyView> items) {
        }

        @Schema(name = "PermissionList", description = "Every permission.")
        record Permissions(List<AccessController.PermissionView> items) {
        }

        @Schema(name = "RoleList", description = "Every role and its permissions.")
        record Roles(List<AccessController.RoleView> items) {
        }

        private Lists() {
        }
    }

    /**
     * Example bodies for the document, after {@code docs/api.md}: AS Balticom, a made-up client
     * (customer number K-100234, janis.paraugs@example.lv) and personal codes only ever masked.
     */
    static final class Examples {

        static final String CONTROLLER = """
                {
                  "name": "AS Balticom",
                  "registrationNumber": "40003443452",
                  "address": {"lv": "Straupes iela 5 k-3, Rīga, LV-1073", "en": "Straupes iela 5 k-3, Riga, LV-1073, Latvia"},
                  "privacyEmail": "klients@balticom.info",
                  "secretariatEmail": "sekretariats@balticom.info",
                  "phone": "+37129333333",
                  "website": "https://www.balticom.lv",
                  "supervisoryAuthority": {
                    "name": {"lv": "Datu valsts inspekcija", "en": "Data State Inspectorate"},
                    "website": "https://www.dvi.gov.lv"
                  },
                  "privacyPolicy": {
                    "title": {"lv": "AS Balticom privātuma politika", "en": "AS Balticom Privacy Policy"},
                    "edition": "07.11.2025",
                    "url": "https://balticom.lv/lv/priv%C4%81tuma-politika"
                  }
                }""";

        static final String DATA_CATEGORIES = """
                {"items": [
                  {
                    "code": "CALL_RECORDINGS",
                    "number": 26,
                    "clause": "APP1-26",
                    "name": {"lv": "Sarunu ierakstu dati", "en": "Call recording data"},
                    "examples": {
                      "lv": ["Balticom klientu apkalpošanas tālruņu sarunu ieraksti", "datums un laiks"],
                      "en": ["recordings of calls on Balticom customer service phone lines", "date and time"]
                    },
                    "sensitive": false
                  }
                ]}""";

        static final String PURPOSE_GROUPS = """
                {"items": [
                  {"code": "SERVICES_AND_SALES", "clause": "POL-5.1",
                   "name": {"lv": "Pakalpojumu sniegšanai un preču pārdošanai", "en": "Provision of services and sale of goods"}},
                  {"code": "OBLIGATIONS", "clause": "POL-5.2",
                   "name": {"lv": "Saistību izpildes nodrošināšanai", "en": "Ensuring the fulfilment of obligations"}}
                ]}""";

        static final String PURPOSES = """
                {"items": [
                  {
                    "code": "CLIENT_IDENTIFICATION",
                    "group": {"code": "SERVICES_AND_SALES", "clause": "POL-5.1",
                              "name": {"lv": "Pakalpojumu sniegšanai un preču pārdošanai", "en": "Provision of services and sale of goods"}},
                    "clause": "POL-5.1",
                    "name": {"lv": "Klienta identificēšanai", "en": "Identifying the client"},
                    "legalBases": ["CONTRACT", "LEGITIMATE_INTEREST"],
                    "legitimateInterests": ["VERIFY_IDENTITY"],
                    "dataCategories": ["IDENTIFICATION", "CONTACT", "CLIENT"],
                    "channels": false
                  }
                ]}""";

        static final String LEGAL_BASES = """
                {"items": [
                  {
                    "code": "CONTRACT",
                    "clause": "POL-6.1",
                    "gdprArticle": "6(1)(b)",
                    "name": {"lv": "Līguma noslēgšana un izpilde", "en": "Conclusion and performance of a contract"},
                    "description": {
                      "lv": "līguma noslēgšanai un izpildei - lai sagatavotu un noslēgtu līgumu pēc Klienta pieteikuma un nodrošinātu tā izpildi",
                      "en": "for the conclusion and performance of a contract – to prepare and conclude a contract at the Client's request and to ensure its performance"
                    }
                  }
                ]}""";

        static final String LEGITIMATE_INTERESTS = """
                {"items": [
                  {"code": "VERIFY_IDENTITY", "number": 3, "clause": "POL-7.3",
                   "text": {"lv": "pārbaudīt Klienta identitāti pirms līguma noslēgšanas",
                            "en": "to verify the Client's identity before concluding a contract"}}
                ]}""";

        static final String SOURCES = """
                {"items": [
                  {"code": "DATA_SUBJECT", "clause": "POL-16.1", "name": {"lv": "Klients", "en": "The Client"},
                   "examples": {"lv": [], "en": []}},
                  {"code": "PUBLIC_REGISTERS", "clause": "POL-16.6",
                   "name": {"lv": "Publiski pieejamas datu bāzes", "en": "Publicly available databases"},
                   "examples": {
                     "lv": ["www.zemesgramata.lv", "www.kadastrs.lv", "www.lursoft.lv"],
                     "en": ["www.zemesgramata.lv (Land Register)", "www.kadastrs.lv (State Cadastre)", "www.lursoft.lv (company register data)"]
                   }}
                ]}""";

        static final String RECIPIENT_CATEGORIES = """
                {"items": [
                  {"code": "WITH_CONSENT", "clause": "POL-17.2",
                   "name": {"lv": "Saņēmēji ar Klienta piekrišanu", "en": "Recipients with the Client's consent"},
                   "description": {"lv": "saskaņā ar Klienta skaidru un nepārprotamu piekrišanu",
                                   "en": "in accordance with the Client's clear and unambiguous consent"}}
                ]}""";

        static final String SUBJECT_TYPES = """
                {"items": [
                  {"code": "VISITOR", "clause": "POL-4.2",
                   "name": {"lv": "Biroju un telpu apmeklētāji", "en": "Visitors to offices and premises"},
                   "description": {"lv": "Balticom biroju un citu telpu apmeklētājiem", "en": "visitors to Balticom offices and other premises"}}
                ]}""";

        static final String POLICY_VERSIONS = """
                {"items": [
                  {"version": "2023-01-20", "effectiveFrom": "2023-01-20",
                   "document": "https://balticom.lv/assets/pdf/Balticom_privatuma_politika_20012023.pdf", "current": false},
                  {"version": "2023-10-10", "effectiveFrom": "2023-10-10",
                   "document": "https://balticom.lv/assets/pdf/Balticom_privatuma_politika_10102023.pdf", "current": false},
                  {"version": "2025-10-07", "effectiveFrom": "2025-10-07",
                   "document": "https://balticom.lv/assets/pdf/Balticom_privatuma_politika_07102025.pdf", "current": true}
                ]}""";

        // A backslash at a line's end continues the line (text block): the JSON strings are single lines.
        static final String POLICY_NOTES = """
                {"items": [
                  {"clause": "POL-19",
                   "text": {
                     "lv": "19. punkts atsaucas uz \\"20. punktā minētajiem gadījumiem\\", taču 20. punkts nosaka datu \
                glabāšanas ilgumu; pēc satura ir domāti 18. punktā minētie gadījumi (sadarbības partneru piekļuve personas \
                datiem no trešajām valstīm).",
                     "en": "Clause 19 refers to \\"the cases referred to in clause 20\\", but clause 20 sets the retention \
                periods; by its content the reference is to the cases in clause 18 (access to personal data by partners located \
                in third countries)."
                   }}
                ]}""";

        static final String NEW_SUBJECT = """
                {
                  "type": "CLIENT",
                  "identifiers": {
                    "customerNumber": "K-100234",
                    "email": " Janis.Paraugs@Example.LV ",
                    "phone": "29 12 34 56"
                  }
                }""";

        static final String SUBJECT_CREATED = """
                {
                  "id": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "type": "CLIENT",
                  "identifiers": {
                    "customerNumber": "K-100234",
                    "email": "janis.paraugs@example.lv",
                    "phone": "+37129123456",
                    "personalCode": null
                  },
                  "createdAt": "2026-11-29T06:13:31.183265Z",
                  "updatedAt": "2026-11-29T06:13:31.183265Z"
                }""";

        static final String SUBJECT = """
                {
                  "id": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "type": "CLIENT",
                  "identifiers": {
                    "customerNumber": "K-100234",
                    "email": "janis.paraugs@example.lv",
                    "phone": "+37129123456",
                    "personalCode": "******-***94"
                  },
                  "createdAt": "2026-11-29T06:13:31.183265Z",
                  "updatedAt": "2026-11-29T06:13:31.183265Z"
                }""";

        static final String SUBJECTS = "{\"items\": [" + SUBJECT + "]}";

        static final String AUDIT_PAGE = """
                {
                  "items": [
                    {
                      "seq": 3,
                      "occurredAt": "2026-11-29T06:13:31.187268Z",
                      "actor": "user:admin",
                      "action": "subject.created",
                      "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                      "targetType": "data-subject",
                      "targetId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                      "details": {"identifiers": "customerNumber,email,phone", "type": "CLIENT"},
                      "previousHash": "b2dbcbc5bce4c92db7d725fb0f3b41cfef5ae9c74f5d877fcde85453619f2417",
                      "hash": "9ecefbfc343a6d5c5bbf8bf32a333a510f6035203b505af5d9b3338625a87f4a"
                    }
                  ],
                  "page": 0,
                  "size": 50,
                  "totalItems": 3
                }""";

        static final String CHAIN_VALID = """
                {"valid": true, "entries": 3, "firstBroken": null}""";

        static final String CHAIN_BROKEN = """
                {"valid": false, "entries": 2, "firstBroken": {"seq": 3, "reason": "its content does not match its hash"}}""";

        static final String NEW_USER = """
                {"username": "ilze.agente", "password": "correct-horse-battery-7", "roles": ["AGENT"]}""";

        static final String USER = """
                {
                  "id": "327c5f62-41d5-4670-9a06-136753451d24",
                  "username": "ilze.agente",
                  "roles": ["AGENT"],
                  "enabled": true,
                  "locked": false,
                  "lockedUntil": null,
                  "lastSignInAt": "2026-11-29T07:45:12.402113Z",
                  "locale": "lv",
                  "createdAt": "2026-11-29T06:20:04.551870Z"
                }""";

        static final String USER_CREATED = """
                {
                  "id": "327c5f62-41d5-4670-9a06-136753451d24",
                  "username": "ilze.agente",
                  "roles": ["AGENT"],
                  "enabled": true,
                  "locked": false,
                  "lockedUntil": null,
                  "lastSignInAt": null,
                  "locale": "lv",
                  "createdAt": "2026-11-29T06:20:04.551870Z"
                }""";

        static final String USERS = """
                {"items": [
                  {
                    "id": "d0de9f41-12c9-4433-aa14-446dc02cf12c",
                    "username": "admin",
                    "roles": ["ADMIN"],
                    "enabled": true,
                    "locked": false,
                    "lockedUntil": null,
                    "lastSignInAt": "2026-11-29T07:58:40.118027Z",
                    "locale": "lv",
                    "createdAt": "2026-11-29T06:00:02.904512Z"
                  },
                  {
                    "id": "327c5f62-41d5-4670-9a06-136753451d24",
                    "username": "ilze.agente",
                    "roles": ["AGENT"],
                    "enabled": true,
                    "locked": true,
                    "lockedUntil": "2026-11-29T08:15:03.220194Z",
                    "lastSignInAt": "2026-11-29T07:45:12.402113Z",
                    "locale": "lv",
                    "createdAt": "2026-11-29T06:20:04.551870Z"
                  }
                ]}""";

        static final String ROLES_CHANGE = """
                {"roles": ["AGENT", "AUDITOR"]}""";

        static final String PASSWORD_RESET = """
                {"password": "temporary-pass-4821"}""";

        static final String NEW_KEY = """
                {"name": "crm", "permissions": ["consent:check", "subject:read"]}""";

        static final String KEY_CREATED = """
                {
                  "id": "6f98f617-8f3a-42d5-893e-25b297d6165f",
                  "name": "crm",
                  "secret": "bpp_Kw7fcLmaMYwnENz5eQdZ29Ioa2pp7c55QiFarSpRtZc",
                  "permissions": ["consent:check", "subject:read"]
                }""";

        static final String KEY = """
                {
                  "id": "6f98f617-8f3a-42d5-893e-25b297d6165f",
                  "name": "crm",
                  "prefix": "bpp_Kw7fcL",
                  "permissions": ["consent:check", "subject:read"],
                  "createdBy": "user:admin",
                  "createdAt": "2026-11-29T06:31:17.730915Z",
                  "lastUsedAt": "2026-11-29T07:52:13.408211Z",
                  "revokedAt": null
                }""";

        static final String KEYS = "{\"items\": [" + KEY + "]}";

        static final String PERMISSIONS = """
                {"items": [
                  {"permission": "catalog:read",
                   "description": {"lv": "Skatīt katalogu un politikas versijas", "en": "See the catalogue and policy versions"}},
                  {"permission": "subject:read",
                   "description": {"lv": "Meklēt un skatīt datu subjektus", "en": "Find and see data subjects"}},
                  {"permission": "consent:check",
                   "description": {"lv": "Pārbaudīt, vai apstrāde atļauta", "en": "Check whether processing is permitted"}}
                ]}""";

        static final String ROLES = """
                {"items": [
                  {"role": "AGENT",
                   "name": {"lv": "Klientu apkalpošanas speciālists", "en": "Agent"},
                   "permissions": ["catalog:read", "subject:read", "subject:write", "consent:read", "consent:write",
                                   "consent:check", "request:create", "account:self"]}
                ]}""";

        static final String ME = """
                {
                  "username": "ilze.agente",
                  "roles": ["AGENT"],
                  "permissions": ["catalog:read", "subject:read", "subject:write", "consent:read", "consent:write",
                                  "consent:check", "request:create", "account:self"],
                  "locale": "lv"
                }""";

        static final String PASSWORD_CHANGE = """
                {"currentPassword": "temporary-pass-4821", "newPassword": "my-own-long-passphrase-9"}""";

        static final String LOCALE_CHANGE = """
                {"locale": "en"}""";

        private Examples() {
        }
    }
}
