package vn.danhgia.evaluation.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.scenario.CoverageReport;
import vn.danhgia.evaluation.scenario.CoverageReport.FileCoverage;
import vn.danhgia.evaluation.scenario.CoverageReport.RuleCoverage;
import vn.danhgia.evaluation.scenario.InvalidScenarioException;
import vn.danhgia.evaluation.scenario.Scenario;
import vn.danhgia.evaluation.scenario.ScenarioProblem;
import vn.danhgia.evaluation.scenario.ScenarioReader;
import vn.danhgia.evaluation.scenario.ScenarioResult;
import vn.danhgia.evaluation.scenario.ScenarioRun;
import vn.danhgia.evaluation.scenario.ScenarioRunner;
import vn.danhgia.evaluation.validation.InvalidInputException;

/**
 * {@code test [--rules DIR] [--version V] [--min-coverage PERCENT] SCENARIO_DIR}: runs every
 * scenario file of a folder, prints PASS or FAIL for each (and for a failure, each expectation not
 * met, what came, and the reasons the engine gave with their rules), then the rule coverage of each
 * version used, per rule file, and the rules that never fired.
 */
@Command(name = "test", sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Runs scenario files (an input and the results expected) and reports each, then the rule coverage.",
        "Each scenario file (evaluation-scenario/1, see docs/scenarios.md) is reported PASS, or FAIL with every "
            + "expectation not met, what came instead and the reasons the engine gave (code and rule).",
        "Then the rule coverage of each version used: per rule file, how many of its rules fired, and the rules "
            + "that never fired.",
        "Each scenario runs with its own \"version\", else --version, else the one its input names, else the one "
            + "in force on its period's end.",
        "Exit code 0 when every scenario passes (and the coverage reaches --min-coverage), 1 when one fails or "
            + "the coverage is under it, 2 for invalid scenario files or usage, 3 for rules that do not compile."})
final class TestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO_DIR",
      description = "A folder of scenario files (every .json file directly in it, in file-name order), a folder of "
          + "such folders (e.g. one per version: each is run), or one file.")
  Path scenarios;

  @Option(names = "--version", paramLabel = "V",
      description = "Run scenarios that name no version with this rule set version (e.g. 2025.1).")
  String version;

  @Option(names = "--min-coverage", paramLabel = "PERCENT",
      description = "Fail (exit 1) when fewer than PERCENT %% of the rules of a version used fired (0 to 100).")
  BigDecimal minCoverage;

  @Option(names = "--firings", description = "Also list every rule with how often it fired.")
  boolean firings;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    if (minCoverage != null && (minCoverage.signum() < 0 || minCoverage.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new ParameterException(spec.commandLine(), "--min-coverage must be from 0 to 100, not "
          + minCoverage.toPlainString() + ".");
    }
    if (!Files.exists(scenarios)) {
      throw new CommandFailure(ExitCodes.INVALID, "The scenario folder " + scenarios + " does not exist.");
    }
    RuleSets sets = common.ruleSets();
    Failures.requireVersion(sets, version);
    List<Scenario> read;
    try {
      read = ScenarioReader.standard().read(scenarios);
    } catch (InvalidScenarioException e) {
      long files = e.problems().stream().map(ScenarioProblem::file).distinct().count();
      List<String> lines = new ArrayList<>();
      lines.add("The scenario files are invalid (" + Failures.count(e.problems().size(), "problem") + " in "
          + Failures.count((int) files, "file") + "); no scenario was run:");
      e.problems().stream().map(ScenarioProblem::toString).forEach(lines::add);
      throw new CommandFailure(ExitCodes.INVALID, lines, e);
    }

    Evaluator evaluator = Evaluator.builder().ruleSets(sets).build();
    ScenarioRunner runner = new ScenarioRunner(evaluator, version);
    // Compile each version needed first, so that a rule set that does not compile is reported with its files.
    Set<String> needed = new TreeSet<>();
    for (Scenario s : read) {
      try {
        needed.add(runner.versionFor(s));
      } catch (InvalidInputException e) {
        // reported as that scenario's error when it runs
      }
    }
    needed.forEach(v -> common.compile(evaluator, v));

    PrintWriter out = spec.commandLine().getOut();
    out.println("Running " + Failures.count(read.size(), "scenario") + " of " + scenarios + " with the rule set "
        + sets.id() + (common.rules == null ? " (built in)" : " from " + common.rules) + ".");
    ScenarioRun run = runner.runAll(read);
    for (ScenarioResult r : run.results()) {
      r.lines().forEach(out::println);
    }
    out.println();
    out.println(run.summary() + ".");
    for (CoverageReport c : run.coverage().values()) {
      out.println();
      printCoverage(out, c);
    }
    List<CoverageReport> under = minCoverage == null ? List.of() : run.under(minCoverage);
    for (CoverageReport c : under) {
      out.println();
      out.println("The rule coverage of " + c.ruleSet().id() + " " + c.ruleSet().version() + " is "
          + c.percent().toPlainString() + "%, under the " + minCoverage.stripTrailingZeros().toPlainString()
          + "% required.");
    }
    out.flush();
    if (run.errors() > 0) {
      return ExitCodes.INVALID;
    }
    return run.failed() > 0 || !under.isEmpty() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }

  private void printCoverage(PrintWriter out, CoverageReport c) {
    String sha = c.ruleSet().sha256();
    out.println("Rule coverage of " + c.ruleSet().id() + " " + c.ruleSet().version() + " (sha256 "
        + sha.substring(0, Math.min(SummaryTable.SHA256_PREFIX, sha.length())) + "…): " + c.fired() + " of "
        + Failures.count(c.total(), "rule") + " fired (" + c.percent().toPlainString() + "%).");
    int width = c.files().stream().mapToInt(f -> f.file().length()).max().orElse(0);
    for (FileCoverage f : c.files()) {
      out.println("  " + f.file() + " ".repeat(width - f.file().length()) + "  " + f.fired() + " of "
          + Failures.count(f.rules().size(), "rule") + " fired (" + f.percent().toPlainString() + "%)");
      if (firings) {
        for (RuleCoverage r : f.rules()) {
          out.println(String.format("    %6d  %s:%d \"%s\"", r.firings(), f.file(), r.rule().line(), r.rule().name()));
        }
      }
    }
    List<RuleCoverage> never = c.neverFired();
    if (never.isEmpty()) {
      out.println("Every rule fired at least once.");
    } else {
      out.println("Never fired (" + Failures.count(never.size(), "rule") + "):");
      never.forEach(r -> out.println("  " + r.where()));
    }
  }
}
