package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cadre's figures in one review of the period, each with exactly 2 decimals. For a review not
 * counted (nothing was due in it), the weight is 0.00 and the four figures are null.
 *
 * @param review the review's id
 * @param weight the weight of the work due in it
 * @param quantity the share of that weight completed, 0 to 100
 * @param quality the quality figure, 0 to 100
 * @param progress the progress figure, 0 to 100
 * @param results the review's results, 0 to 100
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReviewResult(
    String review,
    BigDecimal weight,
    @Nullable BigDecimal quantity,
    @Nullable BigDecimal quality,
    @Nullable BigDecimal progress,
    @Nullable BigDecimal results) {
  /**
   * Checks that the id and weight are present.
   *
   * @param review the review's id
   * @param weight the weight of the work due in it
   * @param quantity the quantity figure, or null
   * @param quality the quality figure, or null
   * @param progress the progress figure, or null
   * @param results the review's results, or null
   */
  public ReviewResult {
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(weight, "weight");
  }

  /** @return whether the review counted for the cadre */
  public boolean counted() {
    return results != null;
  }
}
