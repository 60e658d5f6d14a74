package vn.danhgia.evaluation.validation;

import java.util.List;
import java.util.stream.Collectors;
import vn.danhgia.evaluation.EvaluationException;

/**
 * An input document breaks the interchange contract and was rejected whole: nothing was evaluated.
 * {@link #problems()} lists every problem found, in path order (array indexes numerically).
 */
public final class InvalidInputException extends EvaluationException {
  private static final long serialVersionUID = 1L;

  /** Every problem found in the input, each with its JSON path. */
  private final List<Problem> problems;

  /**
   * @param problems every problem found; not empty
   */
  public InvalidInputException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems in a reader's language, one {@code path: message} a line.
   *
   * @param locale the reader's locale; Vietnamese for {@code vi}, English otherwise
   * @return the lines
   */
  public java.util.List<String> describe(java.util.Locale locale) {
    return problems.stream().map(p -> p.path() + ": " + p.message(locale)).toList();
  }

  /** @return every problem found, in path order; never empty */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    String head = problems.size() == 1
        ? "The input is invalid (1 problem):"
        : "The input is invalid (" + problems.size() + " problems):";
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
  }
}
