package vn.danhgia.evaluation.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.danhgia.evaluation.EvaluationException;

/**
 * An input document breaks the interchange contract and was rejected whole: nothing was evaluated.
 * {@link #problems()} lists the problems found, in path order (array indexes numerically): every one,
 * or the first ones when there were more than the reader lists ({@code InputLimits.maxProblems()});
 * {@link #total()} counts them all.
 */
public final class InvalidInputException extends EvaluationException {
  private static final long serialVersionUID = 1L;

  /** Every problem found in the input, each with its JSON path. */
  private final List<Problem> problems;
  /** How many problems were found, the listed ones included. */
  private final long total;

  /**
   * @param problems every problem found; not empty
   */
  public InvalidInputException(List<Problem> problems) {
    this(problems, problems.size());
  }

  /**
   * @param problems the problems listed; not empty
   * @param total how many problems were found, the listed ones included
   * @throws IllegalArgumentException when {@code problems} is empty or {@code total} is less than its size
   */
  public InvalidInputException(List<Problem> problems, long total) {
    super(describe(problems, total));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one problem");
    }
    if (total < problems.size()) {
      throw new IllegalArgumentException("total " + total + " is less than the " + problems.size() + " problems listed");
    }
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  /**
   * The problems in a reader's language, one {@code path: message} a line, then, when not every
   * problem is listed, a line that counts the others.
   *
   * @param locale the reader's locale; Vietnamese for {@code vi}, English otherwise
   * @return the lines
   */
  public List<String> describe(Locale locale) {
    List<String> lines = new ArrayList<>();
    problems.forEach(p -> lines.add(p.path() + ": " + p.message(locale)));
    if (unlisted() > 0) {
      lines.add(Problem.of("$", "moreProblems", String.format(Locale.ROOT, "%,d", unlisted())).message(locale));
    }
    return lines;
  }

  /** @return the problems listed, in path order; never empty */
  public List<Problem> problems() {
    return problems;
  }

  /** @return how many problems were found, the listed ones included */
  public long total() {
    return total;
  }

  /** @return how many problems were found but not listed */
  public long unlisted() {
    return total - problems.size();
  }

  private static String describe(List<Problem> problems, long total) {
    StringBuilder out = new StringBuilder(total == 1
        ? "The input is invalid (1 problem):"
        : String.format(Locale.ROOT, "The input is invalid (%,d problems):", total));
    problems.forEach(p -> out.append("\n  ").append(p));
    if (total > problems.size()) {
      out.append(String.format(Locale.ROOT, "\n  … and %,d more problems", total - problems.size()));
    }
    return out.toString();
  }
}
