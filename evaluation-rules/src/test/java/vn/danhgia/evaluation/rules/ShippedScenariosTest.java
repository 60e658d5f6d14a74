package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.scenario.Scenario;
import vn.danhgia.evaluation.scenario.ScenarioReader;
import vn.danhgia.evaluation.scenario.ScenarioResult;
import vn.danhgia.evaluation.scenario.ScenarioRun;
import vn.danhgia.evaluation.scenario.ScenarioRunner;
import vn.danhgia.evaluation.scenario.junit.ScenarioTests;

/**
 * The scenario folders shipped next to the rule sets (src/main/resources/scenarios/leaders/VERSION):
 * every scenario passes against its version, and together they fire every rule of that version (the
 * latter with the rest of the project's checks, {@link RuleSetChecks}, from {@code ShippedRuleSetsTest}).
 */
class ShippedScenariosTest {
  static final Path SCENARIOS = Path.of("src/main/resources/scenarios/leaders");

  /** @return every shipped version, read from the rule set */
  static List<String> shippedVersions() {
    return Leaders.VERSIONS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedVersions")
  void shippedScenarios_runWithTheVersionInForceOnTheirPeriod(String version) {
    List<Scenario> scenarios = ScenarioReader.standard().read(SCENARIOS.resolve(version));

    ScenarioRun run = new ScenarioRunner(Leaders.EVALUATOR).runAll(scenarios);

    assertThat(run.results()).extracting(ScenarioResult::version).containsOnly(version);
    assertThat(run.allPassed()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedVersions")
  void shippedScenarios_areNamedInWordsOneSituationEach(String version) {
    List<Scenario> scenarios = ScenarioReader.standard().read(SCENARIOS.resolve(version));

    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(20).allSatisfy(s -> {
      assertThat(s.id()).matches("\\d\\d-[a-z0-9]+(-[a-z0-9]+)+");
      assertThat(s.name()).isNotBlank().doesNotContain("_");
      assertThat(s.description()).as(s.id()).isNotBlank();
      assertThat(s.version()).as("%s runs with the version of its folder or of its period", s.id()).isNull();
      assertThat(Leaders.EVALUATOR.ruleSets().timeline().inForceOn(s.input().period().end()))
          .as("%s: the version in force on its period's end", s.id()).contains(version);
    });
    assertThat(scenarios).extracting(s -> s.id().substring(0, 2)).doesNotHaveDuplicates();
  }

  @Test
  void shippedScenarios_areOnTheClasspathAndOutsideTheRuleSetFolders() throws Exception {
    String first = "scenarios/leaders/2025.1/01-a-model-leader-who-exceeds-every-target-is-excellent.json";

    assertThat(getClass().getClassLoader().getResource(first)).isNotNull();
    assertThat(Files.exists(Path.of("src/main/resources").resolve(first))).isTrue();
    for (String v : Leaders.VERSIONS) {
      assertThat(Leaders.EVALUATOR.ruleSets().versions().get(v).files().keySet())
          .noneMatch(name -> name.endsWith(".json"));
    }
  }

  @TestFactory
  Stream<DynamicTest> scenarios2019() {
    return ScenarioTests.of(Leaders.EVALUATOR).version("2019.1").minCoverage("100").from(SCENARIOS.resolve("2019.1"));
  }

  @TestFactory
  Stream<DynamicTest> scenarios2025() {
    return ScenarioTests.of(Leaders.EVALUATOR).version("2025.1").minCoverage("100").from(SCENARIOS.resolve("2025.1"));
  }

  @TestFactory
  Stream<DynamicTest> scenarios2026() {
    return ScenarioTests.of(Leaders.EVALUATOR).version("2026.1").minCoverage("100").from(SCENARIOS.resolve("2026.1"));
  }

  @Test
  void shippedScenarios_aFolderForEveryShippedVersion() {
    for (String v : Leaders.VERSIONS) {
      assertThat(SCENARIOS.resolve(v)).as("scenarios of %s", v).isDirectory();
    }
  }
}
