package vn.danhgia.evaluation.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.RuleDescription;
import vn.danhgia.evaluation.engine.RuleFirings;
import vn.danhgia.evaluation.report.RuleSetIdentity;

/**
 * Rule coverage of one rule set version: how often each of its rules fired over a run, per rule file,
 * and which never fired. Only the version's own rules count: firings of rules it does not have (say,
 * of another version, counted in the same {@link RuleFirings}) are ignored.
 *
 * @param ruleSet the version
 * @param files the rule files that hold rules, in the manifest's order, each with its rules in line
 *     order
 */
public record CoverageReport(RuleSetIdentity ruleSet, List<FileCoverage> files) {

  /**
   * Checks the components and copies the list.
   *
   * @param ruleSet the compiled version, whose {@link CompiledRuleSet#rules()} are counted
   * @param files the rule files that hold rules, in the manifest's order, each with its rules in
   *     line order
   */
  public CoverageReport {
    Objects.requireNonNull(ruleSet, "ruleSet");
    files = List.copyOf(files);
  }

  /**
   * @param ruleSet the compiled version, whose {@link CompiledRuleSet#rules()} are counted
   * @param firings the firings of a run
   * @return the coverage
   */
  public static CoverageReport of(CompiledRuleSet ruleSet, RuleFirings firings) {
    return of(ruleSet, firings.counts());
  }

  /**
   * @param ruleSet the compiled version, whose {@link CompiledRuleSet#rules()} are counted
   * @param firings how often each rule fired, by rule name
   * @return the coverage
   */
  public static CoverageReport of(CompiledRuleSet ruleSet, Map<String, Long> firings) {
    Map<String, List<RuleCoverage>> byFile = new LinkedHashMap<>();
    for (RuleDescription rule : ruleSet.rules()) {
      byFile.computeIfAbsent(rule.file(), f -> new ArrayList<>())
          .add(new RuleCoverage(rule, firings.getOrDefault(rule.name(), 0L)));
    }
    List<FileCoverage> files = new ArrayList<>();
    byFile.forEach((file, rules) -> files.add(new FileCoverage(file, rules)));
    return new CoverageReport(ruleSet.identity(), files);
  }

  /** @return every rule, file by file */
  public List<RuleCoverage> rules() {
    return files.stream().flatMap(f -> f.rules().stream()).toList();
  }

  /** @return how many rules the version has */
  public int total() {
    return files.stream().mapToInt(f -> f.rules().size()).sum();
  }

  /** @return how many of them fired at least once */
  public int fired() {
    return files.stream().mapToInt(FileCoverage::fired).sum();
  }

  /** @return the rules that never fired, file by file */
  public List<RuleCoverage> neverFired() {
    return rules().stream().filter(r -> !r.fired()).toList();
  }

  /** @return the share of rules that fired, in percent, rounded down to 2 decimals (100 with no rule) */
  public BigDecimal percent() {
    return percent(fired(), total());
  }

  /**
   * @param minPercent the least coverage wanted, e.g. {@code 90}
   * @return whether the share of rules that fired is at least that, compared exactly
   */
  public boolean reaches(BigDecimal minPercent) {
    return BigDecimal.valueOf(fired()).multiply(BigDecimal.valueOf(100))
        .compareTo(minPercent.multiply(BigDecimal.valueOf(total()))) >= 0;
  }

  static BigDecimal percent(int fired, int total) {
    if (total == 0) {
      return new BigDecimal("100.00");
    }
    return BigDecimal.valueOf(fired * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN);
  }

  /**
   * The coverage of one rule file.
   *
   * @param file the file's name
   * @param rules its rules, in line order
   */
  public record FileCoverage(String file, List<RuleCoverage> rules) {
    /**
     * Checks the components and copies the list.
     *
     * @param file the file's name
     * @param rules its rules, in line order
     */
    public FileCoverage {
      Objects.requireNonNull(file, "file");
      rules = List.copyOf(rules);
    }

    /** @return how many of its rules fired */
    public int fired() {
      return (int) rules.stream().filter(RuleCoverage::fired).count();
    }

    /** @return the share of its rules that fired, in percent, rounded down to 2 decimals */
    public BigDecimal percent() {
      return CoverageReport.percent(fired(), rules.size());
    }

    /** @return its rules that never fired */
    public List<RuleCoverage> neverFired() {
      return rules.stream().filter(r -> !r.fired()).toList();
    }
  }

  /**
   * How often one rule fired.
   *
   * @param rule the rule
   * @param firings how many times it fired
   */
  public record RuleCoverage(RuleDescription rule, long firings) {
    /**
     * Checks the rule is not null.
     *
     * @param firings how many times it fired
     * @param rule the rule
     */
    public RuleCoverage {
      Objects.requireNonNull(rule, "rule");
    }

    /** @return whether it fired at least once */
    public boolean fired() {
      return firings > 0;
    }

    /** @return {@code file:line "name"} */
    public String where() {
      return rule.file() + ":" + rule.line() + " \"" + rule.name() + "\"";
    }
  }
}
