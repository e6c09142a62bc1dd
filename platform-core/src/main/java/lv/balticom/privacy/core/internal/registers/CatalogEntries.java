package lv.balticom.privacy.core.internal.registers;

import java.util.List;
import java.util.Optional;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.spi.CatalogLookup;

/**
 * The catalogue's entries of each kind a {@link lv.balticom.privacy.spi.register.FieldType#CATALOG} field
 * may refer to, with their names: for checking a code and for naming it on a page.
 */
public final class CatalogEntries {

    /**
     * A catalogue entry as a register field shows it.
     *
     * @param code its code
     * @param name its name in both languages
     */
    public record Entry(String code, Localized name) {
    }

    private CatalogEntries() {
    }

    /** Every entry of this kind, in the catalogue's order. */
    public static List<Entry> all(Catalog catalog, CatalogLookup.Kind kind) {
        return switch (kind) {
            case DATA_CATEGORY -> catalog.dataCategories().stream().map(entry -> new Entry(entry.code(), entry.name())).toList();
            case PURPOSE -> catalog.purposes().stream().map(entry -> new Entry(entry.code(), entry.name())).toList();
            case LEGAL_BASIS -> catalog.legalBases().stream().map(entry -> new Entry(entry.code(), entry.name())).toList();
            case SUBJECT_TYPE -> catalog.subjectTypes().stream().map(entry -> new Entry(entry.code(), entry.name())).toList();
            case RECIPIENT_CATEGORY -> catalog.recipientCategories().stream().map(entry -> new Entry(entry.code(), entry.name())).toList();
            case SOURCE -> catalog.sources().stream().map(entry -> new Entry(entry.code(), entry.name())).toList();
        };
    }

    /** The entry of this kind with this code, if the catalogue has one. */
    public static Optional<Entry> find(Catalog catalog, CatalogLookup.Kind kind, String code) {
        return all(catalog, kind).stream().filter(entry -> entry.code().equals(code)).findFirst();
    }
}
