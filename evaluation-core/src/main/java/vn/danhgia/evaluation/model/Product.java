package vn.danhgia.evaluation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
 * @param conversion the product's conversion factor (hệ số quy đổi), more than 0; 1 when the document
 *     gives none, and then not written
 * @param due the day the product is due, or {@code null} for its task's or order's deadline
 * @param qualityFailures how many quality reviews it failed, at least 0 (0 is not written)
 * @param delays how many delays it records, at least 0 (0 is not written)
 * @param excuses the approved excuses for its quality failures and delays; no more {@link
 *     ExcuseKind#QUALITY} ones than {@code qualityFailures}, no more {@link ExcuseKind#DELAY} ones than
 *     its delays ({@code delays}, or 1 when that is 0 and it was delivered after its due date)
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
    @Nullable String evidence,
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = DefaultConversion.class)
    @JsonProperty(defaultValue = "1") BigDecimal conversion,
    @Nullable LocalDate due,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty(defaultValue = "0") int qualityFailures,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty(defaultValue = "0") int delays,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Excuse> excuses) {
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
   * @param conversion the product's conversion factor, more than 0; {@code null} for 1
   * @param due the day the product is due, or {@code null} for its task's or order's deadline
   * @param qualityFailures how many quality reviews it failed, at least 0
   * @param delays how many delays it records, at least 0
   * @param excuses the approved excuses for its quality failures and delays; {@code null} for none
   */
  public Product {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(direction, "direction");
    if (conversion == null) {
      conversion = BigDecimal.ONE;
    }
    excuses = Lists.copy(excuses);
  }

  /**
   * A product without the fields of continuous evaluation: conversion 1, due on its owner's deadline,
   * no quality failure, no delay, no excuse.
   *
   * @param id the product's identifier, unique among products
   * @param task the id of the task it proves, or {@code null}
   * @param order the id of the order it proves, or {@code null}
   * @param indicator what is counted (chỉ tiêu)
   * @param target the value aimed at, not negative
   * @param actual the value achieved, not negative
   * @param direction whether more or less is better
   * @param delivered the day the product was delivered, or {@code null} when it was not
   * @param evidence where the figure comes from (minh chứng), or {@code null}
   */
  public Product(String id, @Nullable String task, @Nullable String order, String indicator, BigDecimal target,
      BigDecimal actual, Direction direction, @Nullable LocalDate delivered, @Nullable String evidence) {
    this(id, task, order, indicator, target, actual, direction, delivered, evidence, BigDecimal.ONE, null, 0, 0,
        List.of());
  }

  /**
   * @param ownerDeadline the deadline of the product's task or order
   * @return its due date: {@link #due()} when given, else its owner's deadline
   */
  public LocalDate dueOr(LocalDate ownerDeadline) {
    return due != null ? due : ownerDeadline;
  }

  /**
   * @param kind a kind of excuse
   * @return how many of its excuses are of that kind
   */
  public int excusesOf(ExcuseKind kind) {
    int n = 0;
    for (Excuse e : excuses) {
      n += e.kind() == kind ? 1 : 0;
    }
    return n;
  }

  /** Leaves the default conversion, 1 (however written: 1.0 too), out of written documents. */
  private static final class DefaultConversion {
    @Override
    public boolean equals(@Nullable Object value) {
      return value instanceof BigDecimal d && d.compareTo(BigDecimal.ONE) == 0;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }
}
