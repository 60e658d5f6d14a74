package vn.danhgia.evaluation.rules;

import static vn.danhgia.evaluation.rules.Leaders.situation;
import static vn.danhgia.evaluation.rules.Leaders.star;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.evaluation.model.DisciplineForm;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.scenario.Outcome;
import vn.danhgia.evaluation.testing.Situation;

/**
 * Rules stated with the readable kit: a situation in a few lines ({@link Situation}) and assertions
 * that fail with the cadre's whole explanation ({@link Outcome}).
 */
class ReadableRulesTest {

  private static Outcome evaluate(String version, Situation s) {
    return Outcome.of(Leaders.evaluate(version, s));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"2019.1, GOOD", "2025.1, COMPLETED"})
  void failedOrder_capsTheRatingAtTheVersionsBound(String v, Rating capped) {
    Situation s = situation(v).cadre("C", c -> c.superior("30")
        .annual("A1", t -> t.exceeded()).annual("A2", t -> t.exceeded()).breakthrough("B", t -> t.met())
        .order("O1", o -> o.met()).order("O2", o -> o.missed()));

    evaluate(v, s).cadre("C")
        .hasScore("92.50")
        .hasRating(capped)
        .hasExactlyReasons("CAP_ORDER_FAILED")
        .hasFlags();
  }

  @Test
  void basicTargetMissed_2025_vetoesAboutTheTask() {
    Situation s = situation("2025.1").cadre("C", c -> c.superior("30").breakthrough("B", t -> t.met())
        .annual("A1", t -> t.met()).annual("A2", t -> t.met()).annual("A3", t -> t.met())
        .annual("BASIC", t -> t.basicTarget().missed()));

    evaluate("2025.1", s).cadre("C")
        .hasScore("86.25")
        .hasRating(Rating.NOT_COMPLETED)
        .hasReasonAbout("VETO_BASIC_TARGET_MISSED", "C.BASIC")
        .hasReason("GOOD_CONDITIONS_NOT_MET")
        .hasNoReason("VETO_TASK_COMPLETION");
  }

  @Test
  void selfRemediedDiscipline_vetoesIn2019ButNotIn2025() {
    Situation s19 = situation("2019.1").cadre("C", star().andThen(c ->
        c.discipline(DisciplineForm.REPRIMAND, LocalDate.of(2019, 8, 1), true)));
    Situation s25 = situation("2025.1").cadre("C", star().andThen(c ->
        c.discipline(DisciplineForm.REPRIMAND, LocalDate.of(2025, 8, 1), true)));

    evaluate("2019.1", s19).cadre("C").hasRating(Rating.NOT_COMPLETED).hasExactlyReasons("VETO_DISCIPLINE");
    evaluate("2025.1", s25).cadre("C").hasRating(Rating.EXCELLENT).hasExactlyReasons("DISCIPLINE_SELF_REMEDIED");
  }

  @Test
  void quota_exactTieAtTheEdge_bothGoodAndTheOthersKeepTheirRatings() {
    Situation s = situation("2025.1")
        .cadre("T1", star())
        .cadre("T2", star());

    evaluate("2025.1", s)
        .hasCount(Rating.EXCELLENT, 0)
        .hasCount(Rating.GOOD, 7)
        .cadre("T1").hasRating(Rating.GOOD).hasExactlyReasons("QUOTA_TIE")
        .cadre("T2").hasRating(Rating.GOOD).hasExactlyReasons("QUOTA_TIE")
        .cadre("PEER1").hasRating(Rating.GOOD).hasNoReasons();
  }

  @Test
  void confidenceVote_twoThirdsLow_vetoesAndCallsForADismissalReview() {
    Situation s = situation("2025.1").cadre("C", star().andThen(c -> c.vote(LocalDate.of(2025, 10, 15), 30, 20)));

    evaluate("2025.1", s).cadre("C")
        .hasRating(Rating.NOT_COMPLETED)
        .hasReason("VETO_LOW_CONFIDENCE")
        .hasFlags("DISMISSAL_REVIEW");
  }

  @Test
  void noDecidingAssessment_notRated() {
    Situation s = situation("2025.1").cadre("C", c -> c.self("30").annual("A", t -> t.met()));

    evaluate("2025.1", s).cadre("C").isIncomplete().hasExactlyReasons("NO_DECIDING_ASSESSMENT");
  }
}
