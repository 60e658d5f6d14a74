package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.engine.RuleDescription;
import vn.danhgia.evaluation.ruleset.RuleSetManifest;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.scenario.CoverageReport;
import vn.danhgia.evaluation.scenario.CoverageReport.RuleCoverage;
import vn.danhgia.evaluation.scenario.Expectation;
import vn.danhgia.evaluation.scenario.Scenario;
import vn.danhgia.evaluation.scenario.ScenarioReader;
import vn.danhgia.evaluation.scenario.ScenarioRun;
import vn.danhgia.evaluation.scenario.ScenarioRunner;

/**
 * The project's checks of a version of a rule set, read from the rule set itself (its manifest and
 * its rules' metadata) and from its scenario folder, never from a list copied into a test: run on
 * every shipped version, and on a copy of one that a test has added a criterion to.
 */
final class RuleSetChecks {
  private RuleSetChecks() {}

  /**
   * Checks one version: it compiles with no warning (every parameter is read), every reason has a
   * code, both messages and a severity, every flag its scenarios expect is declared with both
   * meanings, and the scenarios all pass and fire every rule.
   *
   * @param sets the rule sets the version is in
   * @param version the version
   * @param scenarios its scenario folder
   */
  static void verify(RuleSets sets, String version, Path scenarios) {
    Evaluator evaluator = Evaluator.builder().ruleSets(sets).build();
    CompiledRuleSet compiled = evaluator.ruleSet(version);
    RuleSetManifest manifest = compiled.manifest();

    assertThat(compiled.warnings()).as("warnings of %s", version).isEmpty();
    assertThat(compiled.rules()).filteredOn(r -> r.reasonCode() != null).isNotEmpty().allSatisfy(r -> {
      assertThat(r.reasonCode()).as(r.name()).matches("[A-Z][A-Z0-9_]*");
      assertThat(r.message().vi()).as(r.name()).isNotBlank();
      assertThat(r.message().en()).as(r.name()).isNotBlank().isNotEqualTo(r.message().vi());
      assertThat(r.severity()).as(r.name()).isNotNull();
    });
    assertThat(compiled.terms().components()).extracting(c -> c.code()).isEqualTo(manifest.componentCodes());
    assertThat(compiled.terms().components()).allSatisfy(c -> assertThat(c.max().signum()).as(c.code()).isPositive());

    List<Scenario> read = ScenarioReader.standard().read(scenarios);
    Set<String> expectedFlags = new TreeSet<>();
    for (Scenario s : read) {
      for (Expectation e : s.expect().values()) {
        if (e.flags() != null) {
          expectedFlags.addAll(e.flags());
        }
      }
    }
    assertThat(manifest.flags().keySet()).as("flags declared by %s", version).containsAll(expectedFlags);

    ScenarioRun run = new ScenarioRunner(evaluator, version).runAll(read);
    assertThat(run.results()).as("every scenario of %s", version).allSatisfy(r ->
        assertThat(r.passed()).as(String.join("\n", r.lines())).isTrue());
    CoverageReport coverage = run.coverage().get(version);
    assertThat(coverage.total()).isEqualTo(compiled.rules().size());
    assertThat(coverage.neverFired()).as("rules of %s no scenario fires", version).extracting(RuleCoverage::where)
        .isEmpty();
    List<String> codes = compiled.rules().stream().map(RuleDescription::reasonCode).filter(c -> c != null).toList();
    assertThat(codes).as("reason codes of %s", version).doesNotHaveDuplicates();
  }
}
