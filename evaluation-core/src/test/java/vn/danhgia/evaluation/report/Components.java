package vn.danhgia.evaluation.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Score components for tests that make results by hand, in the shape of the engine-test rule set "mini". */
public final class Components {
  private Components() {}

  /**
   * @return the components {@code general}, {@code annual}, {@code breakthrough} and {@code orders}, in
   *     that order
   */
  public static ScoreComponents of(BigDecimal general, BigDecimal annual, BigDecimal breakthrough, BigDecimal orders) {
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    points.put("general", general);
    points.put("annual", annual);
    points.put("breakthrough", breakthrough);
    points.put("orders", orders);
    return ScoreComponents.of(points);
  }
}
