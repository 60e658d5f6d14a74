package vn.danhgia.evaluation.model;

import java.math.BigDecimal;

/** Which way a product's indicator improves (chiều của chỉ tiêu). */
public enum Direction {
  /** More is better: met when {@code actual >= target}, exceeded when {@code actual > target}. */
  HIGHER_IS_BETTER,
  /** Less is better: met when {@code actual <= target}, exceeded when {@code actual < target}. */
  LOWER_IS_BETTER;

  /**
   * Whether {@code actual} reaches {@code target} in this direction.
   *
   * @param actual the value achieved
   * @param target the value aimed at
   * @return {@code true} when the target is met or exceeded
   */
  public boolean meets(BigDecimal actual, BigDecimal target) {
    int c = actual.compareTo(target);
    return this == HIGHER_IS_BETTER ? c >= 0 : c <= 0;
  }

  /**
   * Whether {@code actual} goes strictly beyond {@code target} in this direction.
   *
   * @param actual the value achieved
   * @param target the value aimed at
   * @return {@code true} when the target is exceeded
   */
  public boolean exceeds(BigDecimal actual, BigDecimal target) {
    int c = actual.compareTo(target);
    return this == HIGHER_IS_BETTER ? c > 0 : c < 0;
  }
}
