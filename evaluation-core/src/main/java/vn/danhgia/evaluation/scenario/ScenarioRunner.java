package vn.danhgia.evaluation.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.engine.RuleDescription;
import vn.danhgia.evaluation.engine.RuleFirings;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.UnknownVersionException;
import vn.danhgia.evaluation.engine.RuleExecutionException;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * Runs scenarios against an {@link Evaluator}, counting rule firings for coverage.
 *
 * <p>Each scenario runs with its own {@link Scenario#version()}, else this runner's version, else
 * the one its input names, else the one in force on its period's end. A scenario that cannot run
 * (it names a version the rule set does not have; its input is invalid for that version) gives a
 * result with status {@link ScenarioResult.Status#ERROR}; rules that fail to compile or to run are
 * not a scenario's fault and end the run with their exception.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).build();
 * ScenarioRun run = new ScenarioRunner(evaluator, "2025.1")
 *     .runAll(ScenarioReader.standard().read(Path.of("scenarios/leaders/2025.1")));
 * run.results().forEach(r -> r.lines().forEach(System.out::println));
 * System.out.println(run.coverage().get("2025.1").percent());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ScenarioRunner {
  private final Evaluator evaluator;
  private final @Nullable String version;

  /**
   * A runner whose scenarios run with the version they name, else the one their input names or that
   * is in force.
   *
   * @param evaluator the rules to run against
   */
  public ScenarioRunner(Evaluator evaluator) {
    this(evaluator, null);
  }

  /**
   * @param evaluator the rules to run against
   * @param version the version for scenarios that name none, or {@code null}
   * @throws UnknownVersionException when the evaluator has no such version
   */
  public ScenarioRunner(Evaluator evaluator, @Nullable String version) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    if (version != null && !evaluator.ruleSets().versions().containsKey(version)) {
      throw new UnknownVersionException(evaluator.ruleSets().id(), version, evaluator.ruleSets().versions().keySet());
    }
    this.version = version;
  }

  /** @return the evaluator */
  public Evaluator evaluator() {
    return evaluator;
  }

  /** @return the version for scenarios that name none, or {@code null} */
  public @Nullable String version() {
    return version;
  }

  /**
   * The version a scenario runs with.
   *
   * @param scenario the scenario
   * @return its version, else this runner's, else the one its input names or that is in force
   * @throws InvalidInputException when that version does not exist, or none is in force
   */
  public String versionFor(Scenario scenario) {
    String chosen = scenario.version() != null ? scenario.version() : version;
    if (chosen != null && !evaluator.ruleSets().versions().containsKey(chosen)) {
      throw new InvalidInputException(List.of(new Problem("$.version", "the scenario names version \""
          + chosen + "\", which the rule set " + evaluator.ruleSets().id() + " does not have (its versions: "
          + String.join(", ", evaluator.ruleSets().versions().keySet()) + ")")));
    }
    return chosen != null ? chosen : evaluator.chooseVersion(scenario.input(), null);
  }

  /**
   * Runs one scenario.
   *
   * @param scenario the scenario
   * @return its result, with the rule firings of its evaluation
   * @throws InvalidRuleSetException when the version does not compile
   * @throws RuleExecutionException when the rules fail or reach a bound
   */
  public ScenarioResult run(Scenario scenario) {
    String chosen;
    try {
      chosen = versionFor(scenario);
    } catch (InvalidInputException e) {
      return error(scenario, null, e);
    }
    RuleFirings firings = new RuleFirings();
    EvaluationReport report;
    try {
      report = evaluator.evaluate(scenario.input(), chosen, firings);
    } catch (InvalidInputException e) {
      return error(scenario, chosen, e);
    }
    List<ExpectationFailure> failures = new ArrayList<>();
    scenario.expect().forEach((cadre, expectation) ->
        failures.addAll(expectation.check(cadre, report.result(cadre).orElse(null))));
    return new ScenarioResult(scenario, failures.isEmpty() ? ScenarioResult.Status.PASSED
        : ScenarioResult.Status.FAILED, chosen, report, failures, List.of(), warnings(scenario, chosen),
        firings.counts());
  }

  /**
   * Runs scenarios one after the other and computes the rule coverage of each version used.
   *
   * @param scenarios the scenarios
   * @return every result, and the coverage
   * @throws InvalidRuleSetException when a version does not compile
   * @throws RuleExecutionException when the rules fail or reach a bound
   */
  public ScenarioRun runAll(Collection<Scenario> scenarios) {
    List<ScenarioResult> results = new ArrayList<>();
    Map<String, RuleFirings> byVersion = new LinkedHashMap<>();
    for (Scenario s : scenarios) {
      ScenarioResult r = run(s);
      results.add(r);
      if (r.version() != null && r.report() != null) {
        RuleFirings f = byVersion.computeIfAbsent(r.version(), v -> new RuleFirings());
        r.firings().forEach(f::add);
      }
    }
    Map<String, CoverageReport> coverage = new LinkedHashMap<>();
    byVersion.forEach((v, f) -> coverage.put(v, CoverageReport.of(evaluator.ruleSet(v), f)));
    return new ScenarioRun(results, coverage);
  }

  private static ScenarioResult error(Scenario scenario, @Nullable String version, InvalidInputException e) {
    List<String> lines = new ArrayList<>();
    if (e.problems().size() == 1 && e.problems().get(0).path().equals("$.version")) {
      lines.add("cannot run: " + e.problems().get(0).message());
    } else {
      lines.add("cannot run: the input is invalid" + (version == null ? "" : " for version " + version) + ":");
      for (Problem p : e.problems()) {
        lines.add("  " + p);
      }
    }
    return new ScenarioResult(scenario, ScenarioResult.Status.ERROR, version, null, List.of(), lines, List.of(),
        Map.of());
  }

  private List<String> warnings(Scenario scenario, String chosen) {
    Set<String> known = new TreeSet<>();
    for (RuleDescription r : evaluator.ruleSet(chosen).rules()) {
      if (r.reasonCode() != null) {
        known.add(r.reasonCode());
      }
    }
    List<String> out = new ArrayList<>();
    scenario.expect().forEach((cadre, e) -> {
      for (String code : e.reasons()) {
        if (!known.contains(code)) {
          out.add(cadre + " reasons: no rule of " + evaluator.ruleSets().id() + " " + chosen + " gives \"" + code
              + "\" (misspelt, or a reason of another version?)");
        }
      }
      for (String code : e.notReasons()) {
        if (!known.contains(code)) {
          out.add(cadre + " notReasons: no rule of " + evaluator.ruleSets().id() + " " + chosen + " gives \""
              + code + "\", so this expectation always holds (misspelt, or a reason of another version?)");
        }
      }
    });
    return out;
  }
}
