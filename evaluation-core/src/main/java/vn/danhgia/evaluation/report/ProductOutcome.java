package vn.danhgia.evaluation.report;

import java.util.Objects;

/**
 * How one product counted.
 *
 * @param id the product's id
 * @param met whether it was delivered within the period and reached its target
 * @param exceeded whether it went strictly beyond its target
 * @param late whether it was delivered after its task's or order's deadline
 */
public record ProductOutcome(String id, boolean met, boolean exceeded, boolean late) {
  /**
   * Checks that the id is not null.
   *
   * @param id the product's id
   * @param met whether it was delivered within the period and reached its target
   * @param exceeded whether it went strictly beyond its target
   * @param late whether it was delivered after its task's or order's deadline
   */
  public ProductOutcome {
    Objects.requireNonNull(id, "id");
  }
}
