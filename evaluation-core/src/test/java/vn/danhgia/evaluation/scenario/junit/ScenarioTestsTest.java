package vn.danhgia.evaluation.scenario.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.scenario;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.scenario.InvalidScenarioException;
import vn.danhgia.evaluation.scenario.ScenarioFixtures;

class ScenarioTestsTest {
  private static final Evaluator MINI = ScenarioFixtures.mini();

  @TempDir
  Path tmp;

  @Test
  void from_folder_oneTestPerScenarioNamedAndLinkedToItsFile() {
    Path first = write(tmp, "01-capped.json", scenario("A low score is capped", "{\"C2\": {\"rating\": \"COMPLETED\"}}"));
    write(tmp, "02-first.json", scenario("The first of the group", "{\"C1\": {\"rating\": \"NOT_COMPLETED\"}}"));

    List<DynamicTest> tests = ScenarioTests.from(tmp, MINI).toList();

    assertThat(tests).extracting(DynamicTest::getDisplayName)
        .containsExactly("01-capped: A low score is capped", "02-first: The first of the group");
    assertThat(tests.get(0).getTestSourceUri()).contains(first.toUri());
    for (DynamicTest t : tests) {
      assertThatCode(() -> t.getExecutable().execute()).as(t.getDisplayName()).doesNotThrowAnyException();
    }
  }

  @Test
  void from_failingScenario_failsWithExpectedActualReasonsAndExplanation() {
    write(tmp, "01-wrong.json", scenario("A wrong expectation", "{\"C1\": {\"rating\": \"GOOD\", \"score\": 60}}"));

    DynamicTest test = ScenarioTests.from(tmp, MINI).toList().get(0);

    AssertionError e = catchThrowableOfType(AssertionError.class, () -> test.getExecutable().execute());
    assertThat(e.getMessage().lines().toList()).startsWith(
        "FAIL  01-wrong: A wrong expectation [1.0]",
        "      C1 rating: expected GOOD, got NOT_COMPLETED",
        "      C1 score: expected 60, got 67.00",
        "        reasons the engine gave:",
        "          FIRST (rule \"The first of a group by id is demoted\")",
        "        the result:");
  }

  @Test
  void minCoverage_addsALastTestThatListsTheRulesNeverFired() {
    write(tmp, "01-capped.json", scenario("A low score is capped", "{\"C2\": {\"rating\": \"COMPLETED\"}}"));
    Path one = write(tmp.resolve("one"), "only.json", scenario("One cadre", "\"input\": " + ScenarioFixtures.input(
        vn.danhgia.evaluation.testing.Situation.year(2020).cadre("C1", c -> c.superior("27").annual("A1", t -> t.met()))),
        "{\"C1\": {}}"));

    List<DynamicTest> all = ScenarioTests.of(MINI).version("1.0").minCoverage("100").from(tmp).toList();
    List<DynamicTest> partial = ScenarioTests.of(MINI).minCoverage("100").from(one).toList();

    assertThat(all).extracting(DynamicTest::getDisplayName).endsWith("rule coverage of at least 100%");
    for (DynamicTest t : all) {
      assertThatCode(() -> t.getExecutable().execute()).as(t.getDisplayName()).doesNotThrowAnyException();
    }
    assertThatCode(() -> partial.get(0).getExecutable().execute()).doesNotThrowAnyException();
    AssertionError e = catchThrowableOfType(AssertionError.class, () -> partial.get(1).getExecutable().execute());
    assertThat(e.getMessage()).startsWith("Rule coverage of mini 1.0 is 60.00% (3 of 5 rules fired), under 100%. "
        + "Never fired:").contains("mini.drl:").contains("\"Not assessed\"").contains("\"A low score caps the rating\"");
  }

  @Test
  void from_invalidScenarioFile_throwsWithEveryProblem() {
    write(tmp, "bad.json", "{\"format\": \"evaluation-scenario/1\", \"name\": \"Bad\"}");

    assertThatThrownBy(() -> ScenarioTests.from(tmp, MINI))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("bad.json: $.expect: required field is missing");
  }
}
