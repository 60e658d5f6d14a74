package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Excuse;

/**
 * How one product counted in the reviews of the period: the review it belongs to, its weight there,
 * whether it was completed, its credits and what deducted from them, and the excuses that cancelled
 * deductions, each with who approved it. Numbers have exactly 2 decimals.
 *
 * @param review the id of the review it belongs to, or null when it belongs to none
 * @param weight its weight (conversion factor × its owner's coefficient)
 * @param completed whether it counts as completed
 * @param qualityCredit its quality credit, 0 to 1
 * @param progressCredit its progress credit, 0 to 1
 * @param qualityDeductions the quality failures that deducted, after excuses
 * @param delayDeductions the delays that deducted, after excuses
 * @param excuses the excuses the input gives for it, in the input's order
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProductMeasure(
    @Nullable String review,
    BigDecimal weight,
    boolean completed,
    BigDecimal qualityCredit,
    BigDecimal progressCredit,
    int qualityDeductions,
    int delayDeductions,
    List<Excuse> excuses) {
  /**
   * Checks the figures and copies the excuses.
   *
   * @param review the id of the review it belongs to, or null
   * @param weight its weight
   * @param completed whether it counts as completed
   * @param qualityCredit its quality credit
   * @param progressCredit its progress credit
   * @param qualityDeductions the quality failures that deducted
   * @param delayDeductions the delays that deducted
   * @param excuses its excuses
   */
  public ProductMeasure {
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(qualityCredit, "qualityCredit");
    Objects.requireNonNull(progressCredit, "progressCredit");
    excuses = excuses == null ? List.of() : List.copyOf(excuses);
  }
}
