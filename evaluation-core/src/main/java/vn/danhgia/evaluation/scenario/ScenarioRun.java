package vn.danhgia.evaluation.scenario;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What came of running scenarios: each one's result, and the rule coverage of each rule set version
 * they ran with.
 *
 * @param results each scenario's result, in the order run
 * @param coverage the coverage of each version that at least one scenario ran with, by version
 */
public record ScenarioRun(List<ScenarioResult> results, Map<String, CoverageReport> coverage) {
  /**
   * Copies the collections.
   *
   * @param results each scenario's result, in the order run
   * @param coverage the coverage of each version that at least one scenario ran with, by version
   */
  public ScenarioRun {
    results = List.copyOf(results);
    coverage = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(coverage, "coverage")));
  }

  /** @return how many passed */
  public long passed() {
    return count(ScenarioResult.Status.PASSED);
  }

  /** @return how many failed an expectation */
  public long failed() {
    return count(ScenarioResult.Status.FAILED);
  }

  /** @return how many could not run */
  public long errors() {
    return count(ScenarioResult.Status.ERROR);
  }

  /** @return whether every scenario passed */
  public boolean allPassed() {
    return passed() == results.size();
  }

  /**
   * @param minPercent the least coverage wanted
   * @return the versions whose coverage is under it
   */
  public List<CoverageReport> under(BigDecimal minPercent) {
    return coverage.values().stream().filter(c -> !c.reaches(minPercent)).toList();
  }

  private long count(ScenarioResult.Status s) {
    return results.stream().filter(r -> r.status() == s).count();
  }

  /** @return e.g. {@code 12 scenarios: 11 passed, 1 failed, 0 could not run} */
  public String summary() {
    return results.size() + (results.size() == 1 ? " scenario: " : " scenarios: ") + passed() + " passed, "
        + failed() + " failed, " + errors() + " could not run";
  }
}
