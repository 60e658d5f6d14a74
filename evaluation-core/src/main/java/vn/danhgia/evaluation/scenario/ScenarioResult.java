package vn.danhgia.evaluation.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.Reason;

/**
 * What came of running one scenario.
 *
 * @param scenario the scenario
 * @param status passed, failed, or could not run
 * @param version the rule set version it ran with, or {@code null} when none could be chosen
 * @param report the report, or {@code null} when it could not run
 * @param failures every expectation not met, cadre by cadre in the scenario's order; empty unless
 *     {@link Status#FAILED}
 * @param errors why it could not run (e.g. the version it names does not exist, or its input is
 *     invalid for that version), as plain lines; empty unless {@link Status#ERROR}
 * @param warnings things that are likely mistakes but do not fail the scenario (an expected reason
 *     code that no rule of the version gives)
 * @param firings how often each rule fired in this scenario, by rule name
 */
public record ScenarioResult(
    Scenario scenario,
    Status status,
    @Nullable String version,
    @Nullable EvaluationReport report,
    List<ExpectationFailure> failures,
    List<String> errors,
    List<String> warnings,
    Map<String, Long> firings) {

  /** Whether a scenario passed. */
  public enum Status {
    /** Every expectation met. */
    PASSED,
    /** At least one expectation not met. */
    FAILED,
    /** It could not run: see {@link ScenarioResult#errors()}. */
    ERROR
  }

  /**
   * Checks the components and copies the collections.
   *
   * @param scenario the scenario
   * @param status passed, failed, or could not run
   * @param version the rule set version it ran with, or {@code null} when none could be chosen
   * @param report the report, or {@code null} when it could not run
   * @param failures every expectation not met, cadre by cadre in the scenario's order; empty unless
   *     {@link Status#FAILED}
   * @param errors why it could not run (e.g. the version it names does not exist, or its input is
   *     invalid for that version), as plain lines; empty unless {@link Status#ERROR}
   * @param warnings things that are likely mistakes but do not fail the scenario (an expected
   *     reason code that no rule of the version gives)
   * @param firings how often each rule fired in this scenario, by rule name
   */
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(status, "status");
    failures = List.copyOf(failures);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    firings = java.util.Collections.unmodifiableMap(new TreeMap<>(firings));
  }

  /** @return whether every expectation was met */
  public boolean passed() {
    return status == Status.PASSED;
  }

  /**
   * A readable account: for a failure, cadre by cadre, each expectation not met with what was
   * expected and what came, the reasons the engine gave (code and rule), and the rest of the result
   * (score and components, flags, what counted of each task and order).
   *
   * @return the lines; the first is {@code PASS id: name [version]} (or {@code FAIL}, {@code ERROR})
   */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    String word = switch (status) {
      case PASSED -> "PASS ";
      case FAILED -> "FAIL ";
      case ERROR -> "ERROR";
    };
    out.add(word + " " + scenario.title() + (version == null ? "" : " [" + version + "]"));
    for (String w : warnings) {
      out.add("      warning: " + w);
    }
    for (String e : errors) {
      out.add("      " + e);
    }
    // Per cadre: each expectation not met, then the reasons the engine gave, then how it came to its result.
    Map<String, List<ExpectationFailure>> byCadre = new LinkedHashMap<>();
    failures.forEach(f -> byCadre.computeIfAbsent(f.cadre(), c -> new ArrayList<>()).add(f));
    byCadre.forEach((cadre, list) -> {
      list.forEach(f -> out.add("      " + f.summary()));
      if (list.get(0).aspect() == ExpectationFailure.Aspect.RESULT) {
        return;
      }
      List<Reason> given = list.get(0).reasonsGiven();
      if (given.isEmpty()) {
        out.add("        reasons the engine gave: none");
      } else {
        out.add("        reasons the engine gave:");
        given.forEach(r -> out.add("          " + Explanation.reason(r)));
      }
      if (report != null) {
        report.result(cadre).ifPresent(r -> {
          out.add("        the result:");
          Explanation.lines(r, Locale.ENGLISH, false).forEach(l -> out.add("          " + l));
        });
      }
    });
    return out;
  }
}
