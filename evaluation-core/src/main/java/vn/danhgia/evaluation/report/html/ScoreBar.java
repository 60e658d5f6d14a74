package vn.danhgia.evaluation.report.html;

import static vn.danhgia.evaluation.report.html.PageView.clean;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.report.ComponentTerm;
import vn.danhgia.evaluation.report.ReportTerms;
import vn.danhgia.evaluation.report.ScoreComponents;

/** A cadre's score bar: one segment a score component, its share of the most points, and a scale. */
final class ScoreBar {
  private ScoreBar() {}

  /**
   * A score component: its code, its colour (the component's place in the rule set's list, modulo
   * the palette), its name, points and share of the score bar.
   */
  record Component(String key, int colour, String label, String value, String percent, boolean showValue) {}

  /** The score bar's scale: a tick at each quarter of the most points the components give. */
  record ScaleTick(String percent, String label) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A component's share of the score bar below which its value is not written in it. */
  private static final BigDecimal MIN_PERCENT_FOR_VALUE = BigDecimal.valueOf(7);
  /** How many colours the score bar has for components; a rule set with more reuses them in turn. */
  private static final int PALETTE = 8;

  /**
   * @param c a result's components, or null when it has none
   * @param terms the rule set's terms
   * @param texts the page's language
   * @return the segments, in the report's order (none for null)
   */
  static List<Component> components(@Nullable ScoreComponents c, ReportTerms terms, Texts texts) {
    if (c == null) {
      return List.of();
    }
    BigDecimal scale = c.total().max(maxPoints(terms));
    List<Component> parts = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, BigDecimal> e : c.asMap().entrySet()) {
      String code = e.getKey();
      BigDecimal value = e.getValue();
      BigDecimal percent = scale.signum() == 0 ? BigDecimal.ZERO : value.max(BigDecimal.ZERO).multiply(HUNDRED)
          .divide(scale, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
      String label = terms.component(code).map(t -> t.name().in(texts.locale())).orElse(code);
      parts.add(new Component(clean(code), i++ % PALETTE, clean(label), texts.score(value), percent.toPlainString(),
          percent.compareTo(MIN_PERCENT_FOR_VALUE) >= 0));
    }
    return parts;
  }

  /**
   * @param terms the rule set's terms
   * @return the most points the rule set's components give together
   */
  static BigDecimal maxPoints(ReportTerms terms) {
    return terms.components().stream().map(ComponentTerm::max).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * @param terms the rule set's terms
   * @param texts the page's language
   * @return a tick at each quarter of the most points
   */
  static List<ScaleTick> scale(ReportTerms terms, Texts texts) {
    BigDecimal max = maxPoints(terms);
    List<ScaleTick> ticks = new ArrayList<>();
    for (int quarter = 0; quarter <= 4; quarter++) {
      ticks.add(new ScaleTick(Integer.toString(quarter * 25), texts.number(max.multiply(BigDecimal.valueOf(quarter))
          .divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP).stripTrailingZeros())));
    }
    return ticks;
  }
}
