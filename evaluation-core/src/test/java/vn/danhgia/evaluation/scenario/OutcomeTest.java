package vn.danhgia.evaluation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.evaluation.scenario.Reports.flagged;
import static vn.danhgia.evaluation.scenario.Reports.incomplete;
import static vn.danhgia.evaluation.scenario.Reports.rated;
import static vn.danhgia.evaluation.scenario.Reports.reason;
import static vn.danhgia.evaluation.scenario.Reports.report;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkOutcome;
import vn.danhgia.evaluation.report.WorkStatus;

class OutcomeTest {
  private static final String CAP = "A failed order caps the rating";

  private static final CadreResult C1 = withWork(flagged(rated("C1", Rating.COMPLETED, "82.50",
      reason("CAP_ORDER_FAILED", CAP), reason("VETO_BASIC_TARGET_MISSED", "A basic target missed vetoes", "C1.A2")),
      "REMOVE_FROM_PLANNING"));
  private static final EvaluationReport REPORT = report("2025.1", C1,
      incomplete("C2", reason("NO_DECIDING_ASSESSMENT", "Without a deciding assessment")));

  private static CadreResult withWork(CadreResult r) {
    WorkOutcome late = new WorkOutcome("C1.A1", WorkKind.ANNUAL, WorkStatus.COMPLETED_LATE, true,
        new BigDecimal("0.75"), List.of(new ProductOutcome("C1.A1-P1", true, true, true)));
    WorkOutcome failed = new WorkOutcome("C1.O2", WorkKind.ORDER, WorkStatus.NOT_COMPLETED, false, BigDecimal.ZERO,
        List.of(new ProductOutcome("C1.O2-P1", false, false, false)));
    return new CadreResult(r.cadre(), r.status(), r.rating(), r.label(), r.score(), r.components(), r.reasons(),
        r.flags(), List.of(late, failed));
  }

  private static AssertionError failure(Runnable assertion) {
    AssertionError e = catchThrowableOfType(AssertionError.class, assertion::run);
    assertThat(e).as("an AssertionError").isNotNull();
    return e;
  }

  @Test
  void cadre_everyAssertionThatHolds_chains() {
    Outcome.of(REPORT).hasCount(Rating.COMPLETED, 1).hasCount(Rating.EXCELLENT, 0)
        .cadre("C1").hasStatus(ResultStatus.RATED).hasRating(Rating.COMPLETED).hasScore("82.5")
        .hasReason("CAP_ORDER_FAILED").hasReasonAbout("VETO_BASIC_TARGET_MISSED", "C1.A2")
        .hasNoReason("VETO_DISCIPLINE").hasExactlyReasons("VETO_BASIC_TARGET_MISSED", "CAP_ORDER_FAILED")
        .hasFlags("REMOVE_FROM_PLANNING")
        .meets(Expectation.any().withRating(Rating.COMPLETED).withReasons("CAP_ORDER_FAILED"))
        .cadre("C2").isIncomplete().hasReason("NO_DECIDING_ASSESSMENT").hasFlags();
    assertThat(Outcome.of(REPORT).cadre("C1").result()).isSameAs(C1);
  }

  @Test
  void hasRating_differs_messageSaysWhatCameWithTheWholeExplanation() {
    AssertionError e = failure(() -> Outcome.of(REPORT).cadre("C1").hasRating(Rating.GOOD));

    assertThat(e.getMessage().lines().toList()).containsExactly(
        "Cadre C1: expected rating GOOD, but got COMPLETED.",
        "Explanation (rule set leaders 2025.1, period 2025):",
        "  C1: COMPLETED (Hoàn thành nhiệm vụ)",
        "    score 82.50 = general 20.00 + annual 32.50 + breakthrough 15.00 + orders 15.00",
        "    reasons:",
        "      CAP_ORDER_FAILED (rule \"" + CAP + "\"): en CAP_ORDER_FAILED",
        "      VETO_BASIC_TARGET_MISSED about C1.A2 (rule \"A basic target missed vetoes\"): en VETO_BASIC_TARGET_MISSED",
        "    flags: REMOVE_FROM_PLANNING",
        "    work:",
        "      annual C1.A1: completed late, exceeded, credit 0.75 (C1.A1-P1 met, exceeded, late)",
        "      order C1.O2: not completed, credit 0 (C1.O2-P1 not met)");
  }

