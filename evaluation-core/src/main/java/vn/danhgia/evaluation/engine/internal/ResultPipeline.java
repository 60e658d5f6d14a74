package vn.danhgia.evaluation.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.danhgia.evaluation.engine.internal.EvaluationRun.CadreOutcome;
import vn.danhgia.evaluation.engine.internal.EvaluationRun.GroupDecision;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.Summary;
import vn.danhgia.evaluation.vocabulary.Standing;

/**
 * The one way results go from the per-cadre phases to the report, for an input in memory and for a
 * stream alike: the results of each batch are kept (in a {@link ResultStore}) with each rated
 * cadre's standing by peer group; once every cadre is in, the peer-group phases run one group at a
 * time, and each kept result, with its group's decision applied, is counted into the summary and
 * handed on in the order it came in.
 */
final class ResultPipeline implements AutoCloseable {
  private final EvaluationRun run;
  private final ResultStore store;
  private final Map<String, List<Standing>> groups = new TreeMap<>();
  private final Map<String, String> groupNames = new HashMap<>();
  private int groupCount;

  ResultPipeline(EvaluationRun run, ResultStore store) {
    this.run = run;
    this.store = store;
  }

  /** Keeps the outcomes of a batch, in their order. */
  void add(List<CadreOutcome> outcomes) {
    for (CadreOutcome o : outcomes) {
      store.add(o.result());
      Standing s = o.standing();
      if (s != null && !run.groupPhases().isEmpty()) {
        // One string per group name, however many cadres share it: a national stream has millions.
        String group = groupNames.computeIfAbsent(s.group(), g -> g);
        groups.computeIfAbsent(group, g -> new ArrayList<>())
            .add(new Standing(s.cadre(), group, s.rating(), s.score(), s.tieBreak()));
      }
    }
  }

  /**
   * Runs the peer-group phases, then hands on every result kept, decisions applied.
   *
   * @param period the period, with its quota exceptions
   * @param deadline the {@link System#nanoTime()} past which the rules stop
   * @param out given each final result, in the order they were added
   * @return the counts of the results handed on
   */
  Summary finish(EvaluationPeriod period, long deadline, Consumer<CadreResult> out) {
    Map<String, GroupDecision> decisions = new HashMap<>();
    for (List<Standing> group : groups.values()) {
      decisions.putAll(run.evaluateGroup(group, period, deadline));
      groupCount++;
    }
    groups.clear();
    int[] counts = new int[Rating.values().length];
    int[] incomplete = {0};
    store.forEach(r -> {
      GroupDecision d = decisions.get(r.cadre());
      CadreResult result = d == null ? r : run.apply(r, d);
      if (result.status() == ResultStatus.INCOMPLETE) {
        incomplete[0]++;
      } else {
        counts[result.rating().ordinal()]++;
      }
      out.accept(result);
    });
    return new Summary(counts[Rating.EXCELLENT.ordinal()], counts[Rating.GOOD.ordinal()],
        counts[Rating.COMPLETED.ordinal()], counts[Rating.NOT_COMPLETED.ordinal()], incomplete[0]);
  }

  /** @return how many peer groups the peer-group phases ran for */
  int groupCount() {
    return groupCount;
  }

  @Override
  public void close() {
    store.close();
  }
}
