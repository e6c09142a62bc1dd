package lv.balticom.privacy.core.internal.policypack;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.LocalizedList;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A node of the policy pack with its path, reading typed values and recording every problem with
 * its line instead of stopping at the first. Readers return a harmless placeholder after a problem,
 * so that one pass finds all of them.
 */
final class PackNode {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Node node;
    private final String path;
    private final List<PolicyPackException.Problem> problems;
    private final Map<String, PackNode> fields;
    private final Map<String, PackNode> missing = new LinkedHashMap<>();
    private final boolean absent;
    private List<PackNode> items;

    PackNode(Node node, String path, List<PolicyPackException.Problem> problems) {
        this(node, path, problems, false);
    }

    private PackNode(Node node, String path, List<PolicyPackException.Problem> problems, boolean absent) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.absent = absent;
        this.fields = node instanceof MappingNode mapping ? fieldsOf(mapping) : Map.of();
    }

    private Map<String, PackNode> fieldsOf(MappingNode mapping) {
        Map<String, PackNode> result = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problem(tuple.getKeyNode(), path, "keys must be plain names");
                continue;
            }
            String key = keyNode.getValue();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (result.containsKey(key)) {
                problem(keyNode, childPath, "appears twice");
                continue;
            }
            result.put(key, new PackNode(tuple.getValueNode(), childPath, problems));
        }
        return result;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    String path() {
        return path;
    }

    void problem(String message) {
        if (absent) {
            return; // already reported as required
        }
        problems.add(new PolicyPackException.Problem(line(), path, message));
    }

    private void problem(Node at, String atPath, String message) {
        problems.add(new PolicyPackException.Problem(at.getStartMark().getLine() + 1, atPath, message));
    }

    /** Records a problem for every key not in {@code allowed}: a typo must not pass silently. */
    PackNode allowOnly(String... allowed) {
        if (absent) {
            return this;
        }
        if (!(node instanceof MappingNode)) {
            problem("must be a mapping of " + String.join(", ", allowed));
            return this;
        }
        Set<String> known = Set.of(allowed);
        fields.forEach((key, child) -> {
            if (!known.contains(key)) {
                child.problem("unknown field (expected one of: " + String.join(", ", allowed) + ")");
            }
        });
        return this;
    }

    Optional<PackNode> optional(String key) {
        return Optional.ofNullable(fields.get(key)).filter(child -> !child.isNull());
    }

    /** The field; when it is missing, one problem is recorded and an absent node returned. */
    PackNode required(String key) {
        PackNode child = fields.get(key);
        if (child != null && !child.isNull()) {
            return child;
        }
        return missing.computeIfAbsent(key, name -> {
            String childPath = path.isEmpty() ? name : path + "." + name;
            if (!absent) {
                problems.add(new PolicyPackException.Problem(line(), childPath, "required"));
            }
            return new PackNode(new ScalarNode(Tag.NULL, "", node.getStartMark(), node.getEndMark(),
                    DumperOptions.ScalarStyle.PLAIN), childPath, problems, true);
        });
    }

    private boolean isNull() {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private Optional<String> scalar() {
        if (absent) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problem("must be a single value");
        return Optional.empty();
    }

    /** Texts longer than this do not fit the catalogue's columns. */
    static final int MAX_TEXT = 2000;

    String text() {
        return text(MAX_TEXT);
    }

    String text(int maxLength) {
        String value = scalar().map(String::strip).orElse("");
        if (value.isEmpty()) {
            problem("must not be empty");
        } else if (value.length() > maxLength) {
            problem("must be at most " + maxLength + " characters long (it has " + value.length() + ")");
        }
        return value;
    }

    String text(Pattern pattern, String expected) {
        String value = text();
        if (!value.isEmpty() && !pattern.matcher(value).matches()) {
            problem("must be " + expected);
        }
        return value;
    }

    String email() {
        String value = text(320);
        if (!value.isEmpty() && !EMAIL.matcher(value).matches()) {
            problem("must be an e-mail address");
        }
        return value;
    }

    String url() {
        String value = text(500);
        if (value.isEmpty()) {
            return value;
        }
        try {
            URI uri = new URI(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                problem("must be an http or https address");
            }
        } catch (URISyntaxException e) {
            problem("must be an http or https address");
        }
        return value;
    }

    int integer(int min) {
        if (absent) {
            return min;
        }
        String value = scalar().orElse("");
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min) {
                problem("must be " + min + " or more");
            }
            return number;
        } catch (NumberFormatException e) {
            problem("must be a whole number");
            return min;
        }
    }

    boolean bool() {
        if (absent) {
            return false;
        }
        String value = scalar().orElse("");
        if (!value.equals("true") && !value.equals("false")) {
            problem("must be true or false");
        }
        return value.equals("true");
    }

    LocalDate date() {
        if (absent) {
            return LocalDate.EPOCH;
        }
        String value = scalar().orElse("");
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem("must be a date written YYYY-MM-DD");
            return LocalDate.EPOCH;
        }
    }

    /** The items of a list node, made once so that their problems are recorded once. */
    List<PackNode> list() {
        if (items == null) {
            if (node instanceof SequenceNode sequence) {
                List<PackNode> children = new ArrayList<>();
                for (int i = 0; i < sequence.getValue().size(); i++) {
                    children.add(new PackNode(sequence.getValue().get(i), path + "[" + i + "]", problems));
                }
                items = List.copyOf(children);
            } else {
                problem("must be a list");
                items = List.of();
            }
        }
        return items;
    }

    /** Whether this stands for a missing field (already reported). */
    boolean isAbsent() {
        return absent;
    }

    /** A list of one-line texts that together fit one column (they are stored one per line). */
    private List<String> lines() {
        List<String> lines = list().stream().map(item -> {
            String line = item.text();
            if (line.contains("\n")) {
                item.problem("must be one line");
            }
            return line;
        }).toList();
        int length = lines.stream().mapToInt(line -> line.length() + 1).sum();
        if (length > MAX_TEXT) {
            problem("the items together must be at most " + MAX_TEXT + " characters long");
        }
        return lines;
    }

    Localized localized() {
        return localized(MAX_TEXT);
    }

    Localized localized(int maxLength) {
        allowOnly("lv", "en");
        return new Localized(required("lv").text(maxLength), required("en").text(maxLength));
    }

    LocalizedList localizedList() {
        allowOnly("lv", "en");
        List<String> lv = required("lv").lines();
        List<String> en = required("en").lines();
        if (lv.size() != en.size()) {
            problem("lv has " + lv.size() + " items and en " + en.size() + ": give each item in both languages");
            return LocalizedList.EMPTY;
        }
        return new LocalizedList(lv, en);
    }

    @Override
    public String toString() {
        return path + " (line " + line() + ")";
    }
}