  @Test
  void hasNoReason_given_namesTheRuleThatGaveIt() {
    AssertionError e = failure(() -> Outcome.of(REPORT).cadre("C1").hasNoReason("CAP_ORDER_FAILED"));

    assertThat(e.getMessage()).startsWith("Cadre C1: expected no reason CAP_ORDER_FAILED, but got CAP_ORDER_FAILED"
        + " (rule \"" + CAP + "\").");
  }

  @Test
  void hasScoreAndRating_incompleteCadre_sayNotRated() {
    assertThat(failure(() -> Outcome.of(REPORT).cadre("C2").hasScore("50")).getMessage())
        .startsWith("Cadre C2: expected score 50, but got no score (INCOMPLETE).")
        .contains("C2: INCOMPLETE (not rated)");
    assertThat(failure(() -> Outcome.of(REPORT).cadre("C2").hasRating(Rating.GOOD)).getMessage())
        .startsWith("Cadre C2: expected rating GOOD, but got no rating (INCOMPLETE).");
  }

  @Test
  void otherAssertions_failWithExpectedAndActual() {
    assertThat(failure(() -> Outcome.of(REPORT).cadre("C1").hasReason("VETO_DISCIPLINE")).getMessage())
        .startsWith("Cadre C1: expected reason VETO_DISCIPLINE, but got reasons: CAP_ORDER_FAILED, "
            + "VETO_BASIC_TARGET_MISSED.");
    assertThat(failure(() -> Outcome.of(REPORT).cadre("C1").hasFlags()).getMessage())
        .startsWith("Cadre C1: expected no flag, but got flags REMOVE_FROM_PLANNING.");
    assertThat(failure(() -> Outcome.of(REPORT).cadre("C1").hasNoReasons()).getMessage())
        .startsWith("Cadre C1: expected no reason, but got reasons CAP_ORDER_FAILED, VETO_BASIC_TARGET_MISSED.");
    assertThat(failure(() -> Outcome.of(REPORT).cadre("C1").hasReasonAbout("VETO_BASIC_TARGET_MISSED", "C1.A1"))
        .getMessage()).startsWith("Cadre C1: expected reason VETO_BASIC_TARGET_MISSED about C1.A1, but got reasons: ");
    assertThat(failure(() -> Outcome.of(REPORT).cadre("C2").hasStatus(ResultStatus.RATED)).getMessage())
        .startsWith("Cadre C2: expected status RATED, but got INCOMPLETE.");
    assertThat(failure(() -> Outcome.of(REPORT).hasCount(Rating.GOOD, 2)).getMessage())
        .isEqualTo("Expected 2 GOOD ratings, but the report has 0: C1 COMPLETED, score 82.50; C2 INCOMPLETE (not rated).");
  }

  @Test
  void meets_expectationNotMet_listsEveryFailureThenTheExplanation() {
    AssertionError e = failure(() -> Outcome.of(REPORT).meets("C1",
        Expectation.any().withRating(Rating.GOOD).withScore("90").withoutReasons("CAP_ORDER_FAILED")));

    assertThat(e.getMessage().lines().toList()).startsWith(
        "C1 rating: expected GOOD, got COMPLETED",
        "C1 score: expected 90, got 82.50",
        "C1 notReasons: expected no reason CAP_ORDER_FAILED, got reasons CAP_ORDER_FAILED, VETO_BASIC_TARGET_MISSED",
        "Explanation (rule set leaders 2025.1, period 2025):");
  }

  @Test
  void cadre_notInTheReport_namesTheCadresThere() {
    assertThat(failure(() -> Outcome.of(REPORT).cadre("C9")).getMessage())
        .isEqualTo("The report has no result for cadre \"C9\"; it has C1, C2 (rule set leaders 2025.1).");
  }
}
