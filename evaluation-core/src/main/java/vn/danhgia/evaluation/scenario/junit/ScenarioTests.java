package vn.danhgia.evaluation.scenario.junit;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.engine.RuleFirings;
import vn.danhgia.evaluation.scenario.CoverageReport;
import vn.danhgia.evaluation.scenario.InvalidScenarioException;
import vn.danhgia.evaluation.scenario.Scenario;
import vn.danhgia.evaluation.scenario.ScenarioReader;
import vn.danhgia.evaluation.scenario.ScenarioResult;
import vn.danhgia.evaluation.scenario.ScenarioRunner;

/**
 * Turns a folder of scenario files into JUnit 5 dynamic tests, one per scenario, named by the
 * scenario's file and name and linked to its file. A failing scenario fails its test with every
 * expectation not met, what came instead, the reasons the engine gave (with their rules), and the
 * explanation of the cadres concerned.
 *
 * <pre>{@code
 * class LeadersScenariosTest {
 *   static final Evaluator EVALUATOR = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).build();
 *
 *   @TestFactory
 *   Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.from(Path.of("src/test/scenarios/2025.1"), EVALUATOR);
 *   }
 *
 *   @TestFactory  // the same, run with one version, and a last test that checks the rule coverage
 *   Stream<DynamicTest> scenariosWithCoverage() {
 *     return ScenarioTests.of(EVALUATOR).version("2025.1").minCoverage("100")
 *         .from(Path.of("src/test/scenarios/2025.1"));
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable; the {@code version} and {@code minCoverage} methods return changed copies.
 */
public final class ScenarioTests {
  private final Evaluator evaluator;
  private final @Nullable String version;
  private final @Nullable BigDecimal minCoverage;

  private ScenarioTests(Evaluator evaluator, @Nullable String version, @Nullable BigDecimal minCoverage) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.version = version;
    this.minCoverage = minCoverage;
  }

  /**
   * One dynamic test per scenario file of a folder (or for one file), each run with the version it
   * names, else the one its input names or that is in force.
   *
   * @param folder a scenario folder, or one scenario file
   * @param evaluator the rules to run against
   * @return the tests, in file-name order
   * @throws InvalidScenarioException listing every problem of every file, when one is invalid
   */
  public static Stream<DynamicTest> from(Path folder, Evaluator evaluator) {
    return of(evaluator).from(folder);
  }

  /**
   * @param evaluator the rules to run against
   * @return a configurable source of dynamic tests
   */
  public static ScenarioTests of(Evaluator evaluator) {
    return new ScenarioTests(evaluator, null, null);
  }

  /**
   * @param v the version for scenarios that name none
   * @return a copy that runs them with it
   */
  public ScenarioTests version(String v) {
    return new ScenarioTests(evaluator, Objects.requireNonNull(v, "v"), minCoverage);
  }

  /**
   * Adds a last test that fails when the rules of a version fired by the scenarios are fewer than
   * this share of its rules (it is meaningful when every scenario test of the stream runs).
   *
   * @param percent the least coverage, e.g. {@code "100"}
   * @return a copy with the coverage test
   */
  public ScenarioTests minCoverage(String percent) {
    return new ScenarioTests(evaluator, version, new BigDecimal(percent));
  }

  /**
   * @param folder a scenario folder, or one scenario file
   * @return one test per scenario in file-name order, and the coverage test when asked for
   * @throws InvalidScenarioException listing every problem of every file, when one is invalid
   * @throws vn.danhgia.evaluation.ruleset.UnknownVersionException when the version asked for does not exist
   */
  public Stream<DynamicTest> from(Path folder) {
    List<Scenario> scenarios = ScenarioReader.standard().read(folder);
    ScenarioRunner runner = new ScenarioRunner(evaluator, version);
    Map<String, RuleFirings> firings = new ConcurrentHashMap<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario s : scenarios) {
      URI source = s.file() == null ? null : s.file().toUri();
      tests.add(DynamicTest.dynamicTest(s.title(), source, () -> {
        ScenarioResult result = runner.run(s);
        if (result.version() != null && result.report() != null) {
          RuleFirings f = firings.computeIfAbsent(result.version(), v -> new RuleFirings());
          result.firings().forEach(f::add);
        }
        if (!result.passed()) {
          throw new AssertionError(String.join("\n", result.lines()));
        }
      }));
    }
    if (minCoverage != null) {
      BigDecimal min = minCoverage;
      tests.add(DynamicTest.dynamicTest("rule coverage of at least " + min.toPlainString() + "%", () -> {
        if (firings.isEmpty()) {
          throw new AssertionError("No scenario ran, so no rule fired.");
        }
        List<String> lines = new ArrayList<>();
        firings.forEach((v, f) -> {
          CoverageReport c = CoverageReport.of(evaluator.ruleSet(v), f);
          if (!c.reaches(min)) {
            lines.add("Rule coverage of " + c.ruleSet().id() + " " + v + " is " + c.percent().toPlainString()
                + "% (" + c.fired() + " of " + c.total() + " rules fired), under " + min.toPlainString()
                + "%. Never fired:");
            c.neverFired().forEach(r -> lines.add("  " + r.where()));
          }
        });
        if (!lines.isEmpty()) {
          throw new AssertionError(String.join("\n", lines));
        }
      }));
    }
    return tests.stream();
  }
}
