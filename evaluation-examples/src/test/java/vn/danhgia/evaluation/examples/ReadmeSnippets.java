package vn.danhgia.evaluation.examples;

import java.nio.file.Path;
import vn.danhgia.evaluation.engine.EvaluationOptions;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.repository.ReloadListener;
import vn.danhgia.evaluation.repository.RuleRepository;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.scenario.Outcome;
import vn.danhgia.evaluation.testing.Situation;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * Every Java snippet of the README, as written there, in the order it has them: this class compiles
 * them, and {@link ReadmeSnippetsTest} checks that the README's snippets are these.
 */
@SuppressWarnings("unused")
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** The README's snippet 1. */
  static void readAndValidate() throws Exception {
    // README snippet begins
    Interchange json = Interchange.standard();
    try {
      EvaluationInput input = json.readInput(Path.of("tuyen-quang-2019.json"));
      System.out.println(input.cadres().size() + " cadres");
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {                     // every problem, each with its JSON path
        System.err.println(p.path() + ": " + p.message()); // $.products[3].target: must be at least 0, found -1
      }
    }
    // README snippet ends
  }

  /** The README's snippet 2. */
  static void evaluate() throws Exception {
    // README snippet begins
    Evaluator evaluator = Evaluator.builder()
        .ruleSets(RuleSets.builtIn("leaders"))       // the shipped versions 2019.1, 2025.1 and 2026.1
        .build();
    EvaluationInput input = evaluator.interchange().readInput(Path.of("tuyen-quang-2019.json"));
    EvaluationReport report = evaluator.evaluate(input);   // the version in force on the period's end
    for (CadreResult r : report.results()) {
      System.out.println(r.cadre() + " " + r.score() + " " + r.rating() + " " + r.reasons());
    }
    // README snippet ends
  }

  /** The README's snippet 3. */
  static void embedInAServer() throws Exception {
    // README snippet begins
    Evaluator evaluator = Evaluator.builder()
        .ruleSets(RuleSets.builtIn("leaders"))
        .compileEagerly()                 // every version loaded now, not on the first request
        .build();
    EvaluationReport report = evaluator.evaluate(Interchange.standard().readInput(Path.of("tuyen-quang-2019.json")));
    System.out.println(report.results().size() + " cadres evaluated");
    // README snippet ends
  }

  /** The README's snippet 4. */
  static void liveRules() throws Exception {
    // README snippet begins
    EvaluationInput input = Interchange.standard().readInput(Path.of("tuyen-quang-2019.json"));
    try (RuleRepository rules = RuleRepository.builder(Path.of("/srv/danhgia/rulesets"))
        .options(EvaluationOptions.defaults().withParallel(true))   // those of every evaluator it loads
        .watch(true)
        .listener(new ReloadListener() {
          @Override public void refused(InvalidRuleSetException e, Evaluator stillServing) {
            System.err.println("Rule change refused:\n" + e.getMessage());   // file:line:column: message
          }
        })
        .build()) {
      EvaluationReport report = rules.evaluate(input);   // wholly on one version, named in the report
      System.out.println(report.ruleSet().version());
    }
    // README snippet ends
  }

  /** The README's snippet 5. */
  static void outcome() throws Exception {
    // README snippet begins
    Evaluator evaluator = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).build();
    Outcome.of(evaluator.evaluate(Situation.year(2025).cadre("C1", c -> c.superior("20")
            .annual("A1", t -> t.met()).breakthrough("B1", t -> t.met())
            .order("O1", o -> o.met()).order("O2", o -> o.missed())).build(), "2025.1"))
        .cadre("C1").hasScore("82.50").hasRating(Rating.COMPLETED).hasReason("CAP_ORDER_FAILED");
    // README snippet ends
  }
}
