package vn.danhgia.evaluation.report.html;

import static vn.danhgia.evaluation.report.html.PageView.FILL;
import static vn.danhgia.evaluation.report.html.PageView.RATINGS;
import static vn.danhgia.evaluation.report.html.PageView.TEXT_FILL;
import static vn.danhgia.evaluation.report.html.PageView.countByRating;
import static vn.danhgia.evaluation.report.html.PageView.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.danhgia.evaluation.report.CadreResult;

/** The geometry of the ratings-by-peer-group chart: one stacked bar a group, an axis and a legend, in SVG units. */
final class ChartLayout {
  private ChartLayout() {}

  /** The peer-group chart: horizontal stacked bars, an axis with ticks and a legend, in SVG units. */
  record Chart(
      String width,
      String height,
      String gridTop,
      String gridBottom,
      List<Bar> bars,
      List<Tick> ticks,
      List<Legend> legend) {}

  record Bar(
      String group,
      String label,
      String tooltip,
      String y,
      String height,
      String labelX,
      String textY,
      int total,
      String totalX,
      List<Segment> segments) {}

  record Segment(
      String group,
      String rating,
      int count,
      String x,
      String width,
      String fill,
      String textFill,
      String textX,
      boolean showCount,
      String tooltip) {}

  record Tick(String x, String labelY, int value) {}

  record Legend(String rating, String label, int count, String x, String y, String textX, String textY, String fill) {}

  private static final double WIDTH = 960;
  private static final double LABEL_RIGHT = 236;
  private static final double BAR_X = 248;
  private static final double BAR_WIDTH = 640;
  private static final double TOP = 8;
  private static final double ROW = 38;
  private static final double BAR_HEIGHT = 24;
  private static final double LEGEND_ROW = 24;
  private static final double LEGEND_COLUMN = 470;
  private static final int LEGEND_COLUMNS = 2;
  private static final double MIN_WIDTH_FOR_COUNT = 16;
  private static final int MAX_LABEL = 28;

  /**
   * @param byGroup the results by peer group, in the page's order
   * @param ratingLabels each rating's label in the page's language
   * @param ratingCount how many cadres of the report have a rating
   * @param groupLabel a group's label
   * @param positionTitles the position titles of some results
   * @param cadresWord the word for cadres, in the page's language
   * @return the chart
   */
  static Chart of(Map<String, List<CadreResult>> byGroup, Map<String, String> ratingLabels,
      Function<String, Integer> ratingCount, Function<String, String> groupLabel,
      Function<List<CadreResult>, List<String>> positionTitles, String cadresWord) {
    int max = 1;
    for (List<CadreResult> members : byGroup.values()) {
      max = Math.max(max, members.size());
    }
    double unit = BAR_WIDTH / max;
    List<Bar> bars = new ArrayList<>();
    int row = 0;
    for (Map.Entry<String, List<CadreResult>> e : byGroup.entrySet()) {
      String group = e.getKey();
      double y = TOP + row * ROW + (ROW - BAR_HEIGHT) / 2;
      double x = BAR_X;
      List<Segment> segments = new ArrayList<>();
      Map<String, Integer> counts = countByRating(e.getValue());
      for (String rating : RATINGS) {
        int count = counts.get(rating);
        if (count == 0) {
          continue;
        }
        double width = count * unit;
        segments.add(new Segment(group, rating, count, num(x), num(width), FILL.get(rating),
            TEXT_FILL.get(rating), num(x + width / 2), width >= MIN_WIDTH_FOR_COUNT,
            ratingLabels.get(rating) + ": " + count));
        x += width;
      }
      String label = groupLabel.apply(group);
      String shortLabel = label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
      int total = e.getValue().size();
      String tooltip = label + " — " + total + " " + cadresWord + ": "
          + String.join("; ", positionTitles.apply(e.getValue()));
      bars.add(new Bar(group, shortLabel, tooltip, num(y), num(BAR_HEIGHT), num(LABEL_RIGHT),
          num(y + BAR_HEIGHT / 2 + 4.5), total, num(x + 8), segments));
      row++;
    }
    double gridBottom = TOP + row * ROW;
    int step = tickStep(max);
    List<Tick> ticks = new ArrayList<>();
    for (int v = 0; v <= max; v += step) {
      ticks.add(new Tick(num(BAR_X + v * unit), num(gridBottom + 14), v));
    }
    double legendTop = gridBottom + 30;
    List<Legend> legend = new ArrayList<>();
    int i = 0;
    for (String rating : RATINGS) {
      double lx = 16 + (i % LEGEND_COLUMNS) * LEGEND_COLUMN;
      double ly = legendTop + (i / LEGEND_COLUMNS) * LEGEND_ROW;
      legend.add(new Legend(rating, ratingLabels.get(rating), ratingCount.apply(rating), num(lx), num(ly),
          num(lx + 22), num(ly + 11.5), FILL.get(rating)));
      i++;
    }
    int legendRows = (RATINGS.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
    double height = legendTop + legendRows * LEGEND_ROW + 4;
    return new Chart(num(WIDTH), num(height), num(TOP), num(gridBottom), bars, ticks, legend);
  }

  /** The smallest of 1, 2, 5, 10, 20, 50 … that gives at most 10 intervals. */
  private static int tickStep(int max) {
    int[] factors = {1, 2, 5};
    for (int scale = 1; ; scale *= 10) {
      for (int f : factors) {
        if (max / (f * scale) <= 10) {
          return f * scale;
        }
      }
    }
  }
}
