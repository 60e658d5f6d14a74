package vn.danhgia.evaluation.scenario;

import java.util.List;
import java.util.stream.Collectors;
import vn.danhgia.evaluation.EvaluationException;

/**
 * Scenario files could not be read: malformed, not {@code evaluation-scenario/1}, with an invalid
 * input, or with expectations that cannot hold. Nothing was run. {@link #problems()} lists every
 * problem of every file read, each with its file and JSON path.
 */
public final class InvalidScenarioException extends EvaluationException {
  private static final long serialVersionUID = 1L;

  /** Every problem found in the scenario file. */
  private final List<ScenarioProblem> problems;

  /**
   * @param problems every problem found; not empty
   */
  public InvalidScenarioException(List<ScenarioProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid scenario has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** @return every problem, by file and then in document order; never empty */
  public List<ScenarioProblem> problems() {
    return problems;
  }

  private static String describe(List<ScenarioProblem> problems) {
    long files = problems.stream().map(ScenarioProblem::file).distinct().count();
    String head = "Scenario files are invalid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + " in " + files + (files == 1 ? " file" : " files") + "):";
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
  }
}
