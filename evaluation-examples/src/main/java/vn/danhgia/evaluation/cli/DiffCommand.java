package vn.danhgia.evaluation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.io.InterchangeIOException;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.scenario.Explanation;
import vn.danhgia.evaluation.scenario.VersionImpact;
import vn.danhgia.evaluation.scenario.VersionImpact.CadreChange;
import vn.danhgia.evaluation.validation.InvalidInputException;

/**
 * {@code diff INPUT.json --from V1 --to V2 [--rules DIR] [--fail-on-change]}: evaluates one input
 * under two versions and lists every cadre whose rating, status or reasons change, with both
 * results, then the count of cadres by rating transition.
 */
@Command(name = "diff", sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Evaluates an input under two versions and lists every cadre whose rating, status or reasons change.",
        "For each cadre whose rating, status, reasons or flags change: both results (rating, score and its "
            + "components, reason codes) and the reasons that came and went with their rules; then the count of "
            + "cadres by rating transition (e.g. EXCELLENT -> GOOD: 5).",
        "Exit code 0, or 1 with --fail-on-change when anything changed (a score alone included)."})
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT.json", description = "The input document (evaluation-input/1).")
  Path input;

  @Option(names = "--from", required = true, paramLabel = "V1", description = "The version before (e.g. 2019.1).")
  String from;

  @Option(names = "--to", required = true, paramLabel = "V2", description = "The version after (e.g. 2025.1).")
  String to;

  @Option(names = "--fail-on-change", description = "Exit with 1 when any cadre's result changes.")
  boolean failOnChange;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    Failures.requireInputFile(input);
    RuleSets sets = common.ruleSets();
    Failures.requireVersion(sets, from);
    Failures.requireVersion(sets, to);
    Evaluator evaluator = Evaluator.builder().ruleSets(sets).build();
    EvaluationInput in;
    EvaluationReport before;
    EvaluationReport after;
    try {
      // Both versions are named by the caller, so the input's own ruleSetVersion is not checked.
      in = Interchange.standard().readInput(input);
      common.compile(evaluator, from);
      common.compile(evaluator, to);
      before = evaluator.evaluate(in, from);
      after = evaluator.evaluate(in, to);
    } catch (InvalidInputException e) {
      throw Failures.invalidInput(input, e);
    } catch (InterchangeIOException e) {
      throw new CommandFailure(ExitCodes.INVALID, List.of("Cannot read the input file " + input + ": "
          + e.getMessage() + "."), e);
    }
    VersionImpact impact = VersionImpact.compare(before, after);
    print(spec.commandLine().getOut(), in, impact);
    return failOnChange && impact.changed() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }

  private void print(PrintWriter out, EvaluationInput in, VersionImpact impact) {
    Map<String, Cadre> cadres = in.cadres().stream().collect(Collectors.toMap(Cadre::id, Function.identity()));
    String a = impact.from().version();
    String b = impact.to().version();
    int width = Math.max(a.length(), b.length());
    out.println("Version impact on " + input + " (period " + in.period().id() + ", "
        + Failures.count(impact.cadres(), "cadre") + "): " + impact.from().id() + " " + a + " -> "
        + impact.to().id() + " " + b + ".");
    out.println();
    if (impact.changes().isEmpty()) {
      out.println("No cadre's rating, status, reasons or flags change.");
    } else {
      out.println(Failures.count(impact.changes().size(), "cadre") + " change rating, status, reasons or flags:");
      for (CadreChange c : impact.changes()) {
        out.println();
        Cadre cadre = cadres.get(c.cadre());
        out.println(c.cadre() + (cadre == null ? "" : "  " + cadre.name()) + "  " + c.fromState() + " -> "
            + c.toState());
        out.println("  " + pad(a, width) + "  " + side(c.from()));
        out.println("  " + pad(b, width) + "  " + side(c.to()));
        for (Reason r : c.reasonsAdded()) {
          out.println("  + " + Explanation.reason(r) + ": " + r.message().en());
        }
        for (Reason r : c.reasonsRemoved()) {
          out.println("  - " + Explanation.reason(r) + ": " + r.message().en());
        }
        if (c.from() != null && c.to() != null && !c.from().flags().equals(c.to().flags())) {
          out.println("  flags: " + flags(c.from()) + " -> " + flags(c.to()));
        }
      }
    }
    if (!impact.scoreOnly().isEmpty()) {
      out.println();
      out.println("Score changed, nothing else (" + impact.scoreOnly().size() + "): " + impact.scoreOnly().stream()
          .map(c -> c.cadre() + " " + score(c.from()) + " -> " + score(c.to())).collect(Collectors.joining(", ")));
    }
    out.println();
    if (impact.transitions().isEmpty()) {
      out.println("Rating transitions: none.");
    } else {
      out.println("Rating transitions:");
      impact.transitions().forEach((t, n) -> out.println("  " + t + ": " + n));
    }
    out.println(Failures.count(impact.unchanged(), "cadre") + " unchanged.");
    out.flush();
  }

  private static String side(@Nullable CadreResult r) {
    if (r == null) {
      return "not in the report";
    }
    String state = r.rating() == null ? r.status() + " (not rated)" : r.rating().name();
    String score = r.score() == null ? "" : "  score " + r.score().toPlainString()
        + (r.components() == null ? "" : " (" + Explanation.components(r.components()) + ")");
    return state + score + "  reasons: " + Explanation.codes(r);
  }

  private static String score(@Nullable CadreResult r) {
    return r == null || r.score() == null ? "—" : r.score().toPlainString();
  }

  private static String flags(CadreResult r) {
    return r.flags().isEmpty() ? "none" : String.join(", ", r.flags());
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
