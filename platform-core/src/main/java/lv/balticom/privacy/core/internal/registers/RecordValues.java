package lv.balticom.privacy.core.internal.registers;

import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.FieldType;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.RecordLookup;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * Checks a record's values against its register and converts them to the Java types of {@link FieldType}:
 * TEXT, LONG_TEXT, EMAIL, CHOICE, COUNTRY, CATALOG and REFERENCE to {@code String}, INTEGER to {@code Long},
 * DECIMAL to {@code BigDecimal}, BOOLEAN to {@code Boolean}, DATE to {@code LocalDate}, SUBJECT to
 * {@code UUID}, and a field that holds several values to a {@code List} of them.
 *
 * <p>Values come as JSON (a {@link JsonNode}: what the API receives), as text (what a console form sends;
 * a field with several values as a collection of texts) or already in their Java types (what a plugin
 * passes). A JSON string is read like a form's text, so {@code "12"} is a number and {@code "12.50"} a
 * decimal; JSON numbers and booleans are accepted only for fields of their kind. Blank text, {@code null},
 * an empty list and an absent field are all "no value". Text is trimmed; an e-mail address is lower-cased
 * and a country code upper-cased; duplicates in a list are dropped.
 *
 * <p>Every field is checked and every problem collected, each in Latvian and English and never repeating
 * the value (it may be personal data). Only when every field passed is the register's own
 * {@link lv.balticom.privacy.spi.register.RecordValidator} asked, with the converted values.
 *
 * <p>The stored form is JSON too ({@link #toJson}, {@link #fromJson}): a decimal is written as a string
 * ({@code "12.50"}, so that no digit is lost in a client that reads numbers as doubles), a date as
 * {@code YYYY-MM-DD}, a subject as its id; whole numbers and booleans as JSON numbers and booleans.
 *
 * <p>Thread-safe: it holds only the two look-ups it was made with.
 */
public final class RecordValues {

    private static final Pattern EMAIL = Pattern.compile(
            "^[^@\\s\"<>(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");
    private static final Pattern INTEGER = Pattern.compile("^[+-]?[0-9]{1,19}$");
    private static final Pattern DECIMAL = Pattern.compile("^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)$");
    private static final DateTimeFormatter LATVIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int LONGEST_NUMBER = 40;
    /** The fields' patterns, compiled once. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final BiPredicate<CatalogLookup.Kind, String> catalogHas;
    private final Predicate<UUID> subjectExists;

    /**
     * @param catalogHas whether the catalogue has an entry of this kind with this code
     * @param subjectExists whether the platform knows a data subject with this id
     */
    public RecordValues(BiPredicate<CatalogLookup.Kind, String> catalogHas, Predicate<UUID> subjectExists) {
        this.catalogHas = Objects.requireNonNull(catalogHas, "catalogHas is null");
        this.subjectExists = Objects.requireNonNull(subjectExists, "subjectExists is null");
    }

    /**
     * The record's values, checked and converted, in the order of the register's fields; fields without
     * a value are left out.
     *
     * @param register the register the record belongs to
     * @param raw the values by field id, as JSON, text or Java values (see the class comment)
     * @param lookup the plugin's records: references point into them, and the register's validator reads them
     * @throws InvalidRecordException with every problem found, when a field or the register's validator refuses
     */
    public Map<String, Object> check(RegisterDefinition register, Map<String, ?> raw, RecordLookup lookup) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, ?> sent = raw == null ? Map.of() : raw;
        for (String field : sent.keySet()) {
            if (register.field(field).isEmpty()) {
                problems.add(FieldProblem.of(String.valueOf(field), "Šāda lauka reģistrā nav.",
                        "is not a field of this register"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDefinition field : register.fields()) {
            Object value = sent.get(field.id());
            Optional<Object> converted = field.isMultiple()
                    ? several(field, value, lookup, problems)
                    : one(field, value, lookup, problems);
            if (converted.isPresent()) {
                values.put(field.id(), converted.get());
            } else if (field.isRequired() && problems.stream().noneMatch(problem -> problem.field().equals(field.id()))) {
                problems.add(FieldProblem.of(field.id(), "Obligāts lauks: jānorāda vērtība.", "is required"));
            }
        }
        if (problems.isEmpty()) {
            List<FieldProblem> refused = register.validator().validate(Map.copyOf(values), lookup);
            if (refused != null) {
                problems.addAll(refused);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return values;
    }

    private Optional<Object> several(FieldDefinition field, Object value, RecordLookup lookup, List<FieldProblem> problems) {
        List<Object> items = new ArrayList<>();
        Object unwrapped = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (unwrapped instanceof JsonNode node && !node.isNull()) {
            if (!node.isArray()) {
                problems.add(FieldProblem.of(field.id(), "Jābūt vērtību sarakstam.", "must be a list"));
                return Optional.empty();
            }
            node.values().forEach(items::add);
        } else if (unwrapped instanceof Collection<?> collection) {
            items.addAll(collection);
        } else if (unwrapped != null && !(unwrapped instanceof JsonNode)) {
            items.add(unwrapped);
        }
        Set<Object> converted = new LinkedHashSet<>();
        int before = problems.size();
        for (Object item : items) {
            Optional<Object> one = one(field, item, lookup, problems);
            one.ifPresent(converted::add);
            if (problems.size() > before) {
                return Optional.empty(); // one problem per field is enough to fix it
            }
        }
        return converted.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(converted));
    }

    /** One value of a field, converted, or empty when absent or wrong (then a problem is added). */
    private Optional<Object> one(FieldDefinition field, Object value, RecordLookup lookup, List<FieldProblem> problems) {
        Object unwrapped = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (unwrapped == null) {
            return Optional.empty();
        }
        try {
            return convert(field, unwrapped, lookup);
        } catch (Refused refused) {
            problems.add(new FieldProblem(field.id(), refused.message));
            return Optional.empty();
        }
    }

    private Optional<Object> convert(FieldDefinition field, Object value, RecordLookup lookup) {
        if (value instanceof JsonNode node) {
            if (node.isNull()) {
                return Optional.empty();
            }
            if (node.isArray() || node.isObject()) {
                throw new Refused(field.isMultiple() ? "Jābūt vienai vērtībai katrā saraksta vietā." : "Jābūt vienai vērtībai, nevis sarakstam.",
                        field.isMultiple() ? "must be a list of single values" : "must be a single value, not a list or object");
            }
            if (node.isNumber()) {
                return Optional.of(number(field, node.getNumberValue()));
            }
            if (node.isBoolean()) {
                if (field.type() != FieldType.BOOLEAN) {
                    throw wrongKind(field);
                }
                return Optional.of(node.getBooleanValue());
            }
            return text(field, node.getStringValue(), lookup);
        }
        if (value instanceof CharSequence text) {
            return text(field, text.toString(), lookup);
        }
        if (value instanceof Number number) {
            return Optional.of(number(field, number));
        }
        if (value instanceof Boolean bool && field.type() == FieldType.BOOLEAN) {
            return Optional.of(bool);
        }
        if (value instanceof LocalDate date && field.type() == FieldType.DATE) {
            return Optional.of(date);
        }
        if (value instanceof UUID id && field.type() == FieldType.SUBJECT) {
            return text(field, id.toString(), lookup);
        }
        if (value instanceof Collection<?>) {
            throw new Refused("Jābūt vienai vērtībai, nevis sarakstam.", "must be a single value, not a list");
        }
        throw wrongKind(field);
    }

    private static Object number(FieldDefinition field, Number number) {
        BigDecimal decimal;
        if (number instanceof BigDecimal big) {
            decimal = big;
        } else if (number instanceof BigInteger big) {
            decimal = new BigDecimal(big);
        } else if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            decimal = BigDecimal.valueOf(number.longValue());
        } else {
            double floating = number.doubleValue();
            if (Double.isNaN(floating) || Double.isInfinite(floating)) {
                throw notANumber(field);
            }
            decimal = BigDecimal.valueOf(floating);
        }
        return switch (field.type()) {
            case INTEGER -> whole(field, decimal);
            case DECIMAL -> inRange(field, decimal);
            default -> throw wrongKind(field);
        };
    }

    private Optional<Object> text(FieldDefinition field, String raw, RecordLookup lookup) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (field.type()) {
            case TEXT, LONG_TEXT -> shaped(field, text);
            case EMAIL -> {
                String email = shaped(field, text.toLowerCase(Locale.ROOT));
                if (!EMAIL.matcher(email).matches()) {
                    throw new Refused("Jābūt e-pasta adresei (piemēram, vards@example.lv).", "must be an e-mail address");
                }
                yield email;
            }
            case INTEGER -> {
                if (text.length() > LONGEST_NUMBER || !INTEGER.matcher(text).matches()) {
                    throw notANumber(field);
                }
                yield whole(field, new BigDecimal(text));
            }
            case DECIMAL -> {
                String dotted = text.indexOf('.') < 0 && text.chars().filter(c -> c == ',').count() == 1 ? text.replace(',', '.') : text;
                if (dotted.length() > LONGEST_NUMBER || !DECIMAL.matcher(dotted).matches()) {
                    throw notANumber(field);
                }
                yield inRange(field, new BigDecimal(dotted));
            }
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "on", "yes", "1", "jā" -> Boolean.TRUE;
                case "false", "off", "no", "0", "nē" -> Boolean.FALSE;
                default -> throw wrongKind(field);
            };
            case DATE -> date(text);
            case CHOICE -> {
                String code = text.toUpperCase(Locale.ROOT);
                if (field.choices().stream().map(Choice::code).noneMatch(code::equals)) {
                    String codes = field.choices().stream().map(Choice::code).collect(Collectors.joining(", "));
                    throw new Refused("Jāizvēlas viena no iespējām: " + codes + ".", "must be one of " + codes);
                }
                yield code;
            }
            case COUNTRY -> {
                String code = text.toUpperCase(Locale.ROOT);
                if (!COUNTRIES.contains(code)) {
                    throw new Refused("Jābūt valsts divu burtu kodam pēc ISO 3166-1 (piemēram, LV).",
                            "must be a country’s two-letter ISO 3166-1 code (such as LV)");
                }
                yield code;
            }
            case CATALOG -> {
                CatalogLookup.Kind kind = field.catalogKind().orElseThrow();
                String code = text.toUpperCase(Locale.ROOT);
                if (!catalogHas.test(kind, code)) {
                    throw new Refused("Katalogā nav šāda koda (" + kind + ").", "is not a code of the catalogue’s " + kind + " entries");
                }
                yield code;
            }
            case REFERENCE -> {
                String registerId = field.referencedRegister().orElseThrow();
                if (text.length() > 36 || lookup.find(registerId, text).isEmpty()) {
                    throw new Refused("Reģistrā " + registerId + " nav ieraksta ar šādu identifikatoru.",
                            "is not the id of a record of the register " + registerId);
                }
                yield text;
            }
            case SUBJECT -> {
                UUID id;
                try {
                    id = text.length() == 36 ? UUID.fromString(text) : null;
                } catch (IllegalArgumentException e) {
                    id = null;
                }
                if (id == null) {
                    throw new Refused("Jābūt datu subjekta identifikatoram (UUID).", "must be a data subject’s id (a UUID)");
                }
                if (!subjectExists.test(id)) {
                    throw new Refused("Nav datu subjekta ar šādu identifikatoru.", "no data subject has this id");
                }
                yield id;
            }
        });
    }

    /** Text within the field's length and pattern. */
    private static String shaped(FieldDefinition field, String text) {
        if (text.codePointCount(0, text.length()) > field.maxLength()) {
            throw new Refused("Ne vairāk kā " + field.maxLength() + " rakstzīmes.", "must be at most " + field.maxLength() + " characters");
        }
        if (field.pattern().isPresent() && !PATTERNS.computeIfAbsent(field.pattern().get(), Pattern::compile).matcher(text).matches()) {
            throw new Refused("Neatbilst prasītajam pierakstam.", "does not have the required form");
        }
        return text;
    }

    private static Long whole(FieldDefinition field, BigDecimal number) {
        if (number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 || number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            throw new Refused("Skaitlis ir pārāk liels.", "is too large");
        }
        BigDecimal whole;
        try {
            whole = number.setScale(0);
        } catch (ArithmeticException e) {
            throw new Refused("Jābūt veselam skaitlim.", "must be a whole number");
        }
        inRange(field, whole);
        return whole.longValueExact();
    }

    private static BigDecimal inRange(FieldDefinition field, BigDecimal number) {
        if (field.min().isPresent() && number.compareTo(field.min().get()) < 0) {
            String min = field.min().get().toPlainString();
            throw new Refused("Jābūt vismaz " + min + ".", "must be at least " + min);
        }
        if (field.max().isPresent() && number.compareTo(field.max().get()) > 0) {
            String max = field.max().get().toPlainString();
            throw new Refused("Jābūt ne vairāk kā " + max + ".", "must be at most " + max);
        }
        return number;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, LATVIAN_DATE);
            } catch (DateTimeParseException latvian) {
                throw new Refused("Jābūt datumam formā GGGG-MM-DD.", "must be a date written YYYY-MM-DD");
            }
        }
    }

    private static Refused notANumber(FieldDefinition field) {
        return field.type() == FieldType.INTEGER
                ? new Refused("Jābūt veselam skaitlim.", "must be a whole number")
                : new Refused("Jābūt skaitlim.", "must be a number");
    }

    private static Refused wrongKind(FieldDefinition field) {
        return switch (field.type()) {
            case INTEGER -> new Refused("Jābūt veselam skaitlim.", "must be a whole number");
            case DECIMAL -> new Refused("Jābūt skaitlim.", "must be a number");
            case BOOLEAN -> new Refused("Jābūt „jā” vai „nē” (true vai false).", "must be true or false");
            case DATE -> new Refused("Jābūt datumam formā GGGG-MM-DD.", "must be a date written YYYY-MM-DD");
            case SUBJECT -> new Refused("Jābūt datu subjekta identifikatoram (UUID).", "must be a data subject’s id (a UUID)");
            default -> new Refused("Jābūt tekstam.", "must be text");
        };
    }

    /**
     * The values as a JSON object, in the order of the register's fields: how they are stored and how the
     * API shows them. Values of fields the register no longer has are left out.
     */
    public static JsonNode toJson(RegisterDefinition register, Map<String, Object> values) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        for (FieldDefinition field : register.fields()) {
            Object value = values.get(field.id());
            if (value instanceof List<?> list) {
                nodes.put(field.id(), JsonNode.createArrayNode(list.stream().map(RecordValues::node).toList()));
            } else if (value != null) {
                nodes.put(field.id(), node(value));
            }
        }
        return JsonNode.createObjectNode(nodes);
    }

    private static JsonNode node(Object value) {
        if (value instanceof Long number) {
            return JsonNode.createNumberNode(number);
        }
        if (value instanceof BigDecimal decimal) {
            return JsonNode.createStringNode(decimal.toPlainString());
        }
        if (value instanceof Boolean bool) {
            return JsonNode.createBooleanNode(bool);
        }
        return JsonNode.createStringNode(value.toString()); // text, codes, LocalDate (ISO) and UUID
    }

    /**
     * Stored values in their Java types. A stored value that no longer fits its field (the plugin changed
     * the field's type) is kept as its text; values of fields the register no longer has are left out.
     */
    public static Map<String, Object> fromJson(RegisterDefinition register, JsonNode stored) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (stored == null || !stored.isObject()) {
            return values;
        }
        for (FieldDefinition field : register.fields()) {
            JsonNode node = stored.get(field.id());
            if (node == null || node.isNull()) {
                continue;
            }
            if (node.isArray()) {
                List<Object> items = new ArrayList<>();
                node.values().forEach(item -> items.add(stored(field, item)));
                if (field.isMultiple()) {
                    values.put(field.id(), List.copyOf(items));
                } else if (!items.isEmpty()) {
                    values.put(field.id(), items.get(0));
                }
            } else {
                Object value = stored(field, node);
                values.put(field.id(), field.isMultiple() ? List.of(value) : value);
            }
        }
        return values;
    }

    private static Object stored(FieldDefinition field, JsonNode node) {
        String text = node.isString() ? node.getStringValue() : node.coerceStringValue();
        try {
            return switch (field.type()) {
                case INTEGER -> node.isNumber() ? node.getLongValue() : Long.parseLong(text);
                case DECIMAL -> new BigDecimal(text);
                case BOOLEAN -> node.isBoolean() ? node.getBooleanValue() : Boolean.parseBoolean(text);
                case DATE -> LocalDate.parse(text);
                case SUBJECT -> UUID.fromString(text);
                default -> text;
            };
        } catch (RuntimeException e) {
            return text;
        }
    }

    /** A value refused, with why in both languages. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Text message;

        Refused(String lv, String en) {
            super(en, null, false, false);
            this.message = Text.of(lv, en);
        }
    }
}
