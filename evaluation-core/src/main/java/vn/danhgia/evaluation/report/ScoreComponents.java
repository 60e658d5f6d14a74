package vn.danhgia.evaluation.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The parts of a score, each rounded to 2 decimals, half up; the score is their sum.
 *
 * @param general the general criteria (tiêu chí chung), from the deciding assessment
 * @param annual the annual tasks (chỉ tiêu, nhiệm vụ năm)
 * @param breakthrough the breakthrough tasks (việc đột phá)
 * @param orders the ordered work (việc được đặt hàng)
 */
public record ScoreComponents(
    BigDecimal general, BigDecimal annual, BigDecimal breakthrough, BigDecimal orders) {
  /**
   * Checks that no component is null.
   *
   * @param general the general criteria (tiêu chí chung), from the deciding assessment
   * @param annual the annual tasks (chỉ tiêu, nhiệm vụ năm)
   * @param breakthrough the breakthrough tasks (việc đột phá)
   * @param orders the ordered work (việc được đặt hàng)
   */
  public ScoreComponents {
    Objects.requireNonNull(general, "general");
    Objects.requireNonNull(annual, "annual");
    Objects.requireNonNull(breakthrough, "breakthrough");
    Objects.requireNonNull(orders, "orders");
  }

  /** @return the sum of the four components */
  public BigDecimal total() {
    return general.add(annual).add(breakthrough).add(orders);
  }
}
