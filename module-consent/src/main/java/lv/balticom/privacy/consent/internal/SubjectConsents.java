package lv.balticom.privacy.consent.internal;

import java.util.Arrays;

/**
 * Everything the permission check needs of one subject: a timeline per consent slot (purpose and channel)
 * and per product category bought. Immutable; {@link ConsentIndex} swaps in a new one on every write.
 */
final class SubjectConsents {

    static final SubjectConsents EMPTY = new SubjectConsents(new int[0], new Timeline[0], new String[0], new Timeline[0]);

    private final int[] slots;
    private final Timeline[] timelines;
    private final String[] categories;
    private final Timeline[] purchases;

    private SubjectConsents(int[] slots, Timeline[] timelines, String[] categories, Timeline[] purchases) {
        this.slots = slots;
        this.timelines = timelines;
        this.categories = categories;
        this.purchases = purchases;
    }

    /** The consent timeline of a slot, or null when it has no event. */
    Timeline consent(int slot) {
        int index = Arrays.binarySearch(slots, slot);
        return index < 0 ? null : timelines[index];
    }

    /** The purchases of a product category, or null when there are none. */
    Timeline purchases(String category) {
        for (int i = 0; i < categories.length; i++) {
            if (categories[i].equals(category)) {
                return purchases[i];
            }
        }
        return null;
    }

    int events() {
        int count = 0;
        for (Timeline timeline : timelines) {
            count += timeline.size();
        }
        return count;
    }

    SubjectConsents withConsent(int slot, long micros, long seq, boolean granted) {
        int index = Arrays.binarySearch(slots, slot);
        if (index >= 0) {
            Timeline changed = timelines[index].with(micros, seq, granted);
            if (changed == timelines[index]) {
                return this;
            }
            Timeline[] newTimelines = timelines.clone();
            newTimelines[index] = changed;
            return new SubjectConsents(slots, newTimelines, categories, purchases);
        }
        int position = -index - 1;
        int[] newSlots = new int[slots.length + 1];
        Timeline[] newTimelines = new Timeline[slots.length + 1];
        System.arraycopy(slots, 0, newSlots, 0, position);
        System.arraycopy(timelines, 0, newTimelines, 0, position);
        newSlots[position] = slot;
        newTimelines[position] = Timeline.EMPTY.with(micros, seq, granted);
        System.arraycopy(slots, position, newSlots, position + 1, slots.length - position);
        System.arraycopy(timelines, position, newTimelines, position + 1, slots.length - position);
        return new SubjectConsents(newSlots, newTimelines, categories, purchases);
    }

    SubjectConsents withPurchase(String category, long micros, long seq) {
        for (int i = 0; i < categories.length; i++) {
            if (categories[i].equals(category)) {
                Timeline changed = purchases[i].with(micros, seq, true);
                if (changed == purchases[i]) {
                    return this;
                }
                Timeline[] newPurchases = purchases.clone();
                newPurchases[i] = changed;
                return new SubjectConsents(slots, timelines, categories, newPurchases);
            }
        }
        String[] newCategories = Arrays.copyOf(categories, categories.length + 1);
        Timeline[] newPurchases = Arrays.copyOf(purchases, purchases.length + 1);
        newCategories[categories.length] = category;
        newPurchases[purchases.length] = Timeline.EMPTY.with(micros, seq, true);
        return new SubjectConsents(slots, timelines, newCategories, newPurchases);
    }
}
