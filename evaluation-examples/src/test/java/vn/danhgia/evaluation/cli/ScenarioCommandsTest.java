package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.engine.RuleDescription;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.scenario.VersionImpact;
import vn.danhgia.evaluation.scenario.VersionImpact.CadreChange;

/** The commands test and diff, run in-process with captured standard output and error. */
class ScenarioCommandsTest {
  static final Path EXAMPLE = Path.of("data/tuyen-quang-2019.json");
  static final Path SCENARIOS = Path.of("../evaluation-rules/src/main/resources/scenarios/leaders");
  static final String MODEL = "01-a-model-leader-who-exceeds-every-target-is-excellent.json";

  @TempDir
  Path tmp;



  /** @return the shipped versions of leaders, read from the rule set, e.g. {@code 2019.1, 2025.1, 2026.1} */
  static String shippedVersions() {
    return String.join(", ", RuleSets.builtIn("leaders").versions().keySet());
  }

  static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  static List<String> scenarioIds(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
    }
  }

  /** Copies a shipped rule set version (resolved, see {@link ShippedCopies}) into {@code target}, editing its files. */
  static Path copyRuleSet(String version, Path target, String parameter, String value, String newVersion)
      throws IOException {
    ShippedCopies.write(version, target);
    Path params = target.resolve("parameters.properties");
    String text = Files.readString(params, StandardCharsets.UTF_8);
    String line = "(?m)^" + java.util.regex.Pattern.quote(parameter) + " = .*$";
    assertThat(text).as("parameter %s is in the file", parameter).containsPattern(line);
    String edited = text.replaceFirst(line, parameter + " = " + value);
    Files.writeString(params, edited, StandardCharsets.UTF_8);
    if (!newVersion.equals(version)) {
      Path manifest = target.resolve("ruleset.properties");
      Files.writeString(manifest, Files.readString(manifest, StandardCharsets.UTF_8)
          .replaceFirst("(?m)^version = .*$", "version = " + newVersion)
          .replaceFirst("(?m)^effectiveFrom = .*$", "effectiveFrom = 2026-01-01"), StandardCharsets.UTF_8);
    }
    return target;
  }

  // ------------------------------------------------------------------ test

  @Test
  void test_shippedFolder_everyScenarioPassesAndEveryRuleFires() throws IOException {
    Path folder = SCENARIOS.resolve("2025.1");

    CliRun run = run("test", "--min-coverage", "100", folder.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> ids = scenarioIds(folder);
    assertThat(ids).hasSizeGreaterThan(25);
    List<RuleDescription> described = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).build()
        .ruleSet("2025.1").rules();
    int rules = described.size();
    long quota = described.stream().filter(r -> r.file().equals("06-quota.drl")).count();
    for (String id : ids) {
      assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("PASS  " + id + ": ").endsWith("[2025.1]"));
    }
    assertThat(run.out())
        .contains(ids.size() + " scenarios: " + ids.size() + " passed, 0 failed, 0 could not run.")
        .contains("Rule coverage of leaders 2025.1 (sha256 ")
        .contains(rules + " of " + rules + " rules fired (100.00%).")
        .contains("06-quota.drl                  " + quota + " of " + quota + " rules fired (100.00%)")
        .contains("Every rule fired at least once.");
  }

  @Test
  void test_folderHoldingEveryVersion_runsTheScenariosOfEachVersionBelowIt() throws IOException {
    CliRun run = run("test", "--min-coverage", "100", SCENARIOS.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    int all = 0;
    try (Stream<Path> versions = Files.list(SCENARIOS)) {
      for (Path v : versions.filter(Files::isDirectory).sorted().toList()) {
        all += scenarioIds(v).size();
        assertThat(run.out()).contains("Rule coverage of leaders " + v.getFileName() + " (sha256 ");
      }
    }
    assertThat(all).isGreaterThan(scenarioIds(SCENARIOS.resolve("2025.1")).size());
    assertThat(run.out()).contains(all + " scenarios: " + all + " passed, 0 failed, 0 could not run.");
  }

  @Test
  void test_failingExpectation_exitsOneWithExpectedActualAndTheReasonsWithTheirRules() throws IOException {
    String model = Files.readString(SCENARIOS.resolve("2025.1").resolve("16-a-required-breakthrough-task-not-registered-"
        + "caps-at-completed.json"), StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("01-wrong.json"), model.replace("\"rating\": \"COMPLETED\"", "\"rating\": \"GOOD\""));

    CliRun run = run("test", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).contains(
        "FAIL  01-wrong: A required breakthrough task not registered caps the rating at completed [2025.1]",
        "      C1 rating: expected GOOD, got COMPLETED",
        "        reasons the engine gave:",
        "          CAP_BREAKTHROUGH_NOT_REGISTERED (rule \"No breakthrough task registered where the position requires"
            + " one caps the rating\")",
        "        the result:");
    assertThat(run.out()).contains("score 82.00 = general 27.00 + annual 40.00 + breakthrough 0.00 + orders 15.00")
        .contains("1 scenario: 0 passed, 1 failed, 0 could not run.");
  }

  @Test
  void test_coverageUnderTheMinimum_exitsOneAndListsTheRulesNeverFired() throws IOException {
    Files.copy(SCENARIOS.resolve("2019.1").resolve(MODEL), tmp.resolve(MODEL));

    CliRun run = run("test", "--min-coverage", "90", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("PASS  01-a-model-leader").contains("Never fired (")
        .contains("03-level.drl:95 \"Not completed: score below the completed threshold\"")
        .contains("05-vetoes.drl:")
        .containsPattern("The rule coverage of leaders 2019\\.1 is \\d+\\.\\d\\d%, under the 90% required\\.");
    assertThat(run("test", tmp.toString()).exitCode()).as("without --min-coverage").isZero();
  }

  @Test
  void test_firingsOption_listsEveryRuleWithItsCount() throws IOException {
    Files.copy(SCENARIOS.resolve("2019.1").resolve(MODEL), tmp.resolve(MODEL));

    CliRun run = run("test", "--firings", tmp.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches(
        " +2  01-products-tasks-orders\\.drl:\\d+ \"An annual task is work to account for\""));
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches(
        " +0  04-caps\\.drl:\\d+ \"A failed order caps the rating\""));
  }

  @Test
  void test_invalidScenarioFiles_exitsTwoWithFileAndPathAndRunsNothing() throws IOException {
    String model = Files.readString(SCENARIOS.resolve("2025.1").resolve(MODEL), StandardCharsets.UTF_8);
    Path bad = Files.writeString(tmp.resolve("01-bad.json"), model.replace("\"rating\": \"EXCELLENT\"",
        "\"ratting\": \"EXCELLENT\"").replaceFirst("\"target\": 10", "\"target\": -10"));
    Files.copy(SCENARIOS.resolve("2025.1").resolve(MODEL), tmp.resolve("02-good.json"));

    CliRun run = run("test", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).contains(
        "The scenario files are invalid (2 problems in 1 file); no scenario was run:",
        bad + ": $.expect.C1.ratting: field \"ratting\" is not defined by the format (misspelt?)",
        bad + ": $.input.products[0].target: must be at least 0, found -10");
    assertNoStackTrace(run);
  }

  @Test
  void test_scenarioNamingAnUnknownVersion_isReportedAndExitsTwo() throws IOException {
    String model = Files.readString(SCENARIOS.resolve("2019.1").resolve(MODEL), StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("01-future.json"), model.replaceFirst("\"description\"",
        "\"version\": \"2031.1\",\n  \"description\""));

    CliRun run = run("test", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("ERROR 01-future: A model leader who exceeds every target is excellent")
        .contains("cannot run: the scenario names version \"2031.1\", which the rule set leaders does not have "
            + "(its versions: " + shippedVersions() + ")")
        .contains("1 scenario: 0 passed, 0 failed, 1 could not run.");
  }

  @Test
  void test_usageErrors_exitTwoWithAPlainSentence() {
    CliRun missing = run("test", tmp.resolve("nowhere").toString());
    CliRun version = run("test", "--version", "2031.1", SCENARIOS.resolve("2025.1").toString());
    CliRun coverage = run("test", "--min-coverage", "101", SCENARIOS.resolve("2025.1").toString());
    CliRun empty = run("test", tmp.toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("The scenario folder " + tmp.resolve("nowhere") + " does not exist.");
    assertThat(version.exitCode()).isEqualTo(2);
    assertThat(version.err()).contains("There is no version \"2031.1\" of the rule set leaders; the versions are "
        + shippedVersions() + ".");
    assertThat(coverage.exitCode()).isEqualTo(2);
    assertThat(coverage.err()).contains("--min-coverage must be from 0 to 100, not 101.");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains(tmp + ": $: no scenario file (*.json) in this folder or the folders below it");
    for (CliRun r : List.of(missing, version, coverage, empty)) {
      assertNoStackTrace(r);
    }
  }

  @Test
  void test_rulesThatDoNotCompile_exitThreeWithFileAndLine() throws IOException {
    Path rules = copyRuleSet("2025.1", tmp.resolve("rules"), "credit.late", "0.75", "2025.1");
    Path level = rules.resolve("03-level.drl");
    Files.writeString(level, Files.readString(level, StandardCharsets.UTF_8)
        .replace("insert( new GoodConditions( $id ) );", "insert( new GoodConditions( $nobody ) );"));

    CliRun run = run("test", "--rules", rules.toString(), SCENARIOS.resolve("2025.1").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("03-level.drl:").contains("$nobody");
    assertNoStackTrace(run);
  }

  // ------------------------------------------------------------------ diff

  @Test
  void diff_2019To2025_listsEveryChangedCadreWithBothResultsAndTheTransitions() {
    CliRun run = run("diff", EXAMPLE.toString(), "--from", "2019.1", "--to", "2025.1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Evaluator evaluator = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).build();
    EvaluationInput input = Interchange.standard().readInput(EXAMPLE);
    VersionImpact impact = VersionImpact.compare(evaluator.evaluate(input, "2019.1"), evaluator.evaluate(input, "2025.1"));
    assertThat(impact.transitions()).isNotEmpty();
    assertThat(run.outLines().get(0)).isEqualTo("Version impact on " + EXAMPLE + " (period 2019, 25 cadres): "
        + "leaders 2019.1 -> leaders 2025.1.");
    assertThat(run.out()).contains(impact.changes().size() + " cadres change rating, status, reasons or flags:");
    for (CadreChange c : impact.changes()) {
      assertThat(run.outLines()).as(c.cadre())
          .anySatisfy(l -> assertThat(l).startsWith(c.cadre() + "  ").endsWith(c.fromState() + " -> " + c.toState()))
          .anySatisfy(l -> assertThat(l).startsWith("  2019.1  ").contains("reasons: "))
          .anySatisfy(l -> assertThat(l).startsWith("  2025.1  ").contains("reasons: "));
    }
    impact.transitions().forEach((t, n) -> assertThat(run.outLines()).contains("  " + t + ": " + n));
    assertThat(run.out()).contains(impact.unchanged() + " cadre" + (impact.unchanged() == 1 ? "" : "s") + " unchanged.");
  }

  @Test
  void diff_sameVersion_nothingChanges_evenWithFailOnChange() {
    CliRun run = run("diff", EXAMPLE.toString(), "--from", "2019.1", "--to", "2019.1", "--fail-on-change");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No cadre's rating, status, reasons or flags change.")
        .contains("Rating transitions: none.").contains("25 cadres unchanged.");
  }

  @Test
  void diff_failOnChange_exitsOneWhenSomethingChanged() {
    CliRun run = run("diff", EXAMPLE.toString(), "--from", "2019.1", "--to", "2025.1", "--fail-on-change");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Rating transitions:");
  }

  @Test
  void diff_usageAndInputErrors_exitTwo() throws IOException {
    CliRun unknown = run("diff", EXAMPLE.toString(), "--from", "2019.1", "--to", "2031.1");
    CliRun noTo = run("diff", EXAMPLE.toString(), "--from", "2019.1");
    Path bad = Files.writeString(tmp.resolve("bad.json"), Files.readString(EXAMPLE, StandardCharsets.UTF_8)
        .replaceFirst("\"approved\"", "\"aproved\""));
    CliRun invalid = run("diff", bad.toString(), "--from", "2019.1", "--to", "2025.1");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("There is no version \"2031.1\" of the rule set leaders");
    assertThat(noTo.exitCode()).isEqualTo(2);
    assertThat(noTo.err()).contains("Missing required option: '--to=V2'");
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.err()).contains("The input " + bad + " is invalid (1 problem); nothing was evaluated:")
        .containsPattern("\\$\\.tasks\\[\\d+]\\.aproved: field \"aproved\" is not defined by the format");
    for (CliRun r : List.of(unknown, noTo, invalid)) {
      assertNoStackTrace(r);
    }
  }
}
