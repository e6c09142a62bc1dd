package lv.balticom.privacy.core.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Objects;

/**
 * A list of short texts in Latvian and English, item for item (for example a data category's examples).
 *
 * @param lv the Latvian items
 * @param en the English items, in the same order
 */
@Serdeable
public record LocalizedList(List<String> lv, List<String> en) {

    public static final LocalizedList EMPTY = new LocalizedList(List.of(), List.of());

    public LocalizedList {
        lv = List.copyOf(Objects.requireNonNull(lv, "lv is null"));
        en = List.copyOf(Objects.requireNonNull(en, "en is null"));
        if (lv.size() != en.size()) {
            throw new IllegalArgumentException("lv has " + lv.size() + " items and en " + en.size());
        }
    }
}
