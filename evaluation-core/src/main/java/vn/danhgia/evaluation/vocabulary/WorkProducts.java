package vn.danhgia.evaluation.vocabulary;

import java.util.Collection;
import java.util.Objects;

/**
 * The checked products of one task or order, counted: how many there are, and how many are not
 * met, late and exceeded. Rules count them once, with {@code accumulate( $c : ProductCheck( work ==
 * $w ); $checks : collectList( $c ) )} and {@link #of}, and judge the work on the counts, instead
 * of matching its products again for each judgement.
 *
 * @param work the task or order
 * @param products how many products were checked
 * @param unmet how many of them are not met
 * @param late how many of them are late
 * @param exceeded how many of them are exceeded
 */
public record WorkProducts(WorkItem work, int products, int unmet, int late, int exceeded) {
  /**
   * @param work the work item
   * @param products number of checked products
   * @param unmet number not met
   * @param late number late
   * @param exceeded number exceeded
   */
  public WorkProducts {
    Objects.requireNonNull(work, "work");
  }

  /**
   * Counts the checks of one work item.
   *
   * @param work the task or order
   * @param checks its {@link ProductCheck}s, as an accumulate's {@code collectList} gives them
   * @return the counts
   * @throws IllegalArgumentException when an element is not a check of {@code work}
   */
  public static WorkProducts of(WorkItem work, Collection<?> checks) {
    int unmet = 0;
    int late = 0;
    int exceeded = 0;
    for (Object o : checks) {
      if (!(o instanceof ProductCheck c) || !c.work().equals(work)) {
        throw new IllegalArgumentException("not a product check of " + work.kind() + " " + work.id() + ": " + o);
      }
      unmet += c.met() ? 0 : 1;
      late += c.late() ? 1 : 0;
      exceeded += c.exceeded() ? 1 : 0;
    }
    return new WorkProducts(work, checks.size(), unmet, late, exceeded);
  }
}
