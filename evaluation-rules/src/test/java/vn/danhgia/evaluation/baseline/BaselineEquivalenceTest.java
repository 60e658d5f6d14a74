package vn.danhgia.evaluation.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkStatus;
import vn.danhgia.evaluation.ruleset.Parameters;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.bench.BenchInputs;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * The hand-written baseline gives the engine's report, byte for byte once written, under every
 * version: over generated inputs (any size from 1 to 40 cadres, both years; for 2026.1, 2026 inputs
 * with reviews, converted products, due dates, failures, delays, excuses, findings and surveys), a
 * few large ones, the Tuyên Quang example, and a copy of each version with changed parameters. The
 * benchmarks compare the two only because this holds.
 */
class BaselineEquivalenceTest {
  private static final List<String> VERSIONS = List.of("2019.1", "2025.1");
  private static final Interchange JSON = Interchange.standard();
  private static final RuleSets LEADERS = RuleSets.builtIn("leaders");
  private static final Evaluator ENGINE = Evaluator.builder().ruleSets(LEADERS).build();
  private static final BaselineEvaluator BASELINE = new BaselineEvaluator(LEADERS);

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.of(2019, 2025);
  }

  @Property(tries = 200)
  void sameReportAsTheEngine_underBothVersions(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int cadres,
      @ForAll("years") int year) {
    EvaluationInput input = RandomInputs.generate(seed, cadres, year);
    for (String version : VERSIONS) {
      assertSameReport(input, version, "seed " + seed + ", " + cadres + " cadres, " + year);
    }
  }

  @Property(tries = 30)
  void sameReportWhateverTheOrderOfTheInputsArrays(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int cadres) {
    EvaluationInput input = RandomInputs.generate(seed, cadres, 2025);
    EvaluationInput shuffled = RandomInputs.shuffled(input, ~seed);
    for (String version : VERSIONS) {
      assertThat(JSON.writeReportAsString(BASELINE.evaluate(shuffled, version)))
          .as("seed %d shuffled, %s", seed, version)
          .isEqualTo(JSON.writeReportAsString(ENGINE.evaluate(input, version)));
    }
  }

  /** Cadres repeated under new ids: peer groups with exact ties, so the quota's tie rule is compared too. */
  @Property(tries = 60)
  void sameReportWithTiedCadres(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int cadres,
      @ForAll @IntRange(min = 1, max = 3) int copies) {
    EvaluationInput input = Twins.of(RandomInputs.generate(seed, cadres, 2025), copies);
    for (String version : VERSIONS) {
      assertSameReport(input, version, "seed " + seed + ", " + cadres + " cadres, " + copies + " copies each");
    }
  }

  /**
   * A fixed set of inputs on which the two agree and that gives every reason, flag, work status and
   * rating of each version at least once: the comparison covers every rule that gives a reason.
   */
  @Example
  void sameReportOnInputsThatGiveEveryReasonAndFlag() {
    List<EvaluationInput> inputs = new ArrayList<>();
    for (long seed = 1; seed <= 40; seed++) {
      inputs.add(RandomInputs.generate(seed, 40, seed % 2 == 0 ? 2019 : 2025));
    }
    for (long seed = 1; seed <= 10; seed++) {
      inputs.add(Twins.of(RandomInputs.generate(seed, 15, 2025), 2));
    }
    for (String version : VERSIONS) {
      Set<String> seen = new TreeSet<>();
      for (EvaluationInput input : inputs) {
        EvaluationReport report = assertSameReport(input, version, "fixed input of " + input.cadres().size());
        for (CadreResult r : report.results()) {
          seen.addAll(outcomes(r));
        }
      }
      Set<String> expected = new TreeSet<>();
      for (ReasonRule rule : ReasonRule.values()) {
        expected.add(rule.name());
      }
      expected.removeAll(List.of("TOO_FEW_REVIEWS", "VETO_UNIT_CORRUPTION"));
      expected.addAll(List.of("SELF_ASSESSMENT_DIVERGES", "REMOVE_FROM_PLANNING", "DISMISSAL_REVIEW"));
      if (version.equals("2019.1")) {
        expected.removeAll(List.of("DISCIPLINE_SELF_REMEDIED", "VETO_BASIC_TARGET_MISSED", "VETO_LOW_CONFIDENCE",
            "DEMOTED_BY_QUOTA", "QUOTA_TIE", "REMOVE_FROM_PLANNING", "DISMISSAL_REVIEW"));
      }
      expected.addAll(everyRatingAndWorkStatus());
      assertThat(seen).as("what the fixed inputs give under %s", version).containsAll(expected);
    }
  }

  @Example
  void sameReportOnLargeInputs() {
    long[][] cases = {{20_260_101L, 300, 2025}, {7L, 1_000, 2019}, {42L, 2_500, 2025}};
    for (long[] c : cases) {
      EvaluationInput input = RandomInputs.generate(c[0], (int) c[1], (int) c[2]);
      for (String version : VERSIONS) {
        assertSameReport(input, version, "seed " + c[0] + ", " + c[1] + " cadres");
      }
    }
  }

  @Example
  void sameReportOnTheTuyenQuangExample() {
    EvaluationInput input = JSON.readInput(Path.of("../evaluation-examples/data/tuyen-quang-2019.json"));
    for (String version : VERSIONS) {
      assertSameReport(input, version, "tuyen-quang-2019.json");
    }
  }

  /** Every threshold and weight comes from the parameters: change them all and compare again. */
  @Example
  void sameReportWithChangedParameters() {
    for (String version : VERSIONS) {
      RuleSetSource shipped = LEADERS.version(version).orElseThrow();
      Parameters changed = shipped.parameters()
          .with("weight.general", "20")
          .with("weight.annual", "45")
          .with("weight.breakthrough", "17.5")
          .with("weight.orders", "17.5")
          .with("credit.late", "0.6")
          .with("self.divergence", "7.5")
          .with("score.excellent", "85")
          .with("score.good", "65.5")
          .with("score.completed", "45")
          .with("excellent.minExceededPercent", "33.4")
          .with("excellent.minUnitsGoodPercent", "60")
          .with("cap.breakthroughNotRegistered", "GOOD")
          .with("cap.orderFailed", "NOT_COMPLETED")
          .with("veto.minAnnualCompletedPercent", "66.7")
          .with("veto.maxUnitsNotCompletedPercent", "40");
      if (version.equals("2025.1")) {
        changed = changed.with("vote.vetoAbove", "2/5").with("vote.dismissalFrom", "3/5")
            .with("quota.percent", "35").with("quota.rounding", "HALF_UP");
      }
      RuleSets edited = RuleSets.of(List.of(shipped.withParameters(changed)));
      Evaluator engine = Evaluator.builder().ruleSets(edited).build();
      BaselineEvaluator baseline = new BaselineEvaluator(edited);
      for (long seed = 1; seed <= 12; seed++) {
        EvaluationInput input = RandomInputs.generate(seed * 7919, 60, version.equals("2019.1") ? 2019 : 2025);
        assertThat(JSON.writeReportAsString(baseline.evaluate(input, version)))
            .as("changed parameters, seed %d, %s", seed * 7919, version)
            .isEqualTo(JSON.writeReportAsString(engine.evaluate(input, version)));
      }
    }
  }

  // --- 2026.1: continuous evaluation ---------------------------------------------------------------

  private static final String V2026 = "2026.1";

  /** A 2026 input with reviews, converted products, due dates, failures, delays, excuses, findings, surveys. */
  private static EvaluationInput continuous(long seed, int cadres) {
    return RandomInputs.continuous(RandomInputs.generate(seed, cadres, 2026), ~seed);
  }

  @Property(tries = 400)
  void sameReportAsTheEngine_under2026(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int cadres) {
    assertSameReport(continuous(seed, cadres), V2026, "seed " + seed + ", " + cadres + " cadres, 2026");
  }

  /** 2019.1 and 2025.1 ignore the fields of continuous evaluation, in the engine as in the baseline. */
  @Property(tries = 40)
  void sameReportUnderBothEarlierVersions_onInputsWithTheFieldsOf2026(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int cadres, @ForAll("years") int year) {
    EvaluationInput input = RandomInputs.continuous(RandomInputs.generate(seed, cadres, year), seed);
    for (String version : VERSIONS) {
      assertSameReport(input, version, "seed " + seed + ", " + cadres + " cadres, " + year + " with reviews");
    }
  }

  /** The input {@code ThroughputBenchmark} times under 2026.1 (at 1,000 cadres, about 10 products each). */
  @Example
  void sameReportOnTheBenchmarksInputUnder2026() {
    assertSameReport(BenchInputs.forVersion(20_260_101L, 1_000, V2026), V2026, "ThroughputBenchmark's input");
  }

  @Property(tries = 40)
  void sameReportWithTiedCadres_under2026(@ForAll long seed, @ForAll @IntRange(min = 1, max = 15) int cadres,
      @ForAll @IntRange(min = 1, max = 3) int copies) {
    EvaluationInput input = Twins.of(continuous(seed, cadres), copies);
    assertSameReport(input, V2026, "seed " + seed + ", " + cadres + " cadres, " + copies + " copies each, 2026");
  }

  @Property(tries = 30)
  void sameReportWhateverTheOrderOfTheInputsArrays_under2026(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int cadres) {
    EvaluationInput input = continuous(seed, cadres);
    EvaluationInput shuffled = RandomInputs.shuffled(input, ~seed);
    assertThat(JSON.writeReportAsString(BASELINE.evaluate(shuffled, V2026)))
        .as("seed %d shuffled, 2026.1", seed)
        .isEqualTo(JSON.writeReportAsString(ENGINE.evaluate(input, V2026)));
  }

  /** 2026.1's own inputs, and the 2019 and 2025 ones under 2026.1 (no reviews, no surveys), large ones too. */
  @Example
  void sameReportUnder2026OnInputsThatGiveEveryReasonAndFlag() {
    List<EvaluationInput> inputs = new ArrayList<>();
    for (long seed = 1; seed <= 40; seed++) {
      inputs.add(continuous(seed, 40));
    }
    for (long seed = 1; seed <= 20; seed++) {
      inputs.add(Twins.of(continuous(seed, 30), 1 + (int) (seed % 3)));
    }
    inputs.add(RandomInputs.generate(3, 40, 2025));
    inputs.add(continuous(20_260_101L, 800));
    Set<String> seen = new TreeSet<>();
    for (EvaluationInput input : inputs) {
      EvaluationReport report = assertSameReport(input, V2026, "fixed input of " + input.cadres().size());
      for (CadreResult r : report.results()) {
        seen.addAll(outcomes(r));
        if (r.nextBand() != null && r.nextBand().exists()) {
          seen.add("next " + r.nextBand().rating());
        }
        r.reviews().forEach(x -> seen.add(x.counted() ? "review counted" : "review not counted"));
      }
    }
    Set<String> expected = new TreeSet<>();
    for (ReasonRule rule : ReasonRule.values()) {
      expected.add(rule.name());
    }
    expected.remove("NO_ANNUAL_TASKS");
    expected.addAll(List.of("SELF_ASSESSMENT_DIVERGES", "REMOVE_FROM_PLANNING", "DISMISSAL_REVIEW", "LOW_SATISFACTION",
        "next COMPLETED", "next GOOD", "next EXCELLENT", "review counted", "review not counted"));
    expected.addAll(everyRatingAndWorkStatus());
    assertThat(seen).as("what the fixed inputs give under 2026.1").containsAll(expected);
  }

  /** Every 2026.1 parameter changed: the baseline reads them all, as the rule files do. */
  @Example
  void sameReportUnder2026WithChangedParameters() {
    RuleSetSource shipped = LEADERS.version(V2026).orElseThrow();
    Parameters changed = shipped.parameters()
        .with("weight.general", "25")
        .with("weight.results", "75")
        .with("coefficient.annual", "1.25")
        .with("coefficient.breakthrough", "3")
        .with("coefficient.order", "0.5")
        .with("deduction.qualityFailure", "0.35")
        .with("deduction.delay", "0.125")
        .with("review.quantity", "50")
        .with("review.quality", "25")
        .with("review.progress", "25")
        .with("results.ownShare", "62.5")
        .with("units.completedFigure", "90")
        .with("units.notCompletedFigure", "35")
        .with("reviews.minCountedPercent", "75")
        .with("excellent.minSatisfiedPercent", "66.6")
        .with("survey.lowBelowPercent", "55")
        .with("score.excellent", "85")
        .with("score.good", "65.5")
        .with("score.completed", "45")
        .with("excellent.minExceededPercent", "33.4")
        .with("cap.orderFailed", "GOOD")
        .with("veto.minAnnualCompletedPercent", "66.7")
        .with("quota.percent", "35");
    RuleSets edited = RuleSets.of(List.of(shipped.withParameters(changed)));
    Evaluator engine = Evaluator.builder().ruleSets(edited).build();
    BaselineEvaluator baseline = new BaselineEvaluator(edited);
    for (long seed = 1; seed <= 12; seed++) {
      EvaluationInput input = continuous(seed * 7919, 60);
      assertThat(JSON.writeReportAsString(baseline.evaluate(input, V2026)))
          .as("changed parameters, seed %d, 2026.1", seed * 7919)
          .isEqualTo(JSON.writeReportAsString(engine.evaluate(input, V2026)));
    }
  }

  /** Equal bytes, or a failure that shows where they part. */
  private static EvaluationReport assertSameReport(EvaluationInput input, String version, String what) {
    EvaluationReport report = ENGINE.evaluate(input, version);
    String engine = JSON.writeReportAsString(report);
    String baseline = JSON.writeReportAsString(BASELINE.evaluate(input, version));
    assertThat(baseline).as("%s under %s", what, version).isEqualTo(engine);
    return report;
  }

  /** @return what a result shows that a set of inputs should cover: status and rating, reason codes, flags, work statuses */
  /**
   * Every rating a rated result can have, the incomplete status, and every status of each kind of work
   * (not approved only for breakthrough tasks), as {@link #outcomes} names them.
   */
  private static List<String> everyRatingAndWorkStatus() {
    List<String> all = new ArrayList<>();
    for (Rating rating : Rating.values()) {
      all.add("RATED " + rating);
    }
    all.add("INCOMPLETE null");
    for (WorkKind kind : WorkKind.values()) {
      for (WorkStatus status : WorkStatus.values()) {
        if (status != WorkStatus.NOT_APPROVED || kind == WorkKind.BREAKTHROUGH) {
          all.add(kind + " " + status);
        }
      }
    }
    return all;
  }

  private static Set<String> outcomes(CadreResult r) {
    Set<String> out = new TreeSet<>();
    out.add(r.status() + " " + r.rating());
    r.reasons().forEach(x -> out.add(x.code()));
    out.addAll(r.flags());
    r.work().forEach(w -> out.add(w.kind() + " " + w.status()));
    return out;
  }
}
