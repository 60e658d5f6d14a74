package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.Severity;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.Situation;

/** The shipped rule set, compiled once for all rule tests, and the situations they share. */
final class Leaders {
  /** Every shipped version, read from the rule set. */
  static final List<String> VERSIONS = List.copyOf(RuleSets.builtIn("leaders").versions().keySet());
  static final Evaluator EVALUATOR = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).build();

  private Leaders() {}

  /** A year the version is in force in: the year it takes effect, read from the rule set. */
  static int year(String version) {
    return EVALUATOR.ruleSets().timeline().versions().get(version).getYear();
  }

  /** The reason codes that leave a cadre not rated in the version, read from its rules. */
  static List<String> incompleteCodes(String version) {
    return EVALUATOR.ruleSet(version).rules().stream().filter(r -> r.severity() == Severity.INCOMPLETE)
        .map(r -> r.reasonCode()).toList();
  }

  /**
   * A situation in the version's year with five peers rated GOOD in the default peer group, so that
   * the 2025.1 quota lets one cadre of that group keep an EXCELLENT rating (floor(20% × 5) = 1).
   */
  static Situation situation(String version) {
    Situation s = Situation.year(year(version));
    for (int i = 1; i <= 5; i++) {
      s.cadre("PEER" + i, c -> c.superior("10")
          .annual("PEER-A", t -> t.met())
          .breakthrough("PEER-B", t -> t.met()));
    }
    return s;
  }

  /** The model cadre: 27 general points, two annual tasks exceeded, a breakthrough task met: 97. */
  static Consumer<Situation.CadreBuilder> star() {
    return c -> c.superior("27")
        .annual("A1", t -> t.exceeded())
        .annual("A2", t -> t.exceeded())
        .breakthrough("B1", t -> t.met());
  }

  static EvaluationReport evaluate(String version, Situation situation) {
    return EVALUATOR.evaluate(situation.build(), version);
  }

  static CadreResult result(String version, Situation situation, String cadre) {
    return evaluate(version, situation).result(cadre).orElseThrow();
  }

  static List<String> codes(CadreResult r) {
    return r.reasons().stream().map(Reason::code).toList();
  }

  static void assertScore(CadreResult r, String score) {
    assertThat(r.score()).as("score of %s", r.cadre()).isNotNull();
    assertThat(r.score().toPlainString()).as("score of %s", r.cadre()).isEqualTo(score);
  }
}
