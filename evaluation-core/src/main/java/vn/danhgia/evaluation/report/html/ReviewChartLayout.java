package vn.danhgia.evaluation.report.html;

import static vn.danhgia.evaluation.report.html.PageView.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.evaluation.report.ReviewResult;

/**
 * The geometry of a cadre's review chart: one vertical bar a review of the period, in the period's
 * order, its height the review's results on a 0–100 axis; a review not counted is a dashed gap that
 * says so. In SVG units.
 */
final class ReviewChartLayout {
  private ReviewChartLayout() {}

  /**
   * The chart.
   *
   * @param width the drawing's width
   * @param height the drawing's height
   * @param plotLeft the axis's x
   * @param plotRight the right end of the grid lines
   * @param ticks the grid lines of the 0–100 axis
   * @param bars one a review, in the period's order
   */
  record ReviewChart(String width, String height, String plotLeft, String plotRight, List<AxisTick> ticks,
      List<ReviewBar> bars) {}

  /** A grid line of the 0–100 axis and its label. */
  record AxisTick(String y, String labelX, String labelY, int value) {}

  /**
   * One review: a bar when it counted, a dashed gap when it did not.
   *
   * @param review the review's id
   * @param label the id as written under the bar (shortened when long)
   * @param tooltip the review and its results (or that it was not counted), in words
   * @param counted whether it counted
   * @param results its results as reported (plain, a dot), or empty when not counted
   * @param value its results in the page's number format, or empty when not counted
   * @param x the slot's bar (or gap) left edge
   * @param y the bar's top (the gap's top when not counted)
   * @param width the bar's width
   * @param height the bar's height (the gap's when not counted)
   * @param centreX the slot's centre
   * @param valueY where the value above the bar is written
   * @param labelY where the review's id under the axis is written
   * @param gapTextY where the words "not counted" are centred, in a gap
   */
  record ReviewBar(String review, String label, String tooltip, boolean counted, String results, String value,
      String x, String y, String width, String height, String centreX, String valueY, String labelY,
      String gapTextY) {}

  private static final double LEFT = 34;
  private static final double RIGHT = 8;
  private static final double TOP = 16;
  /** The plot's height: one SVG unit a point of results. */
  private static final double PLOT = 100;
  private static final double BOTTOM = 22;
  private static final double SLOT = 64;
  private static final double BAR = 36;
  private static final int MAX_LABEL = 9;
  private static final BigDecimal MAX = BigDecimal.valueOf(100);

  /**
   * @param reviews the cadre's reviews, in the period's order
   * @param texts the page's language
   * @return the chart
   */
  static ReviewChart of(List<ReviewResult> reviews, Texts texts) {
    double plotBottom = TOP + PLOT;
    double plotRight = LEFT + reviews.size() * SLOT;
    List<AxisTick> ticks = new ArrayList<>();
    for (int v = 0; v <= 100; v += 25) {
      double y = plotBottom - v * PLOT / 100;
      ticks.add(new AxisTick(num(y), num(LEFT - 5), num(y + 3.5), v));
    }
    List<ReviewBar> bars = new ArrayList<>();
    int i = 0;
    for (ReviewResult r : reviews) {
      double centre = LEFT + i * SLOT + SLOT / 2;
      double x = centre - BAR / 2;
      String id = PageView.clean(r.review());
      String label = id.length() > MAX_LABEL ? id.substring(0, MAX_LABEL - 1) + "…" : id;
      double labelY = plotBottom + 15;
      if (r.counted()) {
        BigDecimal results = r.results().max(BigDecimal.ZERO).min(MAX);
        double h = results.doubleValue() * PLOT / 100;
        String value = texts.score(r.results());
        bars.add(new ReviewBar(id, label, texts.format("reviews.tooltip", id, value), true,
            r.results().toPlainString(), value, num(x), num(plotBottom - h), num(BAR), num(h), num(centre),
            num(plotBottom - h - 4), num(labelY), ""));
      } else {
        bars.add(new ReviewBar(id, label, id + ": " + texts.get("reviews.notCounted"), false, "", "", num(x), num(TOP),
            num(BAR), num(PLOT), num(centre), "", num(labelY), num(TOP + PLOT / 2)));
      }
      i++;
    }
    return new ReviewChart(num(plotRight + RIGHT), num(plotBottom + BOTTOM), num(LEFT), num(plotRight), ticks, bars);
  }
}
