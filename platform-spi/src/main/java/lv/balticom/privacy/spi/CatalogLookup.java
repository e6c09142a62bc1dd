package lv.balticom.privacy.spi;

import java.util.List;
import java.util.Optional;

/**
 * The policy's catalogue, read-only: the codes a plugin refers to and their names. Thread-safe; the
 * answers reflect the catalogue as it is when asked (officers edit it in the console).
 */
public interface CatalogLookup {

    /** The kinds of catalogue entry a plugin can refer to. */
    enum Kind { DATA_CATEGORY, PURPOSE, LEGAL_BASIS, SUBJECT_TYPE, RECIPIENT_CATEGORY, SOURCE }

    /**
     * One catalogue entry.
     *
     * @param kind what it is
     * @param code its stable code ({@code CALL_RECORDINGS})
     * @param name its name in both languages
     * @param clause the policy clause it comes from ({@code POL-4.3})
     */
    record Entry(Kind kind, String code, Text name, String clause) {
    }

    /** The entry of this kind with this code, if the catalogue has one. */
    Optional<Entry> find(Kind kind, String code);

    /** Every entry of this kind, in the catalogue's order. */
    List<Entry> all(Kind kind);
}
