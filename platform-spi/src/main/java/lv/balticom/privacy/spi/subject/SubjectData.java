package lv.balticom.privacy.spi.subject;

import java.util.List;
import java.util.Objects;
import lv.balticom.privacy.spi.Text;

/**
 * What a source holds about a data subject, for an access answer and a copy of the data: groups of
 * items, each item a set of labelled values a person can read.
 *
 * @param items what is held, one item per record or thing
 */
public record SubjectData(List<Item> items) {

    public SubjectData {
        items = List.copyOf(items);
    }

    /** Nothing is held. */
    public static SubjectData none() {
        return new SubjectData(List.of());
    }

    /** Whether nothing is held. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * One thing held about the subject.
     *
     * @param kind what it is ("Īpašums" / "Property")
     * @param id the source's id of it, for a later rectification or erasure
     * @param dataCategory the catalogue code of its data category, for the answer's grouping
     * @param values its values, labelled, in the order they should be read
     */
    public record Item(Text kind, String id, String dataCategory, List<Value> values) {
        public Item {
            Objects.requireNonNull(kind, "kind is null");
            Objects.requireNonNull(id, "id is null");
            Objects.requireNonNull(dataCategory, "dataCategory is null");
            values = List.copyOf(values);
        }
    }

    /**
     * A labelled value.
     *
     * @param field the field's id
     * @param label what it is
     * @param value the value as text
     */
    public record Value(String field, Text label, String value) {
        public Value {
            Objects.requireNonNull(field, "field is null");
            Objects.requireNonNull(label, "label is null");
            Objects.requireNonNull(value, "value is null");
        }
    }
}
