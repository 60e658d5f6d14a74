package vn.danhgia.evaluation.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Everything evaluated for one period (hồ sơ đánh giá): the {@code evaluation-input/1} document.
 *
 * <p>Obtain a validated instance from {@link vn.danhgia.evaluation.io.Interchange#readInput}; an
 * instance built in code is checked by the engine before any rule runs.
 *
 * @param period the evaluation period
 * @param units the units cadres lead (đơn vị)
 * @param positions the positions (chức danh)
 * @param cadres the cadres evaluated (cán bộ)
 * @param tasks their annual and breakthrough tasks (nhiệm vụ)
 * @param orders the work ordered from them (việc được đặt hàng)
 * @param products the products proving tasks and orders (sản phẩm)
 * @param assessments assessments against the general criteria (đánh giá)
 * @param disciplines disciplinary measures (kỷ luật)
 * @param confidenceVotes confidence votes (lấy phiếu tín nhiệm)
 * @param surveys satisfaction surveys (khảo sát mức độ hài lòng); not written when empty
 */
@JsonPropertyOrder({"format", "period", "units", "positions", "cadres", "tasks", "orders",
    "products", "assessments", "disciplines", "confidenceVotes", "surveys"})
@JsonIgnoreProperties(value = "format", allowGetters = true)
public record EvaluationInput(
    EvaluationPeriod period,
    List<Unit> units,
    @JsonProperty(required = true) List<Position> positions,
    @JsonProperty(required = true) List<Cadre> cadres,
    List<Task> tasks,
    List<Order> orders,
    List<Product> products,
    List<Assessment> assessments,
    List<Discipline> disciplines,
    List<ConfidenceVote> confidenceVotes,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Survey> surveys) {

  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "evaluation-input/1";

  /**
   * Checks the period and copies every list (a null list is empty).
   *
   * @param period the evaluation period
   * @param units the units cadres lead (đơn vị)
   * @param positions the positions (chức danh)
   * @param cadres the cadres evaluated (cán bộ)
   * @param tasks their annual and breakthrough tasks (nhiệm vụ)
   * @param orders the work ordered from them (việc được đặt hàng)
   * @param products the products proving tasks and orders (sản phẩm)
   * @param assessments assessments against the general criteria (đánh giá)
   * @param disciplines disciplinary measures (kỷ luật)
   * @param confidenceVotes confidence votes (lấy phiếu tín nhiệm)
   * @param surveys satisfaction surveys (khảo sát mức độ hài lòng)
   */
  public EvaluationInput {
    Objects.requireNonNull(period, "period");
    units = Lists.copy(units);
    positions = Lists.copy(positions);
    cadres = Lists.copy(cadres);
    tasks = Lists.copy(tasks);
    orders = Lists.copy(orders);
    products = Lists.copy(products);
    assessments = Lists.copy(assessments);
    disciplines = Lists.copy(disciplines);
    confidenceVotes = Lists.copy(confidenceVotes);
    surveys = Lists.copy(surveys);
  }

  /**
   * An input without satisfaction surveys.
   *
   * @param period the evaluation period
   * @param units the units cadres lead (đơn vị)
   * @param positions the positions (chức danh)
   * @param cadres the cadres evaluated (cán bộ)
   * @param tasks their annual and breakthrough tasks (nhiệm vụ)
   * @param orders the work ordered from them (việc được đặt hàng)
   * @param products the products proving tasks and orders (sản phẩm)
   * @param assessments assessments against the general criteria (đánh giá)
   * @param disciplines disciplinary measures (kỷ luật)
   * @param confidenceVotes confidence votes (lấy phiếu tín nhiệm)
   */
  public EvaluationInput(EvaluationPeriod period, List<Unit> units, List<Position> positions, List<Cadre> cadres,
      List<Task> tasks, List<Order> orders, List<Product> products, List<Assessment> assessments,
      List<Discipline> disciplines, List<ConfidenceVote> confidenceVotes) {
    this(period, units, positions, cadres, tasks, orders, products, assessments, disciplines, confidenceVotes,
        List.of());
  }

  /** @return {@value #FORMAT}, the interchange format this document follows */
  @JsonProperty("format")
  public String format() {
    return FORMAT;
  }
}
