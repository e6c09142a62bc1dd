package lv.balticom.privacy.core.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A list answer that is not paged: {@code {"items": [...]}}. An object rather than a bare array, so that
 * fields can be added later without breaking clients.
 *
 * @param items the items, in the order the route documents
 * @param <T> the item type
 */
@Serdeable
public record ItemList<T>(List<T> items) {

    public ItemList {
        items = List.copyOf(items);
    }
}
