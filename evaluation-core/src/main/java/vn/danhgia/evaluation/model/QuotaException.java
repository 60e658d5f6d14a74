package vn.danhgia.evaluation.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An approved exception to the quota of excellent ratings for one peer group (ngoại lệ tỷ lệ xuất
 * sắc, for an outstanding unit): the group's own percent replaces the rule set's default.
 *
 * @param group the peer group, as in {@link Position#group()}
 * @param percent the percent of the group's {@code GOOD} cadres that may be rated excellent, 0 to 100
 */
public record QuotaException(String group, BigDecimal percent) {
  /**
   * Checks that no component is null.
   *
   * @param group the peer group, as in {@link Position#group()}
   * @param percent the percent of the group's {@code GOOD} cadres that may be rated excellent, 0 to
   *     100
   */
  public QuotaException {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(percent, "percent");
  }
}
