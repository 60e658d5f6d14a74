package host;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.html.HtmlReport;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * A host that evaluates one input file with the shipped rule set, writes the report and renders the
 * HTML report; it says where the library was found (the class path, or its module). The module-host
 * project compiles it too.
 */
public final class Main {
  private Main() {}

  /**
   * @param args the input file and the report file
   * @throws Exception when the input cannot be read or the report written
   */
  public static void main(String[] args) throws Exception {
    System.out.println("HOST library " + where(Evaluator.class.getModule()));
    long started = System.nanoTime();
    Evaluator evaluator = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).build();
    EvaluationInput input = evaluator.interchange().readInput(Path.of(args[0]));
    EvaluationReport report = evaluator.evaluate(input);
    long firstMs = (System.nanoTime() - started) / 1_000_000;
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      evaluator.interchange().writeReport(report, out);
    }
    System.out.println("HOST precompiled=" + evaluator.ruleSet(report.ruleSet().version()).precompiled());
    System.out.println("HOST first evaluation (load, read, evaluate) took " + firstMs + " ms");
    String html = HtmlReport.render(report, input, evaluator.ruleSet(report.ruleSet().version()).terms());
    System.out.println("HOST HTML report rendered=" + html.contains(report.results().get(0).cadre()));
  }

  private static String where(Module library) {
    if (!library.isNamed()) {
      return "on the class path";
    }
    return "in module " + library.getName()
        + (library.getDescriptor().isAutomatic() ? " (automatic)" : " (explicit)");
  }
}
