package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.rules.Leaders.assertScore;
import static vn.danhgia.evaluation.rules.Leaders.codes;
import static vn.danhgia.evaluation.rules.Leaders.result;
import static vn.danhgia.evaluation.rules.Leaders.situation;
import static vn.danhgia.evaluation.rules.Leaders.star;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.evaluation.model.DisciplineForm;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.testing.Situation;

/** The rules in which 2019.1 and 2025.1 differ (criteria.md §5), each run against both versions. */
class VersionDifferencesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2019.1, GOOD",
      "2025.1, COMPLETED"})
  void failedOrder_capsExcellentLevel(String v, Rating expected) {
    Situation s = situation(v).cadre("C", c -> c.superior("30").annual("A1", t -> t.exceeded())
        .annual("A2", t -> t.exceeded()).breakthrough("B", t -> t.met())
        .order("O1", o -> o.met()).order("O2", o -> o.missed()));
    CadreResult r = result(v, s, "C");
    assertScore(r, "92.50");
    assertThat(r.rating()).isEqualTo(expected);
    assertThat(codes(r)).containsExactly("CAP_ORDER_FAILED");
    assertThat(r.reasons().get(0).rule()).isEqualTo("A failed order caps the rating");
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource({
      "2019.1, GOOD, false",
      "2025.1, COMPLETED, true"})
  void failedOrder_goodLevel_cappedOnlyWhereTheBoundIsBelow(String v, Rating expected, boolean reason) {
    Situation s = situation(v).cadre("C", c -> c.superior("20").annual("A1", t -> t.met())
        .breakthrough("B", t -> t.met()).order("O1", o -> o.met()).order("O2", o -> o.missed()));
    CadreResult r = result(v, s, "C");
    assertScore(r, "82.50");
    assertThat(r.rating()).isEqualTo(expected);
    assertThat(codes(r).contains("CAP_ORDER_FAILED")).isEqualTo(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2019.1, 'CAP_BREAKTHROUGH_NOT_REGISTERED'",
      "2025.1, 'CAP_BREAKTHROUGH_NOT_REGISTERED,CAP_ORDER_FAILED'"})
  void caps_everyCapBelowTheLevelGivesItsReason(String v, String expected) {
    Situation s = situation(v).cadre("C", c -> c.superior("30").annual("A1", t -> t.exceeded())
        .annual("A2", t -> t.exceeded()).order("O1", o -> o.met()).order("O2", o -> o.missed()));
    CadreResult r = result(v, s, "C");
    assertScore(r, "77.50");
    assertThat(r.rating()).isEqualTo(Rating.COMPLETED);
    assertThat(String.join(",", codes(r))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: 1 of 3 exceeded → {1}, 2 of 4 → {2}, 2 of 7 → {3}")
  @CsvSource({
      "2019.1, GOOD, EXCELLENT, GOOD",
      "2025.1, EXCELLENT, EXCELLENT, GOOD"})
  void excellent_shareOfAnnualTasksExceeded(String v, Rating oneOfThree, Rating half, Rating twoOfSeven) {
    assertThat(exceededShareRating(v, 1, 3)).isEqualTo(oneOfThree);
    assertThat(exceededShareRating(v, 2, 4)).isEqualTo(half);
    assertThat(exceededShareRating(v, 2, 7)).isEqualTo(twoOfSeven);
  }

  private static Rating exceededShareRating(String v, int exceeded, int tasks) {
    Situation s = situation(v).cadre("C", c -> {
      c.superior("27").breakthrough("B", t -> t.met());
      for (int i = 0; i < tasks; i++) {
        c.annual("A" + i, i < exceeded ? t -> t.exceeded() : t -> t.met());
      }
    });
    CadreResult r = result(v, s, "C");
    assertScore(r, "97.00");
    assertThat(codes(r)).isEqualTo(r.rating() == Rating.EXCELLENT ? java.util.List.of()
        : java.util.List.of("EXCELLENT_CONDITIONS_NOT_MET"));
    return r.rating();
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource({
      "2019.1, NOT_COMPLETED, VETO_DISCIPLINE",
      "2025.1, EXCELLENT, DISCIPLINE_SELF_REMEDIED"})
  void discipline_selfRemedied(String v, Rating expected, String code) {
    Situation s = situation(v);
    LocalDate day = LocalDate.of(s.end().getYear(), 8, 1);
    s.cadre("C", star().andThen(c -> c.discipline(DisciplineForm.REPRIMAND, day, true)));
    CadreResult r = result(v, s, "C");
    assertThat(r.rating()).isEqualTo(expected);
    assertThat(codes(r)).containsExactly(code);
  }

  @Test
  void discipline_selfRemediedOutsideThePeriod_noInfoReason() {
    Situation s = situation("2025.1");
    LocalDate before = s.start().minusDays(1);
    s.cadre("C", star().andThen(c -> c.discipline(DisciplineForm.REPRIMAND, before, true)));
    assertThat(codes(result("2025.1", s, "C"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2019.1, COMPLETED, ''",
      "2025.1, NOT_COMPLETED, VETO_BASIC_TARGET_MISSED"})
  void basicTargetMissed(String v, Rating expected, String veto) {
    Situation s = situation(v).cadre("C", c -> c.superior("30").breakthrough("B", t -> t.met())
        .annual("A1", t -> t.met()).annual("A2", t -> t.met()).annual("A3", t -> t.met())
        .annual("BASIC", t -> t.basicTarget().missed()));
    CadreResult r = result(v, s, "C");
    assertThat(r.rating()).isEqualTo(expected);
    assertThat(codes(r).contains("VETO_BASIC_TARGET_MISSED")).isEqualTo(!veto.isEmpty());
    if (!veto.isEmpty()) {
      assertThat(r.reasons()).filteredOn(x -> x.code().equals(veto)).singleElement()
          .satisfies(x -> assertThat(x.subject()).isEqualTo("C.BASIC"));
    }
  }

  @Test
  void basicTarget_inProgress_doesNotVeto() {
    Situation s = situation("2025.1");
    LocalDate later = s.end().plusMonths(2);
    s.cadre("C", star().andThen(c -> c.annual("BASIC", t -> t.basicTarget().due(later).missed())));
    assertThat(codes(result("2025.1", s, "C"))).doesNotContain("VETO_BASIC_TARGET_MISSED");
  }

  @ParameterizedTest(name = "{1} of {0} low: {2} {3}")
  @CsvSource({
      "40, 20, EXCELLENT, ''",
      "40, 21, NOT_COMPLETED, REMOVE_FROM_PLANNING",
      "30, 19, NOT_COMPLETED, REMOVE_FROM_PLANNING",
      "30, 20, NOT_COMPLETED, DISMISSAL_REVIEW",
      "30, 30, NOT_COMPLETED, DISMISSAL_REVIEW"})
  void confidenceVote_2025(int voters, int low, Rating expected, String flag) {
    Situation s = situation("2025.1");
    LocalDate day = LocalDate.of(2025, 10, 15);
    s.cadre("C", star().andThen(c -> c.vote(day, voters, low)));
    CadreResult r = result("2025.1", s, "C");
    assertThat(r.rating()).isEqualTo(expected);
    assertThat(codes(r).contains("VETO_LOW_CONFIDENCE")).isEqualTo(expected == Rating.NOT_COMPLETED);
    assertThat(r.flags()).isEqualTo(flag.isEmpty() ? java.util.List.of() : java.util.List.of(flag));
  }

  @Test
  void confidenceVote_2019_neitherVetoesNorFlags() {
    Situation s = situation("2019.1");
    s.cadre("C", star().andThen(c -> c.vote(LocalDate.of(2019, 10, 15), 30, 30)));
    CadreResult r = result("2019.1", s, "C");
    assertThat(r.rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(r.flags()).isEmpty();
    assertThat(codes(r)).isEmpty();
  }

  @Test
  void confidenceVote_laterVoteSupersedesEarlier_sameDayHigherShareCounts_outsidePeriodIgnored() {
    Situation s = situation("2025.1");
    s.cadre("LATER", star().andThen(c -> c.vote(LocalDate.of(2025, 3, 1), 40, 30).vote(LocalDate.of(2025, 9, 1), 40, 1)))
        .cadre("SAMEDAY", star().andThen(c -> c.vote(LocalDate.of(2025, 9, 1), 40, 1).vote(LocalDate.of(2025, 9, 1), 40, 25)))
        .cadre("OUTSIDE", star().andThen(c -> c.vote(LocalDate.of(2024, 12, 31), 40, 40)));
    assertThat(codes(result("2025.1", s, "LATER"))).doesNotContain("VETO_LOW_CONFIDENCE");
    assertThat(codes(result("2025.1", s, "SAMEDAY"))).contains("VETO_LOW_CONFIDENCE");
    assertThat(codes(result("2025.1", s, "OUTSIDE"))).doesNotContain("VETO_LOW_CONFIDENCE");
  }

  @Test
  void confidenceVote_sameDayWithManyVoters_theHigherShareCounts_withoutOverflow() {
    Situation s = situation("2025.1");
    LocalDate day = LocalDate.of(2025, 6, 1);
    s.cadre("C", star().andThen(c -> c.vote(day, 60_000, 50_000).vote(day, 60_000, 25_000)));
    CadreResult r = result("2025.1", s, "C");
    assertThat(codes(r)).contains("VETO_LOW_CONFIDENCE");
    assertThat(r.flags()).containsExactly("DISMISSAL_REVIEW");
  }

  @Test
  void labels_completedIsWordedPerVersion() {
    Situation s19 = situation("2019.1").cadre("C", c -> c.superior("5").annual("A", t -> t.met()));
    Situation s25 = situation("2025.1").cadre("C", c -> c.superior("5").annual("A", t -> t.met()));
    assertThat(result("2019.1", s19, "C").label()).isEqualTo("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực");
    assertThat(result("2025.1", s25, "C").label()).isEqualTo("Hoàn thành nhiệm vụ");
  }
}
