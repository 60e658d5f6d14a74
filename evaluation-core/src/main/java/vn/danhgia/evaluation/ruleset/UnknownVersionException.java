package vn.danhgia.evaluation.ruleset;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.danhgia.evaluation.EvaluationException;

/**
 * A caller asked for a version the rule set does not have: by {@code Evaluator.ruleSet}, an
 * evaluation with an explicit version, a scenario runner's version, a diff or a repository. The
 * message quotes the version asked for and lists the known ones, e.g. {@code There is no version
 * "9.9" of the rule set leaders; the versions are 2019.1, 2025.1, 2026.1.}
 *
 * <p>An unknown version named inside an input document ({@code period.ruleSetVersion}) is not this:
 * it is a problem of the input, reported by {@code InvalidInputException} at its path.
 */
public final class UnknownVersionException extends EvaluationException {
  private static final long serialVersionUID = 1L;

  /** The rule set's id. */
  private final String ruleSet;
  /** The version asked for. */
  private final String requested;
  /** The versions the rule set has, in order. */
  private final List<String> known;

  /**
   * @param ruleSet the rule set's id
   * @param requested the version asked for
   * @param known the versions the rule set has, in order
   */
  public UnknownVersionException(String ruleSet, String requested, Collection<String> known) {
    super("There is no version " + FileNames.shown(Objects.requireNonNull(requested, "requested"))
        + " of the rule set " + ruleSet + "; the versions are "
        + (known.isEmpty() ? "none" : String.join(", ", known)) + ".");
    this.ruleSet = ruleSet;
    this.requested = requested;
    this.known = List.copyOf(known);
  }

  /** @return the rule set's id */
  public String ruleSet() {
    return ruleSet;
  }

  /** @return the version asked for */
  public String requested() {
    return requested;
  }

  /** @return the versions the rule set has, in order */
  public List<String> known() {
    return known;
  }
}
