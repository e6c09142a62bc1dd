package lv.balticom.privacy.core.internal.plugins;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.Text;

/** The platform's catalogue as plugins see it: codes, names in both languages and clauses, read-only. */
final class PlatformCatalogLookup implements CatalogLookup {

    private final Catalog catalog;

    PlatformCatalogLookup(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Entry> find(Kind kind, String code) {
        Objects.requireNonNull(kind, "kind is null");
        if (code == null) {
            return Optional.empty();
        }
        return all(kind).stream().filter(entry -> entry.code().equals(code)).findFirst();
    }

    @Override
    public List<Entry> all(Kind kind) {
        Objects.requireNonNull(kind, "kind is null");
        return switch (kind) {
            case DATA_CATEGORY -> catalog.dataCategories().stream()
                    .map(entry -> entry(kind, entry.code(), entry.name(), entry.clause())).toList();
            case PURPOSE -> catalog.purposes().stream()
                    .map(entry -> entry(kind, entry.code(), entry.name(), entry.clause())).toList();
            case LEGAL_BASIS -> catalog.legalBases().stream()
                    .map(entry -> entry(kind, entry.code(), entry.name(), entry.clause())).toList();
            case SUBJECT_TYPE -> catalog.subjectTypes().stream()
                    .map(entry -> entry(kind, entry.code(), entry.name(), entry.clause())).toList();
            case RECIPIENT_CATEGORY -> catalog.recipientCategories().stream()
                    .map(entry -> entry(kind, entry.code(), entry.name(), entry.clause())).toList();
            case SOURCE -> catalog.sources().stream()
                    .map(entry -> entry(kind, entry.code(), entry.name(), entry.clause())).toList();
        };
    }

    private static Entry entry(Kind kind, String code, Localized name, String clause) {
        return new Entry(kind, code, text(name, code), clause == null ? "" : clause);
    }

    /** A catalogue name as an SPI text; a language left blank falls back to the other, then to the code. */
    private static Text text(Localized name, String code) {
        String lv = name == null ? null : name.lv();
        String en = name == null ? null : name.en();
        boolean hasLv = lv != null && !lv.isBlank();
        boolean hasEn = en != null && !en.isBlank();
        return Text.of(hasLv ? lv : hasEn ? en : code, hasEn ? en : hasLv ? lv : code);
    }
}
