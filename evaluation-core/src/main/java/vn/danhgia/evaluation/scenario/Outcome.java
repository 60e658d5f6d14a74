package vn.danhgia.evaluation.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;

/**
 * Readable assertions on a report, for the tests of rule authors and host developers, with no test
 * library needed: a failed assertion throws {@link AssertionError} whose message says what was
 * expected, what came, and the cadre's whole explanation (score and components, every reason with
 * the rule that gave it, flags, and what counted of each task and order).
 *
 * <pre>{@code
 * EvaluationReport report = evaluator.evaluate(Situation.year(2025).cadre("C1", c -> …).build(), "2025.1");
 * Outcome.of(report).cadre("C1")
 *     .hasRating(Rating.COMPLETED)
 *     .hasScore("82.50")
 *     .hasReason("CAP_ORDER_FAILED")
 *     .hasNoReason("VETO_DISCIPLINE");
 * }</pre>
 */
public final class Outcome {
  private final EvaluationReport report;

  private Outcome(EvaluationReport report) {
    this.report = report;
  }

  /**
   * @param report the report to check
   * @return assertions on it
   */
  public static Outcome of(EvaluationReport report) {
    return new Outcome(Objects.requireNonNull(report, "report"));
  }

  /** @return the report */
  public EvaluationReport report() {
    return report;
  }

  /**
   * @param id a cadre's id
   * @return assertions on that cadre's result
   * @throws AssertionError when the report has no result for the cadre
   */
  public CadreOutcome cadre(String id) {
    CadreResult r = report.result(id).orElseThrow(() -> new AssertionError("The report has no result for cadre \""
        + id + "\"; it has " + report.results().stream().map(CadreResult::cadre).collect(Collectors.joining(", "))
        + " (rule set " + report.ruleSet().id() + " " + report.ruleSet().version() + ")."));
    return new CadreOutcome(r);
  }

  /**
   * @param rating a rating
   * @param count how many cadres must have it
   * @return this outcome
   * @throws AssertionError when the count differs
   */
  public Outcome hasCount(Rating rating, int count) {
    int actual = report.summary().count(rating);
    if (actual != count) {
      throw new AssertionError("Expected " + count + " " + rating + " rating" + (count == 1 ? "" : "s")
          + ", but the report has " + actual + ": " + report.results().stream()
          .map(r -> r.cadre() + " " + Explanation.state(r)).collect(Collectors.joining("; ")) + ".");
    }
    return this;
  }

  /**
   * Checks an expectation as scenario files state it.
   *
   * @param cadre the cadre's id
   * @param expectation what its result must be
   * @return this outcome
   * @throws AssertionError listing every expectation not met
   */
  public Outcome meets(String cadre, Expectation expectation) {
    List<ExpectationFailure> failures = expectation.check(cadre, report.result(cadre).orElse(null));
    if (!failures.isEmpty()) {
      List<String> lines = new ArrayList<>();
      failures.forEach(f -> lines.add(f.summary()));
      report.result(cadre).ifPresent(r -> lines.addAll(explanation(r)));
      throw new AssertionError(String.join("\n", lines));
    }
    return this;
  }

  private List<String> explanation(CadreResult r) {
    List<String> lines = new ArrayList<>();
    lines.add("Explanation (rule set " + report.ruleSet().id() + " " + report.ruleSet().version() + ", period "
        + report.period() + "):");
    Explanation.lines(r).forEach(l -> lines.add("  " + l));
    return lines;
  }

  /** Assertions on one cadre's result; each returns this object, to chain. */
  public final class CadreOutcome {
    private final CadreResult result;

    private CadreOutcome(CadreResult result) {
      this.result = result;
    }

    /** @return the result */
    public CadreResult result() {
      return result;
    }

    /**
     * @param id another cadre's id
     * @return assertions on that cadre, to go on with
     */
    public CadreOutcome cadre(String id) {
      return Outcome.this.cadre(id);
    }

    /**
     * @param rating the rating expected
     * @return this
     * @throws AssertionError when the rating differs, or the cadre is not rated
     */
    public CadreOutcome hasRating(Rating rating) {
      if (result.rating() != rating) {
        fail("rating " + rating, result.rating() == null ? "no rating (" + result.status() + ")"
            : result.rating().name());
      }
      return this;
    }

