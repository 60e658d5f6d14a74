package vn.danhgia.evaluation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.mini;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.threeCadres;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.ruleset.UnknownVersionException;
import vn.danhgia.evaluation.scenario.ExpectationFailure.Aspect;
import vn.danhgia.evaluation.scenario.ScenarioResult.Status;

class ScenarioRunnerTest {
  private static final Evaluator MINI = mini();

  private static Scenario scenario(Map<String, Expectation> expect) {
    return Scenario.of("three cadres", threeCadres().build(), expect);
  }

  @Test
  void run_everyExpectationMet_passesWithItsVersionReportAndFirings() {
    Scenario s = scenario(Map.of(
        "C1", Expectation.any().withStatus(ResultStatus.RATED).withRating(Rating.NOT_COMPLETED).withScore("67.0")
            .withReasons("FIRST").withoutReasons("LOW").withFlags().withExactReasons(),
        "C3", Expectation.any().withStatus(ResultStatus.INCOMPLETE).withReasons("NO_DECIDING_ASSESSMENT")));

    ScenarioResult r = new ScenarioRunner(MINI).run(s);

    assertThat(r.status()).isEqualTo(Status.PASSED);
    assertThat(r.passed()).isTrue();
    assertThat(r.version()).isEqualTo("1.0");
    assertThat(r.report()).isNotNull();
    assertThat(r.failures()).isEmpty();
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.firings()).containsEntry("Components from the assessment", 2L)
        .containsEntry("Not assessed", 1L).containsEntry("The first of a group by id is demoted", 1L);
    assertThat(r.lines()).containsExactly("PASS  three cadres [1.0]");
  }

  @Test
  void run_ratingDiffers_failsWithExpectedActualAndTheReasonsWithTheirRules() {
    Scenario s = scenario(Map.of("C1", Expectation.any().withRating(Rating.GOOD)));

    ScenarioResult r = new ScenarioRunner(MINI).run(s);

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.cadre()).isEqualTo("C1");
      assertThat(f.aspect()).isEqualTo(Aspect.RATING);
      assertThat(f.expected()).isEqualTo("GOOD");
      assertThat(f.actual()).isEqualTo("NOT_COMPLETED");
      assertThat(f.reasonsGiven()).extracting(x -> x.code() + "/" + x.rule())
          .containsExactly("FIRST/The first of a group by id is demoted");
      assertThat(f.summary()).isEqualTo("C1 rating: expected GOOD, got NOT_COMPLETED");
    });
    assertThat(r.lines()).startsWith("FAIL  three cadres [1.0]",
        "      C1 rating: expected GOOD, got NOT_COMPLETED",
        "        reasons the engine gave:",
        "          FIRST (rule \"The first of a group by id is demoted\")");
    assertThat(r.lines()).contains("        the result:", "          C1: NOT_COMPLETED (Không hoàn thành nhiệm vụ)",
        "            score 67.00 = general 27.00 + annual 40.00 + breakthrough 0.00 + orders 0.00");
  }

  @Test
  void run_everyAspectNotMet_oneFailureEach() {
    Scenario s = scenario(Map.of(
        "C2", Expectation.any().withStatus(ResultStatus.INCOMPLETE).withScore("45.01").withReasons("FIRST")
            .withoutReasons("LOW").withFlags("DISMISSAL_REVIEW"),
        "C3", Expectation.any().withRating(Rating.GOOD).withScore("1").withReasons("LOW").withExactReasons()));

    ScenarioResult r = new ScenarioRunner(MINI).run(s);

    assertThat(r.failures()).extracting(ExpectationFailure::summary).containsExactlyInAnyOrder(
        "C2 status: expected INCOMPLETE, got RATED",
        "C2 score: expected 45.01, got 45.00",
        "C2 reasons: expected reason FIRST, got reasons LOW",
        "C2 notReasons: expected no reason LOW, got reasons LOW",
        "C2 flags: expected flags DISMISSAL_REVIEW, got no flag",
        "C3 rating: expected GOOD, got no rating (INCOMPLETE)",
        "C3 score: expected 1, got no score (INCOMPLETE)",
        "C3 reasons: expected reason LOW, got reasons NO_DECIDING_ASSESSMENT",
        "C3 exactReasons: expected exactly reasons LOW, got reasons NO_DECIDING_ASSESSMENT");
  }

  @Test
  void run_cadreMissingFromTheReport_failsOnResult() {
    Scenario s = scenario(Map.of("C9", Expectation.any()));

    ScenarioResult r = new ScenarioRunner(MINI).run(s);

    assertThat(r.failures()).singleElement()
        .satisfies(f -> assertThat(f.summary()).isEqualTo("C9 result: expected a result for cadre C9, got none"));
  }

  @Test
  void run_scenarioNamesAnUnknownVersion_isAnErrorNotAnException() {
    Scenario s = scenario(Map.of("C1", Expectation.any())).withVersion("9.9");

    ScenarioResult r = new ScenarioRunner(MINI).run(s);

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.version()).isNull();
    assertThat(r.report()).isNull();
    assertThat(r.errors()).containsExactly("cannot run: the scenario names version \"9.9\", which the rule set mini"
        + " does not have (its versions: 1.0)");
    assertThat(r.lines().get(0)).isEqualTo("ERROR three cadres");
  }

  @Test
  void run_noVersionInForce_isAnErrorWithThePath() {
    Scenario s = Scenario.of("too early", vn.danhgia.evaluation.testing.Situation.year(2018)
        .cadre("C1", c -> c.superior("20").annual("A1", t -> t.met())).build(), Map.of("C1", Expectation.any()));

    ScenarioResult r = new ScenarioRunner(MINI).run(s);

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(String.join("\n", r.errors())).contains("$.period.end: no rule set version is in force on 2018-12-31");
  }

  @Test
  void versionFor_scenarioFirstThenRunnerThenInputThenDate() {
    Scenario plain = scenario(Map.of());
    ScenarioRunner runner = new ScenarioRunner(MINI, "1.0");

    assertThat(new ScenarioRunner(MINI).versionFor(plain)).isEqualTo("1.0");
    assertThat(runner.versionFor(plain)).isEqualTo("1.0");
    assertThat(runner.version()).isEqualTo("1.0");
    assertThatThrownBy(() -> runner.versionFor(plain.withVersion("2.0")))
        .hasMessageContaining("the scenario names version \"2.0\"");
  }

  @Test
  void constructor_unknownVersion_refusedWithTheVersionsThere() {
    assertThatThrownBy(() -> new ScenarioRunner(MINI, "7"))
        .isInstanceOfSatisfying(UnknownVersionException.class, e -> {
          assertThat(e.requested()).isEqualTo("7");
          assertThat(e.known()).containsExactly("1.0");
        })
        .hasMessage("There is no version \"7\" of the rule set mini; the versions are 1.0.");
  }

  @Test
  void run_expectedCodeNoRuleGives_warns() {
    Scenario s = scenario(Map.of("C1", Expectation.any().withoutReasons("VETO_DISCIPLINE")));

    ScenarioResult r = new ScenarioRunner(MINI).run(s);

    assertThat(r.passed()).isTrue();
    assertThat(r.warnings()).singleElement().asString()
        .startsWith("C1 notReasons: no rule of mini 1.0 gives \"VETO_DISCIPLINE\"");
    assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("      warning: C1 notReasons"));
  }

  @Test
  void runAll_resultsInOrderAndCoverageOfTheVersionUsed() {
    Scenario pass = scenario(Map.of("C2", Expectation.any().withRating(Rating.COMPLETED)));
    Scenario fail = Scenario.of("one cadre", vn.danhgia.evaluation.testing.Situation.year(2021)
        .cadre("C1", c -> c.superior("20").annual("A1", t -> t.met())).build(),
        Map.of("C1", Expectation.any().withRating(Rating.GOOD)));
    Scenario error = pass.withVersion("3.0");

    ScenarioRun run = new ScenarioRunner(MINI).runAll(List.of(pass, fail, error));

    assertThat(run.results()).extracting(ScenarioResult::status)
        .containsExactly(Status.PASSED, Status.FAILED, Status.ERROR);
    assertThat(run.passed()).isEqualTo(1);
    assertThat(run.failed()).isEqualTo(1);
    assertThat(run.errors()).isEqualTo(1);
    assertThat(run.allPassed()).isFalse();
    assertThat(run.summary()).isEqualTo("3 scenarios: 1 passed, 1 failed, 1 could not run");
    assertThat(run.coverage()).containsOnlyKeys("1.0");
    CoverageReport c = run.coverage().get("1.0");
    assertThat(c.total()).isEqualTo(5);
    assertThat(c.fired()).isEqualTo(5);
    assertThat(c.rules()).filteredOn(x -> x.rule().name().equals("Components from the assessment"))
        .singleElement().satisfies(x -> assertThat(x.firings()).isEqualTo(3));
    assertThat(run.under(new java.math.BigDecimal("100"))).isEmpty();
  }
}
