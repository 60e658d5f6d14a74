package vn.danhgia.evaluation.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.RuleSets;

class SmokeTest {
  @Test
  void smoke() {
    Evaluator e = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).compileEagerly().build();
    EvaluationInput in = e.interchange().readInput(Path.of("../evaluation-examples/data/tuyen-quang-2019.json"));
    EvaluationReport r = e.evaluate(in);
    System.out.println(e.interchange().writeReportAsString(r).substring(0, 3000));
    r.results().forEach(c -> System.out.println(c.cadre() + " " + c.score() + " " + c.rating() + " " + c.components() + " " + c.reasons().stream().map(x -> x.code()).toList() + c.flags()));
    EvaluationReport r2 = e.evaluate(in, "2025.1");
    r2.results().forEach(c -> System.out.println(c.cadre() + " " + c.score() + " " + c.rating() + " " + c.reasons().stream().map(x -> x.code()).toList() + c.flags()));
  }
}
