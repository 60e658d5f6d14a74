package vn.danhgia.evaluation.vocabulary;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import vn.danhgia.evaluation.report.WorkStatus;

/**
 * Work checks counted by status, and how many of them count (have a credit): the figures of a
 * cadre's tasks or orders of one kind, counted in one pass. Rules gather the checks once, with
 * {@code accumulate( $w : WorkCheck( cadre == $id, kind == WorkKind.ANNUAL ); $checks : collectList(
 * $w ) )} and {@link #of}, instead of one accumulate per figure. Immutable.
 */
public final class WorkTally {
  private final Map<WorkStatus, Integer> byStatus;
  private final int counted;

  private WorkTally(Map<WorkStatus, Integer> byStatus, int counted) {
    this.byStatus = byStatus;
    this.counted = counted;
  }

  /**
   * Counts work checks.
   *
   * @param checks {@link WorkCheck}s, as an accumulate's {@code collectList} gives them
   * @return their counts
   * @throws IllegalArgumentException when an element is not a work check
   */
  public static WorkTally of(Collection<?> checks) {
    Map<WorkStatus, Integer> byStatus = new EnumMap<>(WorkStatus.class);
    int counted = 0;
    for (Object o : checks) {
      if (!(o instanceof WorkCheck w)) {
        throw new IllegalArgumentException("not a work check: " + o);
      }
      byStatus.merge(w.status(), 1, Integer::sum);
      counted += w.credit() == null ? 0 : 1;
    }
    return new WorkTally(byStatus, counted);
  }

  /** @return how many of the checks count: those with a credit */
  public long counted() {
    return counted;
  }

  /**
   * @param status a status
   * @return how many of the checks have it
   */
  public long count(WorkStatus status) {
    return byStatus.getOrDefault(status, 0);
  }

  @Override
  public String toString() {
    return "WorkTally[counted=" + counted + ", " + byStatus + "]";
  }
}
