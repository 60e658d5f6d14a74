package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.rules.Leaders.assertScore;
import static vn.danhgia.evaluation.rules.Leaders.codes;
import static vn.danhgia.evaluation.rules.Leaders.result;
import static vn.danhgia.evaluation.rules.Leaders.situation;
import static vn.danhgia.evaluation.rules.Leaders.star;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.evaluation.model.DisciplineForm;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.WorkOutcome;
import vn.danhgia.evaluation.report.WorkStatus;
import vn.danhgia.evaluation.testing.Situation;

/**
 * Every rule of criteria.md that both shipped versions share, run against both, boundaries
 * included. Version differences are in {@link VersionDifferencesTest}; the quota in {@link QuotaTest}.
 */
class CriteriaTest {

  private static WorkOutcome work(CadreResult r, String id) {
    return r.work().stream().filter(w -> w.id().equals(r.cadre() + "." + id)).findFirst().orElseThrow();
  }

  @Nested
  class ProductsTasksAndOrders {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void product_actualEqualsTarget_isMetNotExceeded(String v) {
      Situation s = situation(v).cadre("C", star().andThen(c -> c.annual("A3", t -> t.met())));
      CadreResult r = result(v, s, "C");
      assertThat(work(r, "A3").status()).isEqualTo(WorkStatus.COMPLETED_ON_TIME);
      assertThat(work(r, "A3").exceeded()).isFalse();
      assertThat(work(r, "A3").products().get(0).met()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void product_lowerIsBetter_metAtTargetExceededBelowMissedAbove(String v) {
      Situation s = situation(v).cadre("C", c -> c.superior("27")
          .annual("EQ", t -> t.product("5", "5", p -> p.lowerIsBetter()))
          .annual("BELOW", t -> t.product("5", "4.99", p -> p.lowerIsBetter()))
          .annual("ABOVE", t -> t.product("5", "5.01", p -> p.lowerIsBetter()))
          .breakthrough("B", t -> t.met()));
      CadreResult r = result(v, s, "C");
      assertThat(work(r, "EQ").status()).isEqualTo(WorkStatus.COMPLETED_ON_TIME);
      assertThat(work(r, "EQ").exceeded()).isFalse();
      assertThat(work(r, "BELOW").exceeded()).isTrue();
      assertThat(work(r, "ABOVE").status()).isEqualTo(WorkStatus.NOT_COMPLETED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void product_notDeliveredOrAfterPeriodEnd_isNotMet_onPeriodEndIsMet(String v) {
      Situation s = situation(v);
      LocalDate end = s.end();
      s.cadre("C", c -> c.superior("27")
          .annual("NONE", t -> t.product("1", "5", p -> p.notDelivered()))
          .annual("AFTER", t -> t.due(end.plusDays(10)).product("1", "5", p -> p.delivered(end.plusDays(1))))
          .annual("ON_END", t -> t.product("1", "5", p -> p.delivered(end)))
          .breakthrough("B", t -> t.met()));
      CadreResult r = result(v, s, "C");
      assertThat(work(r, "NONE").status()).isEqualTo(WorkStatus.NOT_COMPLETED);
      assertThat(work(r, "NONE").products().get(0).met()).isFalse();
      assertThat(work(r, "AFTER").status()).isEqualTo(WorkStatus.IN_PROGRESS);
      assertThat(work(r, "AFTER").products().get(0).met()).isFalse();
      assertThat(work(r, "ON_END").status()).isEqualTo(WorkStatus.COMPLETED_ON_TIME);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void work_deliveredOnDeadline_isOnTime_dayAfter_isLateWithLateCredit(String v) {
      Situation s = situation(v);
      LocalDate deadline = LocalDate.of(s.end().getYear(), 6, 30);
      s.cadre("C", c -> c.superior("27")
          .annual("ON", t -> t.due(deadline).product("10", "10", p -> p.delivered(deadline)))
          .annual("LATE", t -> t.due(deadline).product("10", "10", p -> p.delivered(deadline.plusDays(1))))
          .breakthrough("B", t -> t.met()));
      CadreResult r = result(v, s, "C");
      assertThat(work(r, "ON").status()).isEqualTo(WorkStatus.COMPLETED_ON_TIME);
      assertThat(work(r, "ON").credit()).isEqualByComparingTo("1");
      assertThat(work(r, "LATE").status()).isEqualTo(WorkStatus.COMPLETED_LATE);
      assertThat(work(r, "LATE").credit()).isEqualByComparingTo("0.75");
      assertThat(work(r, "LATE").products().get(0).late()).isTrue();
      // annual: 40 × (1 + 0.75) / 2 = 35.00; breakthrough 15; orders: the annual mean 15 × 0.875 = 13.13
      assertThat(r.components().get("annual")).isEqualByComparingTo("35.00");
      assertThat(r.components().get("orders")).isEqualByComparingTo("13.13");
      assertScore(r, "90.13");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void work_withoutProducts_isNotCompleted(String v) {
      Situation s = situation(v).cadre("C", star().andThen(c -> c.annual("EMPTY", t -> { })));
      assertThat(work(result(v, s, "C"), "EMPTY").status()).isEqualTo(WorkStatus.NOT_COMPLETED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void work_dueAfterPeriodAndNotCompleted_isInProgressAndLeftOut(String v) {
      Situation s = situation(v);
      LocalDate later = s.end().plusMonths(6);
      s.cadre("C", star().andThen(c -> c.annual("NEXT", t -> t.due(later).missed())));
      CadreResult r = result(v, s, "C");
      assertThat(work(r, "NEXT").status()).isEqualTo(WorkStatus.IN_PROGRESS);
      assertThat(work(r, "NEXT").credit()).isNull();
      assertThat(r.rating()).isEqualTo(Rating.EXCELLENT);
      assertScore(r, "97.00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void work_dueAfterPeriodAndAlreadyCompleted_countsOnTime(String v) {
      Situation s = situation(v);
      LocalDate later = s.end().plusMonths(6);
      s.cadre("C", star().andThen(c -> c.annual("EARLY", t -> t.due(later).met())));
      CadreResult r = result(v, s, "C");
      assertThat(work(r, "EARLY").status()).isEqualTo(WorkStatus.COMPLETED_ON_TIME);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void breakthrough_unapproved_isIgnoredWithInfoReason(String v) {
      Situation s = situation(v).cadre("C", star().andThen(c -> c.breakthrough("B2", t -> t.unapproved().missed())));
      CadreResult r = result(v, s, "C");
      assertThat(work(r, "B2").status()).isEqualTo(WorkStatus.NOT_APPROVED);
      assertThat(codes(r)).containsExactly("BREAKTHROUGH_NOT_APPROVED");
      assertThat(r.reasons().get(0).subject()).isEqualTo("C.B2");
      assertThat(r.rating()).isEqualTo(Rating.EXCELLENT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void exceeded_completedLateWithExceededProduct_isExceededNotOnTime(String v) {
      Situation s = situation(v);
      LocalDate deadline = LocalDate.of(s.end().getYear(), 3, 31);
      s.cadre("C", c -> c.superior("27")
          .annual("A1", t -> t.due(deadline).product("10", "12", p -> p.delivered(deadline.plusDays(1))))
          .breakthrough("B", t -> t.met()));
      WorkOutcome w = work(result(v, s, "C"), "A1");
      assertThat(w.status()).isEqualTo(WorkStatus.COMPLETED_LATE);
      assertThat(w.exceeded()).isTrue();
    }
  }

  @Nested
  class Score {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void score_star_isSumOfComponents(String v) {
      CadreResult r = result(v, situation(v).cadre("C", star()), "C");
      assertThat(r.components().get("general")).isEqualByComparingTo("27.00");
      assertThat(r.components().get("annual")).isEqualByComparingTo("40.00");
      assertThat(r.components().get("breakthrough")).isEqualByComparingTo("15.00");
      assertThat(r.components().get("orders")).isEqualByComparingTo("15.00");
      assertScore(r, "97.00");
      assertThat(r.rating()).isEqualTo(Rating.EXCELLENT);
      assertThat(r.reasons()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void components_areRoundedHalfUpThenSummed(String v) {
      // annual: 40 × (1 + 1 + 0.75) / 3 = 36.666… → 36.67; orders (annual mean): 15 × 2.75 / 3 = 13.75
      Situation s = situation(v);
      LocalDate deadline = LocalDate.of(s.end().getYear(), 5, 31);
      s.cadre("C", c -> c.superior("20.005")
          .annual("A1", t -> t.met()).annual("A2", t -> t.met())
          .annual("A3", t -> t.due(deadline).late())
          .breakthrough("B", t -> t.met()));
      CadreResult r = result(v, s, "C");
      assertThat(r.components().get("general")).isEqualByComparingTo("20.01");
      assertThat(r.components().get("annual")).isEqualByComparingTo("36.67");
      assertThat(r.components().get("orders")).isEqualByComparingTo("13.75");
      assertScore(r, "85.43");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void general_superiorDecidesOverCollective_collectiveWhenNoSuperior(String v) {
      Situation s = situation(v)
          .cadre("BOTH", star().andThen(c -> c.collective("12")))
          .cadre("COLL", c -> c.collective("21").annual("A", t -> t.met()).breakthrough("B", t -> t.met()));
      assertThat(result(v, s, "BOTH").components().get("general")).isEqualByComparingTo("27.00");
      assertThat(result(v, s, "COLL").components().get("general")).isEqualByComparingTo("21.00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void selfAssessment_tenAboveDeciding_isFlagged_justUnderTen_isNot(String v) {
      Situation s = situation(v)
          .cadre("TEN", star().andThen(c -> c.self("30").collective("5")))
          .cadre("UNDER", c -> c.superior("20").self("29.99").annual("A", t -> t.met()).breakthrough("B", t -> t.met()));
      // TEN: superior 27 decides; self 30 is only 3 above. Make a second case where self is 10 above.
      Situation t = situation(v).cadre("TEN", c -> c.superior("20").self("30").annual("A", x -> x.met())
          .breakthrough("B", x -> x.met()));
      assertThat(result(v, s, "TEN").flags()).isEmpty();
      assertThat(result(v, s, "UNDER").flags()).isEmpty();
      assertThat(result(v, t, "TEN").flags()).containsExactly("SELF_ASSESSMENT_DIVERGES");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void breakthrough_requiredAndNoneApproved_earnsZero(String v) {
      Situation s = situation(v).cadre("C", c -> c.superior("27").annual("A", t -> t.exceeded())
          .breakthrough("B", t -> t.unapproved().met()));
      CadreResult r = result(v, s, "C");
      assertThat(r.components().get("breakthrough")).isEqualByComparingTo("0.00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void breakthrough_notRequiredAndNone_earnsAnnualMean(String v) {
      Situation s = situation(v).position("FREE", "OTHERS", false)
          .cadre("C", c -> c.position("FREE").superior("27").annual("A", t -> t.exceeded())
              .annual("L", t -> t.due(LocalDate.of(year(v), 6, 1)).late()));
      CadreResult r = result(v, s, "C");
      // annual mean credit (1 + 0.75) / 2 = 0.875: 15 × 0.875 = 13.125 → 13.13
      assertThat(r.components().get("breakthrough")).isEqualByComparingTo("13.13");
      assertThat(codes(r)).doesNotContain("CAP_BREAKTHROUGH_NOT_REGISTERED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void breakthrough_approvedButInProgress_earnsAnnualMeanAndCountsAsRegistered(String v) {
      Situation s = situation(v);
      LocalDate later = s.end().plusMonths(3);
      s.cadre("C", c -> c.superior("27").annual("A", t -> t.exceeded())
          .breakthrough("B", t -> t.due(later).missed()));
      CadreResult r = result(v, s, "C");
      assertThat(r.components().get("breakthrough")).isEqualByComparingTo("15.00");
      assertThat(codes(r)).doesNotContain("CAP_BREAKTHROUGH_NOT_REGISTERED");
      assertThat(r.rating()).isEqualTo(Rating.EXCELLENT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void orders_meanCreditOfOrders_failedEarnsZero_noneEarnsAnnualMean(String v) {
      Situation s = situation(v)
          .cadre("TWO", star().andThen(c -> c.order("O1", o -> o.met()).order("O2", o -> o.missed())))
          .cadre("NONE", star());
      assertThat(result(v, s, "TWO").components().get("orders")).isEqualByComparingTo("7.50");
      assertThat(result(v, s, "NONE").components().get("orders")).isEqualByComparingTo("15.00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void incomplete_noDecidingAssessment_notRated(String v) {
      Situation s = situation(v).cadre("C", c -> c.self("30").annual("A", t -> t.met()).breakthrough("B", t -> t.met()));
      CadreResult r = result(v, s, "C");
      assertThat(r.status()).isEqualTo(ResultStatus.INCOMPLETE);
      assertThat(r.rating()).isNull();
      assertThat(r.score()).isNull();
      assertThat(r.components()).isNull();
      assertThat(codes(r)).containsExactly("NO_DECIDING_ASSESSMENT");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void incomplete_noCountedAnnualTask_notRated_bothCodesWhenBothApply(String v) {
      Situation s = situation(v);
      LocalDate later = s.end().plusMonths(1);
      s.cadre("NOANNUAL", c -> c.superior("27").annual("A", t -> t.due(later).missed()).breakthrough("B", t -> t.met()))
          .cadre("NEITHER", c -> c.breakthrough("B", t -> t.met()));
      CadreResult r = result(v, s, "NOANNUAL");
      assertThat(r.status()).isEqualTo(ResultStatus.INCOMPLETE);
      assertThat(codes(r)).containsExactly("NO_ANNUAL_TASKS");
      assertThat(codes(result(v, s, "NEITHER"))).containsExactlyInAnyOrder("NO_DECIDING_ASSESSMENT", "NO_ANNUAL_TASKS");
    }
  }

  private static int year(String v) {
    return Leaders.year(v);
  }

  @Nested
  class Levels {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void excellent_atExactly90_isExcellent_at89_99_isGood(String v) {
      Situation s = situation(v)
          .cadre("AT", c -> c.superior("20").annual("A", t -> t.exceeded()).breakthrough("B", t -> t.met()));
      CadreResult at = result(v, s, "AT");
      assertScore(at, "90.00");
      assertThat(at.rating()).isEqualTo(Rating.EXCELLENT);
      Situation below = situation(v)
          .cadre("BELOW", c -> c.superior("19.99").annual("A", t -> t.exceeded()).breakthrough("B", t -> t.met()));
      CadreResult b = result(v, below, "BELOW");
      assertScore(b, "89.99");
      assertThat(b.rating()).isEqualTo(Rating.GOOD);
      assertThat(codes(b)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void good_atExactly70_isGood_at69_99_isCompleted(String v) {
      // annual 40 on time, breakthrough approved but not completed: 0, orders: annual mean 15.
      Situation s = situation(v)
          .cadre("AT", c -> c.superior("15").annual("A", t -> t.met()).breakthrough("B", t -> t.missed()))
          .cadre("BELOW", c -> c.superior("14.99").annual("A", t -> t.met()).breakthrough("B", t -> t.missed()));
      CadreResult at = result(v, s, "AT");
      assertScore(at, "70.00");
      assertThat(at.rating()).isEqualTo(Rating.GOOD);
      CadreResult below = result(v, s, "BELOW");
      assertScore(below, "69.99");
      assertThat(below.rating()).isEqualTo(Rating.COMPLETED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void completed_atExactly50_isCompleted_at49_99_isNotCompleted(String v) {
      // annual 40, breakthrough 0 (not completed), orders 0 (failed): general decides.
      Situation s = situation(v)
          .cadre("AT", c -> c.superior("10").annual("A", t -> t.met()).breakthrough("B", t -> t.missed())
              .order("O", o -> o.missed()))
          .cadre("BELOW", c -> c.superior("9.99").annual("A", t -> t.met()).breakthrough("B", t -> t.missed())
              .order("O", o -> o.missed()));
      CadreResult at = result(v, s, "AT");
      assertScore(at, "50.00");
      assertThat(at.rating()).isEqualTo(Rating.COMPLETED);
      assertThat(codes(at)).doesNotContain("CAP_ORDER_FAILED");
      CadreResult below = result(v, s, "BELOW");
      assertScore(below, "49.99");
      assertThat(below.rating()).isEqualTo(Rating.NOT_COMPLETED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void excellent_breakthroughNotCompleted_conditionsNotMet_isGood(String v) {
      Situation s = situation(v).cadre("C", c -> c.superior("30").annual("A1", t -> t.exceeded())
          .annual("A2", t -> t.exceeded()).breakthrough("B1", t -> t.met()).breakthrough("B2", t -> t.missed()));
      CadreResult r = result(v, s, "C");
      assertScore(r, "92.50");
      assertThat(r.rating()).isEqualTo(Rating.GOOD);
      assertThat(codes(r)).containsExactly("EXCELLENT_CONDITIONS_NOT_MET");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void excellent_unitsAtExactly70PercentGood_isExcellent_belowIsGood(String v) {
      Situation s = situation(v);
      for (int i = 0; i < 10; i++) {
        s.unit("U" + i, i < 7 ? Rating.GOOD : Rating.COMPLETED);
      }
      s.unit("U10", Rating.COMPLETED).unit("UNRATED", null);
      s.cadre("AT", star().andThen(c -> c.leads("U0", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "UNRATED")));
      s.cadre("BELOW", star().andThen(c -> c.leads("U0", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10")));
      assertThat(result(v, s, "AT").rating()).as("7 of 10 rated units GOOD").isEqualTo(Rating.EXCELLENT);
      CadreResult below = result(v, s, "BELOW");
      assertThat(below.rating()).as("7 of 11 rated units GOOD").isEqualTo(Rating.GOOD);
      assertThat(codes(below)).containsExactly("EXCELLENT_CONDITIONS_NOT_MET");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void excellent_aLedUnitNotCompleted_conditionsNotMet(String v) {
      Situation s = situation(v).unit("G1", Rating.EXCELLENT).unit("G2", Rating.GOOD).unit("G3", Rating.GOOD)
          .unit("NC", Rating.NOT_COMPLETED);
      s.cadre("C", star().andThen(c -> c.leads("G1", "G2", "G3", "NC")));
      CadreResult r = result(v, s, "C");
      assertThat(r.rating()).isEqualTo(Rating.GOOD);
      assertThat(codes(r)).containsExactly("EXCELLENT_CONDITIONS_NOT_MET");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void good_anAnnualTaskLate_goodConditionsNotMet_isCompleted(String v) {
      Situation s = situation(v);
      LocalDate deadline = LocalDate.of(s.end().getYear(), 4, 30);
      s.cadre("C", c -> c.superior("30").annual("A1", t -> t.exceeded()).annual("A2", t -> t.due(deadline).late())
          .breakthrough("B", t -> t.met()));
      CadreResult r = result(v, s, "C");
      // 30 + 40 × 1.75 / 2 (35) + 15 + 15 × 0.875 (13.13) = 93.13
      assertScore(r, "93.13");
      assertThat(r.rating()).isEqualTo(Rating.COMPLETED);
      assertThat(codes(r)).containsExactly("EXCELLENT_CONDITIONS_NOT_MET", "GOOD_CONDITIONS_NOT_MET");
    }
  }

  @Nested
  class Caps {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void breakthroughNotRegistered_capsAtCompleted_withReason(String v) {
      Situation s = situation(v).cadre("C", c -> c.superior("30").annual("A", t -> t.exceeded())
          .breakthrough("B", t -> t.unapproved().met()));
      CadreResult r = result(v, s, "C");
      // 30 + 40 + 0 + 15 = 85: level GOOD, capped at COMPLETED
      assertScore(r, "85.00");
      assertThat(r.rating()).isEqualTo(Rating.COMPLETED);
      assertThat(codes(r)).containsExactly("BREAKTHROUGH_NOT_APPROVED", "CAP_BREAKTHROUGH_NOT_REGISTERED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void breakthroughNotRegistered_levelAlreadyCompleted_noCapReason(String v) {
      Situation s = situation(v).cadre("C", c -> c.superior("5").annual("A", t -> t.met()));
      CadreResult r = result(v, s, "C");
      assertScore(r, "60.00");
      assertThat(r.rating()).isEqualTo(Rating.COMPLETED);
      assertThat(codes(r)).isEmpty();
    }
  }

  @Nested
  class Vetoes {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void discipline_onFirstAndLastDay_vetoes_outsideThePeriod_doesNot(String v) {
      Situation s = situation(v);
      LocalDate start = s.start();
      LocalDate end = s.end();
      s.cadre("FIRST", star().andThen(c -> c.discipline(DisciplineForm.REPRIMAND, start, false)))
          .cadre("LAST", star().andThen(c -> c.discipline(DisciplineForm.EXPULSION, end, false)))
          .cadre("BEFORE", star().andThen(c -> c.discipline(DisciplineForm.WARNING, start.minusDays(1), false)))
          .cadre("AFTER", star().andThen(c -> c.discipline(DisciplineForm.WARNING, end.plusDays(1), false)));
      for (String vetoed : new String[] {"FIRST", "LAST"}) {
        CadreResult r = result(v, s, vetoed);
        assertThat(r.rating()).as(vetoed).isEqualTo(Rating.NOT_COMPLETED);
        assertThat(codes(r)).as(vetoed).containsExactly("VETO_DISCIPLINE");
      }
      assertThat(codes(result(v, s, "BEFORE"))).doesNotContain("VETO_DISCIPLINE");
      assertThat(codes(result(v, s, "AFTER"))).doesNotContain("VETO_DISCIPLINE");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void taskCompletion_exactly70Percent_noVeto_below_vetoes(String v) {
      Situation s = situation(v).cadre("SEVEN", c -> {
        c.superior("30").breakthrough("B", t -> t.met());
        for (int i = 0; i < 10; i++) {
          c.annual("A" + i, i < 7 ? t -> t.met() : t -> t.missed());
        }
      }).cadre("TWOTHIRDS", c -> c.superior("30").breakthrough("B", t -> t.met())
          .annual("A1", t -> t.met()).annual("A2", t -> t.met()).annual("A3", t -> t.missed()));
      CadreResult seven = result(v, s, "SEVEN");
      assertThat(codes(seven)).doesNotContain("VETO_TASK_COMPLETION");
      assertThat(seven.rating()).isEqualTo(Rating.COMPLETED);
      CadreResult twoThirds = result(v, s, "TWOTHIRDS");
      assertThat(codes(twoThirds)).contains("VETO_TASK_COMPLETION");
      assertThat(twoThirds.rating()).isEqualTo(Rating.NOT_COMPLETED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void unitsNotCompleted_exactlyHalf_noVeto_moreThanHalf_vetoes(String v) {
      Situation s = situation(v).unit("NC1", Rating.NOT_COMPLETED).unit("NC2", Rating.NOT_COMPLETED)
          .unit("OK", Rating.GOOD).unit("NONE", null);
      s.cadre("HALF", star().andThen(c -> c.leads("NC1", "OK", "NONE")))
          .cadre("MORE", star().andThen(c -> c.leads("NC1", "NC2", "OK")));
      CadreResult half = result(v, s, "HALF");
      assertThat(codes(half)).containsExactly("EXCELLENT_CONDITIONS_NOT_MET");
      assertThat(half.rating()).isEqualTo(Rating.GOOD);
      CadreResult more = result(v, s, "MORE");
      assertThat(codes(more)).containsExactly("EXCELLENT_CONDITIONS_NOT_MET", "VETO_UNITS_NOT_COMPLETED");
      assertThat(more.rating()).isEqualTo(Rating.NOT_COMPLETED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019.1", "2025.1"})
    void vetoes_allGiven_evenWhenLevelAlreadyNotCompleted(String v) {
      Situation s = situation(v);
      LocalDate day = LocalDate.of(s.end().getYear(), 5, 1);
      s.cadre("C", c -> c.superior("0").annual("A1", t -> t.met()).annual("A2", t -> t.missed())
          .breakthrough("B", t -> t.missed()).order("O", o -> o.missed())
          .discipline(DisciplineForm.WARNING, day, false));
      CadreResult r = result(v, s, "C");
      assertThat(r.rating()).isEqualTo(Rating.NOT_COMPLETED);
      assertThat(codes(r)).contains("VETO_DISCIPLINE", "VETO_TASK_COMPLETION");
    }
  }
}
