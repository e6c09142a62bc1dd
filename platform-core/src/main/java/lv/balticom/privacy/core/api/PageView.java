package lv.balticom.privacy.core.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of a longer list, as the API answers it.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems how many items there are in all
 * @param <T> the item type
 */
@Serdeable
public record PageView<T>(List<T> items, int page, int size, long totalItems) {

    public PageView {
        items = List.copyOf(items);
    }
}
