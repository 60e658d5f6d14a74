package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.rules.Leaders.codes;
import static vn.danhgia.evaluation.rules.Leaders.star;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.model.DisciplineForm;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.testing.Situation;

/** Criterion 3d, the quota of excellent ratings per peer group (2025.1 only). */
class QuotaTest {
  private static final String V = "2025.1";

  /** A cadre rated GOOD: 10 + 40 + 15 + 15 = 80. */
  private static Consumer<Situation.CadreBuilder> good() {
    return c -> c.superior("10").annual("A", t -> t.met()).breakthrough("B", t -> t.met());
  }

  /** A candidate for EXCELLENT with the given general points (score = points + 70). */
  private static Consumer<Situation.CadreBuilder> candidate(String points) {
    return c -> c.superior(points).annual("A1", t -> t.exceeded()).annual("A2", t -> t.exceeded())
        .breakthrough("B", t -> t.met());
  }

  private static Situation withGood(int g) {
    Situation s = Situation.year(2025);
    for (int i = 0; i < g; i++) {
      s.cadre("G" + i, good());
    }
    return s;
  }

  private static CadreResult r(EvaluationReport report, String id) {
    return report.result(id).orElseThrow();
  }

  private static EvaluationReport evaluate(Situation s, String version) {
    return Leaders.evaluate(version, s);
  }

