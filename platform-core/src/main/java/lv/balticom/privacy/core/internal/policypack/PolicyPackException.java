package lv.balticom.privacy.core.internal.policypack;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The policy pack is not valid. The message lists every problem found, each with its line and field,
 * so that an operator fixes the file in one pass.
 */
public final class PolicyPackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    PolicyPackException(String source, List<Problem> problems) {
        super("The policy pack " + source + " is not valid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n" + problems.stream()
                .map(problem -> "  " + problem)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem in the file.
     *
     * @param line the line (from 1) where the offending node starts, 0 when the file could not be read
     * @param field the path of the field, for example {@code dataCategories[2].name.en}
     * @param message what is wrong
     */
    public record Problem(int line, String field, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
        }
    }
}
