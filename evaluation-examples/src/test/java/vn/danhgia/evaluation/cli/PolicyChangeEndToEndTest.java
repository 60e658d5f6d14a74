package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.ScenarioCommandsTest.EXAMPLE;
import static vn.danhgia.evaluation.cli.ScenarioCommandsTest.SCENARIOS;
import static vn.danhgia.evaluation.cli.ScenarioCommandsTest.copyRuleSet;
import static vn.danhgia.evaluation.cli.CliRun.run;
import static vn.danhgia.evaluation.cli.ScenarioCommandsTest.scenarioIds;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.scenario.VersionImpact;
import vn.danhgia.evaluation.scenario.VersionImpact.CadreChange;
import vn.danhgia.evaluation.scenario.VersionImpact.Change;

/**
 * A policy change made the scenario-driven way, end to end through the command line: policy staff
 * copy the shipped 2025.1 rule set, raise the quota of excellent ratings from 20% to 40%
 * ({@code quota.percent}), see which policy examples no longer hold ({@code test}), and which cadres
 * of the Tuyên Quang data change rating ({@code diff}).
 */
class PolicyChangeEndToEndTest {
  /** The shipped scenarios that pin down the 20% quota. */
  static final Set<String> QUOTA_SCENARIOS = Set.of("30-past-the-quota-the-lower-score-becomes-good",
      "31-the-quota-allowance-is-rounded-down", "32-an-exact-tie-at-the-quota-edge-goes-to-the-committee");

  @TempDir
  Path tmp;

  @Test
  void editedParameter_testNamesTheScenariosThatNowFail() throws Exception {
    Path rules = copyRuleSet("2025.1", tmp.resolve("rules"), "quota.percent", "40", "2025.1");
    Path scenarios = SCENARIOS.resolve("2025.1");

    CliRun run = run("test", "--rules", rules.toString(), scenarios.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    List<String> ids = scenarioIds(scenarios);
    assertThat(ids).containsAll(QUOTA_SCENARIOS);
    for (String id : ids) {
      String verdict = QUOTA_SCENARIOS.contains(id) ? "FAIL  " : "PASS  ";
      assertThat(run.outLines()).as(id).anySatisfy(l -> assertThat(l).startsWith(verdict + id + ": "));
    }
    assertThat(run.out())
        .contains("C2 rating: expected GOOD, got EXCELLENT")
        .contains(ids.size() + " scenarios: " + (ids.size() - 3) + " passed, 3 failed, 0 could not run.")
        .contains("Rule coverage of leaders 2025.1");
  }

  @Test
  void editedCopyAsANewVersion_testFailsAndDiffListsTheCadresWhoseRatingChanges() throws Exception {
    Path rules = tmp.resolve("rules");
    copyRuleSet("2025.1", rules.resolve("2025.1"), "quota.percent", "20", "2025.1");
    copyRuleSet("2025.1", rules.resolve("2025.2"), "quota.percent", "40", "2025.2");

    CliRun test = run("test", "--rules", rules.toString(), "--version", "2025.2", SCENARIOS.resolve("2025.1").toString());
    CliRun diff = run("diff", EXAMPLE.toString(), "--from", "2025.1", "--to", "2025.2", "--rules", rules.toString());
    CliRun failOnChange = run("diff", EXAMPLE.toString(), "--from", "2025.1", "--to", "2025.2", "--rules",
        rules.toString(), "--fail-on-change");

    assertThat(test.exitCode()).isEqualTo(1);
    for (String id : QUOTA_SCENARIOS) {
      assertThat(test.outLines()).anySatisfy(l -> assertThat(l).startsWith("FAIL  " + id + ": ").endsWith("[2025.2]"));
    }
    assertThat(diff.exitCode()).as(diff.err()).isZero();
    assertThat(failOnChange.exitCode()).isEqualTo(1);

    Evaluator evaluator = Evaluator.builder().ruleSets(RuleSets.fromDirectory(rules)).build();
    EvaluationInput input = Interchange.standard().readInput(EXAMPLE);
    VersionImpact impact = VersionImpact.compare(evaluator.evaluate(input, "2025.1"), evaluator.evaluate(input, "2025.2"));
    List<CadreChange> ratingChanged = impact.changes().stream().filter(c -> c.what().contains(Change.RATING)).toList();
    assertThat(ratingChanged).as("a 40% quota lets more cadres keep EXCELLENT").isNotEmpty()
        .allSatisfy(c -> assertThat(c.toState()).isEqualTo("EXCELLENT"));
    assertThat(diff.out()).contains("leaders 2025.1 -> leaders 2025.2.")
        .contains("  GOOD -> EXCELLENT: " + ratingChanged.size());
    for (CadreChange c : ratingChanged) {
      assertThat(diff.outLines()).anySatisfy(l -> assertThat(l).startsWith(c.cadre() + "  ").endsWith("GOOD -> EXCELLENT"));
      assertThat(diff.out()).contains("  - DEMOTED_BY_QUOTA (rule \"Excellent ratings past the group's allowance become "
          + "good\")");
    }
  }
}
