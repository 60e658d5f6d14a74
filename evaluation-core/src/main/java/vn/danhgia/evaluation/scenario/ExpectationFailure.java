package vn.danhgia.evaluation.scenario;

import java.util.List;
import java.util.Objects;
import vn.danhgia.evaluation.report.Reason;

/**
 * One expectation a cadre's result did not meet: what was expected, what came, and the reasons the
 * engine gave (each with the rule that gave it), so that the reader sees why.
 *
 * @param cadre the cadre's id
 * @param aspect what was checked
 * @param expected what was expected, in words, e.g. {@code GOOD} or {@code reason CAP_ORDER_FAILED}
 * @param actual what came, in words
 * @param reasonsGiven every reason the engine gave the cadre
 */
public record ExpectationFailure(String cadre, Aspect aspect, String expected, String actual,
    List<Reason> reasonsGiven) {

  /** What an expectation checks. */
  public enum Aspect {
    /** That the report has a result for the cadre. */
    RESULT("result"),
    /** The status (RATED or INCOMPLETE). */
    STATUS("status"),
    /** The rating. */
    RATING("rating"),
    /** The score. */
    SCORE("score"),
    /** Reason codes that must be given. */
    REASONS("reasons"),
    /** Reason codes that must not be given. */
    NOT_REASONS("notReasons"),
    /** The reason codes, exactly. */
    EXACT_REASONS("exactReasons"),
    /** The flags, exactly. */
    FLAGS("flags"),
    /** The score's components, exactly. */
    COMPONENTS("components"),
    /** The band above the score. */
    NEXT_BAND("nextBand"),
    /** The figures of every review of the period. */
    REVIEWS("reviews");

    private final String field;

    Aspect(String field) {
      this.field = field;
    }

    /** @return the name of the scenario file's field that states it */
    public String field() {
      return field;
    }
  }

  /**
   * Checks the components and copies the list.
   *
   * @param cadre the cadre's id
   * @param aspect what was checked
   * @param expected what was expected, in words, e.g. {@code GOOD} or {@code reason
   *     CAP_ORDER_FAILED}
   * @param actual what came, in words
   * @param reasonsGiven every reason the engine gave the cadre
   */
  public ExpectationFailure {
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    reasonsGiven = List.copyOf(reasonsGiven);
  }

  /** @return e.g. {@code C01 rating: expected EXCELLENT, got GOOD} */
  public String summary() {
    return cadre + " " + aspect.field() + ": expected " + expected + ", got " + actual;
  }

  /**
   * @return the summary, then the reasons the engine gave, one a line, each as {@code CODE (rule
   *     "name")}, with its subject where it has one
   */
  public List<String> lines() {
    List<String> out = new java.util.ArrayList<>();
    out.add(summary());
    if (aspect == Aspect.RESULT) {
      return out;
    }
    if (reasonsGiven.isEmpty()) {
      out.add("  reasons the engine gave: none");
    } else {
      out.add("  reasons the engine gave:");
      reasonsGiven.forEach(r -> out.add("    " + Explanation.reason(r)));
    }
    return out;
  }

  @Override
  public String toString() {
    return summary();
  }
}
