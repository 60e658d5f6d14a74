package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one product counted.
 *
 * @param id the product's id
 * @param met whether it was delivered within the period and reached its target
 * @param exceeded whether it went strictly beyond its target
 * @param late whether it was late: delivered after its task's or order's deadline (in a version
 *     with reviews: whether it has delays)
 * @param measure how it counted in the reviews, in a version whose results carry reviews; else null
 *     (and absent from the report)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductOutcome(String id, boolean met, boolean exceeded, boolean late, @Nullable ProductMeasure measure) {
  /**
   * Checks that the id is not null.
   *
   * @param id the product's id
   * @param met whether it was delivered within the period and reached its target
   * @param exceeded whether it went strictly beyond its target
   * @param late whether it was late
   * @param measure how it counted in the reviews, or null
   */
  public ProductOutcome {
    Objects.requireNonNull(id, "id");
  }

  /**
   * A product's outcome in a version without reviews.
   *
   * @param id the product's id
   * @param met whether it was delivered within the period and reached its target
   * @param exceeded whether it went strictly beyond its target
   * @param late whether it was delivered after its task's or order's deadline
   */
  public ProductOutcome(String id, boolean met, boolean exceeded, boolean late) {
    this(id, met, exceeded, late, null);
  }
}
