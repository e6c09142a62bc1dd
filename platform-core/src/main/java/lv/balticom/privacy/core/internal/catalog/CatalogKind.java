package lv.balticom.privacy.core.internal.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists of the catalogue that officers edit, named as in the API paths
 * ({@code /api/v1/catalog/data-categories/...}). The path name is also what the audit ledger records as
 * the target type and what {@code catalog_revision.kind} holds, so it must never change.
 */
public enum CatalogKind {
    DATA_CATEGORIES("data-categories", "catalog_data_category"),
    PURPOSES("purposes", "catalog_purpose"),
    LEGAL_BASES("legal-bases", "catalog_legal_basis"),
    LEGITIMATE_INTERESTS("legitimate-interests", "catalog_legitimate_interest"),
    SOURCES("sources", "catalog_source"),
    RECIPIENT_CATEGORIES("recipient-categories", "catalog_recipient_category"),
    SUBJECT_TYPES("subject-types", "catalog_subject_type");

    private final String pathName;
    private final String table;

    CatalogKind(String pathName, String table) {
        this.pathName = pathName;
        this.table = table;
    }

    /** The name in API paths, the audit ledger and the revision table, for example {@code data-categories}. */
    public String pathName() {
        return pathName;
    }

    /** The table holding the entries, each keyed by its {@code code}. */
    String table() {
        return table;
    }

    /** The kind with this path name, if any. */
    public static Optional<CatalogKind> ofPathName(String pathName) {
        return Arrays.stream(values()).filter(kind -> kind.pathName.equals(pathName)).findFirst();
    }

    @Override
    public String toString() {
        return pathName;
    }
}
