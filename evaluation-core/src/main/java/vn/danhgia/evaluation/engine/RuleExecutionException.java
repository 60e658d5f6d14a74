package vn.danhgia.evaluation.engine;

import java.util.List;
import vn.danhgia.evaluation.EvaluationException;

/**
 * The rules could not finish an evaluation: a rule failed, the rules fired more often than the
 * limit allows (a rule loop), or the evaluation ran past its time limit. Nothing was reported.
 */
public final class RuleExecutionException extends EvaluationException {
  private static final long serialVersionUID = 1L;

  /** What stopped the rules. */
  public enum Failure {
    /** A rule's condition or consequence threw. */
    RULE_FAILED,
    /** The rules fired more often than {@link EvaluationLimits#maxFiringsPerCadre} allows. */
    TOO_MANY_FIRINGS,
    /** The evaluation ran longer than {@link EvaluationLimits#timeout}. */
    TIMED_OUT,
    /** The rules' results break the engine's contract (e.g. a rated cadre without a level). */
    INCONSISTENT_RESULT
  }

  /** What stopped the rules. */
  private final Failure failure;
  /** The rule set, as {@code id version}. */
  private final String ruleSet;
  /** The rules involved, most involved first. */
  private final List<String> rules;

  /**
   * @param failure what stopped the rules
   * @param ruleSet the rule set, as {@code id version}
   * @param rules the rules involved, most involved first
   * @param message a plain sentence
   * @param cause the underlying failure, or null
   */
  public RuleExecutionException(Failure failure, String ruleSet, List<String> rules, String message,
      Throwable cause) {
    super(message, cause);
    this.failure = failure;
    this.ruleSet = ruleSet;
    this.rules = List.copyOf(rules);
  }

  /** @return what stopped the rules */
  public Failure failure() {
    return failure;
  }

  /** @return the rule set, as {@code id version} */
  public String ruleSet() {
    return ruleSet;
  }

  /** @return the names of the rules involved, most involved first */
  public List<String> rules() {
    return rules;
  }
}