    /**
     * @param status the status expected
     * @return this
     * @throws AssertionError when the status differs
     */
    public CadreOutcome hasStatus(ResultStatus status) {
      if (result.status() != status) {
        fail("status " + status, result.status().name());
      }
      return this;
    }

    /**
     * @return this
     * @throws AssertionError when the cadre is rated
     */
    public CadreOutcome isIncomplete() {
      return hasStatus(ResultStatus.INCOMPLETE);
    }

    /**
     * @param score the score expected, e.g. {@code "86.25"}, compared as a decimal
     * @return this
     * @throws AssertionError when the score differs, or the cadre has none
     */
    public CadreOutcome hasScore(String score) {
      BigDecimal expected = new BigDecimal(score);
      if (result.score() == null || result.score().compareTo(expected) != 0) {
        fail("score " + score, result.score() == null ? "no score (" + result.status() + ")"
            : result.score().toPlainString());
      }
      return this;
    }

    /**
     * @param code a reason code that must be given
     * @return this
     * @throws AssertionError when it is not
     */
    public CadreOutcome hasReason(String code) {
      if (!result.hasReason(code)) {
        fail("reason " + code, "reasons: " + Explanation.codes(result));
      }
      return this;
    }

    /**
     * @param code a reason code
     * @param subject the task, order or other item it must be about
     * @return this
     * @throws AssertionError when no such reason is given
     */
    public CadreOutcome hasReasonAbout(String code, String subject) {
      if (result.reasons().stream().noneMatch(r -> r.code().equals(code) && subject.equals(r.subject()))) {
        fail("reason " + code + " about " + subject, "reasons: " + result.reasons().stream()
            .map(Explanation::reason).collect(Collectors.joining(", ")));
      }
      return this;
    }

    /**
     * @param code a reason code that must not be given
     * @return this
     * @throws AssertionError when it is, naming the rule that gave it
     */
    public CadreOutcome hasNoReason(String code) {
      List<Reason> given = result.reasons().stream().filter(r -> r.code().equals(code)).toList();
      if (!given.isEmpty()) {
        fail("no reason " + code, given.stream().map(Explanation::reason).collect(Collectors.joining(", ")));
      }
      return this;
    }

    /**
     * @param codes every reason code expected; no other may be given
     * @return this
     * @throws AssertionError when the distinct codes given differ
     */
    public CadreOutcome hasExactlyReasons(String... codes) {
      java.util.Set<String> expected = new java.util.TreeSet<>(List.of(codes));
      java.util.Set<String> actual = new java.util.TreeSet<>();
      result.reasons().forEach(r -> actual.add(r.code()));
      if (!expected.equals(actual)) {
        fail(expected.isEmpty() ? "no reason" : "exactly reasons " + String.join(", ", expected),
            actual.isEmpty() ? "no reason" : "reasons " + String.join(", ", actual));
      }
      return this;
    }

    /**
     * @return this
     * @throws AssertionError when any reason is given
     */
    public CadreOutcome hasNoReasons() {
      return hasExactlyReasons();
    }

    /**
     * @param flags every flag expected (none: no flag), in any order
     * @return this
     * @throws AssertionError when the flags differ
     */
    public CadreOutcome hasFlags(String... flags) {
      java.util.Set<String> expected = new java.util.TreeSet<>(List.of(flags));
      if (!expected.equals(new java.util.TreeSet<>(result.flags()))) {
        fail(expected.isEmpty() ? "no flag" : "flags " + String.join(", ", expected),
            result.flags().isEmpty() ? "no flag" : "flags " + String.join(", ", result.flags()));
      }
      return this;
    }

    /**
     * @param expectation what the result must be, as a scenario file states it
     * @return this
     * @throws AssertionError listing every expectation not met
     */
    public CadreOutcome meets(Expectation expectation) {
      Outcome.this.meets(result.cadre(), expectation);
      return this;
    }

    private void fail(String expected, String actual) {
      List<String> lines = new ArrayList<>();
      lines.add("Cadre " + result.cadre() + ": expected " + expected + ", but got " + actual + ".");
      lines.addAll(explanation(result));
      throw new AssertionError(String.join("\n", lines));
    }
  }
}
