package vn.danhgia.evaluation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Work ordered from a named cadre (việc được đặt hàng) by the standing committee: big, hard work
 * with one accountable person.
 *
 * @param id the order's identifier, unique among orders
 * @param cadre the id of the cadre it is ordered from
 * @param title what is ordered
 * @param orderedBy who ordered it, e.g. "Ban Thường vụ Tỉnh ủy", or {@code null}
 * @param deadline the day by which its products are due
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Order(
    String id, String cadre, String title, @Nullable String orderedBy, LocalDate deadline) {
  /**
   * Checks the required components.
   *
   * @param id the order's identifier, unique among orders
   * @param cadre the id of the cadre it is ordered from
   * @param title what is ordered
   * @param orderedBy who ordered it, e.g. "Ban Thường vụ Tỉnh ủy", or {@code null}
   * @param deadline the day by which its products are due
   */
  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(deadline, "deadline");
  }
}
