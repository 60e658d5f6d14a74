package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one task or order counted for its cadre.
 *
 * @param id the task's or order's id
 * @param kind annual, breakthrough or order
 * @param status what it came to at the period's end
 * @param exceeded whether it is completed with at least one product exceeded
 * @param credit its credit (1, the late credit or 0), or {@code null} when it does not count (in
 *     progress or not approved)
 * @param products how each of its products counted, ordered by id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkOutcome(
    String id,
    WorkKind kind,
    WorkStatus status,
    boolean exceeded,
    @Nullable BigDecimal credit,
    List<ProductOutcome> products) {
  /**
   * Checks the required components and copies the list.
   *
   * @param id the task's or order's id
   * @param kind annual, breakthrough or order
   * @param status what it came to at the period's end
   * @param exceeded whether it is completed with at least one product exceeded
   * @param credit its credit (1, the late credit or 0), or {@code null} when it does not count (in
   *     progress or not approved)
   * @param products how each of its products counted, ordered by id
   */
  public WorkOutcome {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    products = products == null ? List.of() : List.copyOf(products);
  }
}