  @Test
  void quota_allowanceOne_higherScoreKeeps_lowerDemoted() {
    EvaluationReport report = evaluate(withGood(5).cadre("HI", candidate("27")).cadre("LO", candidate("26")), V);
    assertThat(r(report, "HI").rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(r(report, "LO").rating()).isEqualTo(Rating.GOOD);
    assertThat(codes(r(report, "LO"))).containsExactly("DEMOTED_BY_QUOTA");
    assertThat(report.summary().excellent()).isEqualTo(1);
  }

  @Test
  void quota_sameScore_shareOfAnnualExceededBreaksTheTie() {
    EvaluationReport report = evaluate(withGood(5).cadre("ALL", candidate("27"))
        .cadre("HALF", c -> c.superior("27").annual("A1", t -> t.exceeded()).annual("A2", t -> t.met())
            .breakthrough("B", t -> t.met())), V);
    assertThat(r(report, "ALL").score()).isEqualByComparingTo(r(report, "HALF").score());
    assertThat(r(report, "ALL").rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(codes(r(report, "HALF"))).containsExactly("DEMOTED_BY_QUOTA");
  }

  @Test
  void quota_exactTieAcrossTheEdge_allTiedBecomeGoodWithQuotaTie() {
    EvaluationReport report = evaluate(withGood(5).cadre("T1", candidate("27")).cadre("T2", candidate("27")), V);
    for (String id : new String[] {"T1", "T2"}) {
      assertThat(r(report, id).rating()).as(id).isEqualTo(Rating.GOOD);
      assertThat(codes(r(report, id))).as(id).containsExactly("QUOTA_TIE");
    }
    assertThat(report.summary().excellent()).isZero();
  }

  @Test
  void quota_tieWithinTheAllowance_bothKeep_tieBelowTheEdge_demoted() {
    // G = 10: allowance 2. TOP and the tied pair: TOP keeps, the pair crosses the edge (ranks 2 and 3).
    EvaluationReport crossing = evaluate(withGood(10).cadre("TOP", candidate("29"))
        .cadre("T1", candidate("27")).cadre("T2", candidate("27")), V);
    assertThat(r(crossing, "TOP").rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(codes(r(crossing, "T1"))).containsExactly("QUOTA_TIE");
    // Without TOP the pair fits the allowance of 2.
    EvaluationReport within = evaluate(withGood(10).cadre("T1", candidate("27")).cadre("T2", candidate("27")), V);
    assertThat(r(within, "T1").rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(r(within, "T2").rating()).isEqualTo(Rating.EXCELLENT);
    // Allowance 1 taken by TOP: the pair is wholly past it, so demoted, not tied.
    EvaluationReport past = evaluate(withGood(5).cadre("TOP", candidate("29"))
        .cadre("T1", candidate("27")).cadre("T2", candidate("27")), V);
    assertThat(codes(r(past, "T1"))).containsExactly("DEMOTED_BY_QUOTA");
    assertThat(codes(r(past, "T2"))).containsExactly("DEMOTED_BY_QUOTA");
  }

  @Test
  void quota_noGoodCadreInTheGroup_allowanceZero() {
    EvaluationReport report = evaluate(Situation.year(2025).cadre("ONLY", candidate("30")), V);
    assertThat(r(report, "ONLY").rating()).isEqualTo(Rating.GOOD);
    assertThat(codes(r(report, "ONLY"))).containsExactly("DEMOTED_BY_QUOTA");
  }

  @Test
  void quota_allowanceIsFloored_nineGoodGiveOne() {
    EvaluationReport report = evaluate(withGood(9).cadre("A", candidate("28")).cadre("B", candidate("27")), V);
    assertThat(report.summary().excellent()).isEqualTo(1);
    assertThat(r(report, "A").rating()).isEqualTo(Rating.EXCELLENT);
  }

  @Test
  void quota_onlyExactlyGoodCountInG_vetoedAndIncompleteDoNot_cappedToGoodDoes() {
    LocalDate day = LocalDate.of(2025, 5, 1);
    Situation s = withGood(4)
        .cadre("VETOED", good().andThen(c -> c.discipline(DisciplineForm.WARNING, day, false)))
        .cadre("INCOMPLETE", c -> c.annual("A", t -> t.met()))
        .cadre("CAND", candidate("27"));
    assertThat(codes(r(evaluate(s, V), "CAND"))).as("G = 4: allowance 0").containsExactly("DEMOTED_BY_QUOTA");
    // A cadre whose EXCELLENT level is capped at GOOD by a failed order... in 2025.1 caps go to
    // COMPLETED, so use an EXCELLENT-level cadre lowered to GOOD by its conditions instead: it is GOOD.
    Situation t = withGood(4)
        .cadre("NOTQUITE", c -> c.superior("30").annual("A1", x -> x.met()).breakthrough("B", x -> x.met()))
        .cadre("CAND", candidate("27"));
    EvaluationReport report = evaluate(t, V);
    assertThat(r(report, "NOTQUITE").rating()).isEqualTo(Rating.GOOD);
    assertThat(r(report, "CAND").rating()).as("G = 5: allowance 1").isEqualTo(Rating.EXCELLENT);
  }

  @Test
  void quota_approvedExceptionRaisesTheGroupsAllowance_otherGroupsUnaffected() {
    Situation s = withGood(5).position("OTHER", "OTHERS", true)
        .cadre("A", candidate("28")).cadre("B", candidate("27"))
        .cadre("X", candidate("29").andThen(c -> c.position("OTHER")))
        .quotaException(Situation.DEFAULT_GROUP, 40);
    EvaluationReport report = evaluate(s, V);
    assertThat(r(report, "A").rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(r(report, "B").rating()).as("40% of 5 = 2").isEqualTo(Rating.EXCELLENT);
    assertThat(codes(r(report, "X"))).as("group OTHERS has no GOOD cadre").containsExactly("DEMOTED_BY_QUOTA");
  }

  @Test
  void quota_exceptionOfZeroPercent_allowsNone() {
    Situation s = withGood(10).cadre("A", candidate("28")).quotaException(Situation.DEFAULT_GROUP, 0);
    assertThat(codes(r(evaluate(s, V), "A"))).containsExactly("DEMOTED_BY_QUOTA");
  }

  @Test
  void quota_2019_hasNoQuotaAndIgnoresExceptions() {
    Situation s = Situation.year(2019).cadre("A", candidate("28")).cadre("B", candidate("27"))
        .quotaException(Situation.DEFAULT_GROUP, 0);
    EvaluationReport report = evaluate(s, "2019.1");
    assertThat(report.summary().excellent()).isEqualTo(2);
  }

  @Test
  void quota_neverExceededAcrossManyCandidates() {
    Situation s = withGood(12);
    for (int i = 0; i < 8; i++) {
      s.cadre("K" + i, candidate(String.valueOf(22 + i)));
    }
    EvaluationReport report = evaluate(s, V);
    assertThat(report.summary().excellent()).isEqualTo(2);
    assertThat(r(report, "K7").rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(r(report, "K6").rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(r(report, "K5").rating()).isEqualTo(Rating.GOOD);
  }
}
