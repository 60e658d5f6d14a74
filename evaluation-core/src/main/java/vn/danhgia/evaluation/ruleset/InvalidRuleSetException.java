package vn.danhgia.evaluation.ruleset;

import java.util.List;
import java.util.stream.Collectors;
import vn.danhgia.evaluation.EvaluationException;

/**
 * A rule set was refused: it cannot be loaded, does not compile, or breaks the rule-code policy.
 * Nothing of it was used. {@link #diagnostics()} lists every problem with file, line and column.
 */
public final class InvalidRuleSetException extends EvaluationException {
  private static final long serialVersionUID = 1L;

  /** The rule set concerned, as {@code id version} or its folder. */
  private final String ruleSet;
  /** Every problem found, as file, line, column and message. */
  private final List<Diagnostic> diagnostics;

  /**
   * @param ruleSet the rule set concerned, as {@code id version} or its folder
   * @param diagnostics every problem found; not empty
   */
  public InvalidRuleSetException(String ruleSet, List<Diagnostic> diagnostics) {
    super(describe(ruleSet, diagnostics));
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("an invalid rule set has at least one diagnostic");
    }
    this.ruleSet = ruleSet;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** @return the rule set concerned */
  public String ruleSet() {
    return ruleSet;
  }

  /** @return every problem found, by file then line */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String describe(String ruleSet, List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n",
        "Rule set " + ruleSet + " was refused (" + diagnostics.size()
            + (diagnostics.size() == 1 ? " problem" : " problems") + "):\n", ""));
  }
}
