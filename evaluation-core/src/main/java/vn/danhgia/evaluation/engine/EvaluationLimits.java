package vn.danhgia.evaluation.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one evaluation, so that a faulty rule set ends with an error instead of a hang.
 *
 * <p>A rule that re-triggers itself would otherwise fire forever; the bound on firings stops it and
 * the error names the rules that fired most. The time limit is checked between rule firings: a
 * consequence that never returns cannot be stopped (rule files are code; see the rule-code policy).
 *
 * @param maxFiringsPerCadre how many rule firings one cadre may cause, on average over a session
 * @param timeout how long one evaluation may take
 */
public record EvaluationLimits(int maxFiringsPerCadre, Duration timeout) {
  /**
   * Checks that both bounds are positive.
   *
   * @param maxFiringsPerCadre how many rule firings one cadre may cause, on average over a session
   * @param timeout how long one evaluation may take
   */
  public EvaluationLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxFiringsPerCadre < 1) {
      throw new IllegalArgumentException("maxFiringsPerCadre must be at least 1, not " + maxFiringsPerCadre);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, not " + timeout);
    }
  }

  /** @return 2,000 firings per cadre and 10 minutes */
  public static EvaluationLimits defaults() {
    return new EvaluationLimits(2_000, Duration.ofMinutes(10));
  }

  /**
   * @param firings the new bound on firings per cadre
   * @return a copy with that bound
   */
  public EvaluationLimits withMaxFiringsPerCadre(int firings) {
    return new EvaluationLimits(firings, timeout);
  }

  /**
   * @param limit the new time limit
   * @return a copy with that limit
   */
  public EvaluationLimits withTimeout(Duration limit) {
    return new EvaluationLimits(maxFiringsPerCadre, limit);
  }
}
