package lv.balticom.privacy.spi.register;

import java.util.List;

/** A record that its register refuses: the problems name the fields. */
public final class InvalidRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidRecordException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "the record is refused" : problems.get(0).field() + ": " + problems.get(0).message().en());
        this.problems = List.copyOf(problems);
    }

    /** What is wrong, field by field. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
