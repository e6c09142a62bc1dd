package lv.balticom.privacy.spi.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lv.balticom.privacy.spi.Text;

/**
 * A register a plugin declares and the host keeps: its records are stored, validated against the
 * fields (and the plugin's {@link RecordValidator}), audited and served over REST and in the console.
 *
 * <pre>{@code
 * RegisterDefinition.builder("processors", Text.of("Apstrādātāji", "Processors"))
 *         .description(Text.of("...", "..."))
 *         .field(FieldDefinition.text("name", Text.of("Nosaukums", "Name")).required())
 *         .field(FieldDefinition.country("country", Text.of("Valsts", "Country")).required())
 *         .titleField("name")
 *         .validator((values, lookup) -> List.of())
 *         .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param id the register's id within the plugin: 2 to 40 lower-case letters, digits and dashes
 * @param name what a person reads in the menu and as the page title
 * @param description a sentence or two on what the register is for, and the policy clause
 * @param fields the fields, in the order the console shows them
 * @param titleField the field that names a record in lists and links (a text field, required)
 * @param subjectField the {@link FieldType#SUBJECT} field that says whom a record is about, if any: the
 *        host then finds the records of a data subject, and counts them in their access answers
 * @param validator checks across fields, run after each field's own checks passed
 */
public record RegisterDefinition(String id, Text name, Text description, List<FieldDefinition> fields, String titleField,
                                 Optional<String> subjectField, RecordValidator validator) {

    public RegisterDefinition {
        if (id == null || !id.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new IllegalArgumentException("a register id is 2 to 40 lower-case letters, digits and dashes: " + id);
        }
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(description, "description is null");
        fields = List.copyOf(fields);
        Objects.requireNonNull(subjectField, "subjectField is null");
        Objects.requireNonNull(validator, "validator is null");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(id + ": a register needs at least one field");
        }
        Set<String> ids = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (!ids.add(field.id())) {
                throw new IllegalArgumentException(id + ": two fields are called " + field.id());
            }
        }
        FieldDefinition title = field(fields, titleField).orElseThrow(
                () -> new IllegalArgumentException(id + ": the title field " + titleField + " is not one of the fields"));
        if (title.type() != FieldType.TEXT || !title.isRequired()) {
            throw new IllegalArgumentException(id + ": the title field must be a required text field");
        }
        if (subjectField.isPresent()) {
            FieldDefinition subject = field(fields, subjectField.get()).orElseThrow(
                    () -> new IllegalArgumentException(id + ": the subject field is not one of the fields"));
            if (subject.type() != FieldType.SUBJECT) {
                throw new IllegalArgumentException(id + ": the subject field must be of type SUBJECT");
            }
        }
    }

    /** The field with this id, if the register has one. */
    public Optional<FieldDefinition> field(String fieldId) {
        return field(fields, fieldId);
    }

    private static Optional<FieldDefinition> field(List<FieldDefinition> fields, String fieldId) {
        return fields.stream().filter(field -> field.id().equals(fieldId)).findFirst();
    }

    /** Starts a register definition. */
    public static Builder builder(String id, Text name) {
        return new Builder(id, name);
    }

    /** Collects a register's parts; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final Text name;
        private Text description;
        private final List<FieldDefinition> fields = new ArrayList<>();
        private String titleField;
        private String subjectField;
        private RecordValidator validator = RecordValidator.NONE;

        private Builder(String id, Text name) {
            this.id = id;
            this.name = name;
        }

        /** What the register is for. */
        public Builder description(Text text) {
            this.description = text;
            return this;
        }

        /** Adds a field; the first text field added is the title unless {@link #titleField} says otherwise. */
        public Builder field(FieldDefinition field) {
            fields.add(field);
            if (titleField == null && field.type() == FieldType.TEXT) {
                titleField = field.id();
            }
            return this;
        }

        /** The field that names a record. */
        public Builder titleField(String fieldId) {
            this.titleField = fieldId;
            return this;
        }

        /** The subject field: records are about the data subject it names. */
        public Builder subjectField(String fieldId) {
            this.subjectField = fieldId;
            return this;
        }

        /** Checks across fields. */
        public Builder validator(RecordValidator check) {
            this.validator = check;
            return this;
        }

        /**
         * The definition.
         *
         * @throws IllegalArgumentException when a part is missing or does not fit
         */
        public RegisterDefinition build() {
            return new RegisterDefinition(id, name, description == null ? name : description, fields, titleField,
                    Optional.ofNullable(subjectField), validator);
        }
    }
}
