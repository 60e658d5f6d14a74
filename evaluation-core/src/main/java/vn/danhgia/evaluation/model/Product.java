package vn.danhgia.evaluation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A concrete, countable product (sản phẩm cụ thể) that proves a task or an order: one indicator
 * measured against a target, e.g. "complaint-settlement decisions issued", target 23, actual 23.
 *
 * <p>A product belongs to exactly one task or one order: exactly one of {@code task} and {@code
 * order} is non-null in a valid input.
 *
 * @param id the product's identifier, unique among products
 * @param task the id of the task it proves, or {@code null}
 * @param order the id of the order it proves, or {@code null}
 * @param indicator what is counted (chỉ tiêu)
 * @param target the value aimed at, not negative
 * @param actual the value achieved, not negative
 * @param direction whether more or less is better
 * @param delivered the day the product was delivered, or {@code null} when it was not
 * @param evidence where the figure comes from (minh chứng), e.g. a report's number, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Product(
    String id,
    @Nullable String task,
    @Nullable String order,
    String indicator,
    BigDecimal target,
    BigDecimal actual,
    Direction direction,
    @Nullable LocalDate delivered,
    @Nullable String evidence) {
  /**
   * Checks the required components.
   *
   * @param id the product's identifier, unique among products
   * @param task the id of the task it proves, or {@code null}
   * @param order the id of the order it proves, or {@code null}
   * @param indicator what is counted (chỉ tiêu)
   * @param target the value aimed at, not negative
   * @param actual the value achieved, not negative
   * @param direction whether more or less is better
   * @param delivered the day the product was delivered, or {@code null} when it was not
   * @param evidence where the figure comes from (minh chứng), e.g. a report's number, or {@code
   *     null}
   */
  public Product {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(direction, "direction");
  }
}
