package vn.danhgia.evaluation.vocabulary;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one product counted in the reviews of the period: the review it belongs to, its weight, and
 * the credits it earned there. The engine reports it beside the product's {@link ProductCheck}.
 *
 * @param product the product's id
 * @param cadre the cadre whose work it is
 * @param review the id of the review it belongs to, or null when it belongs to none (it still
 *     counts for its task's or order's status)
 * @param weight its weight in the review (its conversion factor times its owner's coefficient)
 * @param completed whether it counts as completed
 * @param qualityDeductions the quality failures that deduct, after excuses
 * @param delayDeductions the delays that deduct, after excuses
 * @param qualityCredit its quality credit, 0 to 1
 * @param progressCredit its progress credit, 0 to 1
 */
public record ProductReview(
    String product,
    String cadre,
    @Nullable String review,
    BigDecimal weight,
    boolean completed,
    int qualityDeductions,
    int delayDeductions,
    BigDecimal qualityCredit,
    BigDecimal progressCredit) {
  /**
   * Checks that the ids and figures are present.
   *
   * @param product the product's id
   * @param cadre the cadre whose work it is
   * @param review the id of the review it belongs to, or null when it belongs to none (it still counts for its task's or order's status)
   * @param weight its weight in the review (its conversion factor times its owner's coefficient)
   * @param completed whether it counts as completed
   * @param qualityDeductions the quality failures that deduct, after excuses
   * @param delayDeductions the delays that deduct, after excuses
   * @param qualityCredit its quality credit, 0 to 1
   * @param progressCredit its progress credit, 0 to 1
   */
  public ProductReview {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(qualityCredit, "qualityCredit");
    Objects.requireNonNull(progressCredit, "progressCredit");
  }

  /** @return its weight when it is completed, else 0 */
  public BigDecimal completedWeight() {
    return completed ? weight : BigDecimal.ZERO;
  }

  /** @return its weight × its quality credit */
  public BigDecimal qualityWeight() {
    return weight.multiply(qualityCredit);
  }

  /** @return its weight × its progress credit */
  public BigDecimal progressWeight() {
    return weight.multiply(progressCredit);
  }
}
