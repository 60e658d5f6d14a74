package vn.danhgia.evaluation.report.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.Direction;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ScoreComponents;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkOutcome;

/**
 * What the page template shows: the report joined with the input's names, titles and products, put
 * in words and numbers of one language, and the chart's geometry. Every text is plain (the template
 * escapes it); nothing here is markup.
 */
record PageView(
    String lang,
    String title,
    Map<String, String> t,
    Header header,
    Chart chart,
    List<GroupRow> groups,
    List<RatingHead> ratingHeads,
    List<Overview> overview,
    List<CadreView> cadres,
    String footer) {

  /** The rating columns of the chart and the tables, best first; INCOMPLETE means not rated. */
  static final List<String> RATINGS = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED", "INCOMPLETE");
  static final String INCOMPLETE = "INCOMPLETE";
  static final int SHA256_PREFIX = 12;

  private static final Map<String, String> FILL = Map.of(
      "EXCELLENT", "#1b5e20",
      "GOOD", "#43a047",
      "COMPLETED", "#f9a825",
      "NOT_COMPLETED", "#c62828",
      INCOMPLETE, "#9e9e9e");
  private static final Map<String, String> TEXT_FILL = Map.of(
      "EXCELLENT", "#ffffff",
      "GOOD", "#ffffff",
      "COMPLETED", "#212121",
      "NOT_COMPLETED", "#ffffff",
      INCOMPLETE, "#212121");
  private static final String UNKNOWN_GROUP = "";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A component's share of the score bar below which its value is not written in it. */
  private static final BigDecimal MIN_PERCENT_FOR_VALUE = BigDecimal.valueOf(7);

  record Header(
      String period,
      String periodDates,
      String ruleSet,
      String ruleSetSha,
      String ruleSetShaShort,
      String inputSha,
      String inputShaShort,
      int cadres,
      List<Chip> summary) {}

  /** One rating's count in the page header. */
  record Chip(String rating, String label, String shortLabel, int count) {}

  /** A column heading of the peer-group table. */
  record RatingHead(String rating, String label, String shortLabel) {}

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

  /** A row of the table under the chart: the same counts as the bar, with the positions of the group. */
  record GroupRow(String group, String label, String positions, List<Cell> cells, int total) {}

  record Cell(String rating, int count) {}

  record Overview(String anchor, String id, String name, String position, String group, String score,
      String rating, String ratingLabel) {}

  record CadreView(
      String anchor,
      String id,
      String name,
      String position,
      String group,
      boolean rated,
      String score,
      String rating,
      String ratingLabel,
      String officialLabel,
      List<Component> components,
      List<ReasonView> reasons,
      boolean hasFlags,
      List<FlagView> flags,
      List<WorkView> work) {}

  record Component(String key, String label, String value, String percent, boolean showValue) {}

  /**
   * A reason, and how it weighs: {@code veto} (a veto), {@code lower} (a cap, a condition not met, the
   * quota), {@code incomplete} (why the cadre is not rated) or {@code info}; only the page's colours
   * depend on it.
   */
  record ReasonView(String code, String weight, String message, String rule, String subject) {}

  record FlagView(String code, String meaning) {}

  record WorkView(
      String id,
      String kind,
      String kindLabel,
      String title,
      String status,
      String statusLabel,
      String deadline,
      String orderedBy,
      boolean counted,
      String credit,
      boolean exceeded,
      boolean basicTarget,
      boolean hasProducts,
      List<ProductView> products) {}

  record ProductView(
      String id,
      String indicator,
      String evidence,
      String target,
      String actual,
      String directionLabel,
      String delivered,
      boolean met,
      boolean exceeded,
      boolean late) {}

  /**
   * @param report the report
   * @param input the input it was made from, for names, titles, groups and products
   * @param texts the language
   * @return the page's content
   */
  static PageView of(EvaluationReport report, EvaluationInput input, Texts texts) {
    return new Builder(report, input, texts).build();
  }

  /** Joins the report with the input. */
  private static final class Builder {
    private final EvaluationReport report;
    private final EvaluationInput input;
    private final Texts texts;
    private final Map<String, Cadre> cadres;
    private final Map<String, Position> positions;
    private final Map<String, Task> tasks;
    private final Map<String, Order> orders;
    private final Map<String, Product> products;
    /** The label of each rating in the page's language, worded as the rule set did in Vietnamese. */
    private final Map<String, String> ratingLabels = new LinkedHashMap<>();

    Builder(EvaluationReport report, EvaluationInput input, Texts texts) {
      this.report = report;
      this.input = input;
      this.texts = texts;
      this.cadres = index(input.cadres(), Cadre::id);
      this.positions = index(input.positions(), Position::code);
      this.tasks = index(input.tasks(), Task::id);
      this.orders = index(input.orders(), Order::id);
      this.products = index(input.products(), Product::id);
      for (String rating : RATINGS) {
        ratingLabels.put(rating, texts.get("rating." + rating));
      }
      if (texts.vietnamese()) {
        // The rule set words its labels (2019.1: "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực").
        Set<Rating> worded = new HashSet<>();
        for (CadreResult r : report.results()) {
          if (r.rating() != null && r.label() != null && worded.add(r.rating())) {
            ratingLabels.put(r.rating().name(), clean(r.label()));
          }
        }
      }
    }

    PageView build() {
      Map<String, List<CadreResult>> byGroup = new LinkedHashMap<>();
      for (CadreResult r : report.results()) {
        byGroup.computeIfAbsent(groupOf(r.cadre()), g -> new ArrayList<>()).add(r);
      }
      List<Overview> overview = new ArrayList<>();
      List<CadreView> views = new ArrayList<>();
      int n = 0;
      for (CadreResult r : report.results()) {
        CadreView view = cadre(r, "cadre-" + (++n));
        views.add(view);
        overview.add(new Overview(view.anchor(), view.id(), view.name(), view.position(), view.group(),
            view.score(), view.rating(), view.ratingLabel()));
      }
      String title = texts.format("page.title", clean(report.period()));
      return new PageView(texts.languageTag(), title, texts.forTemplates(), header(), chart(byGroup),
          groupRows(byGroup), ratingHeads(), overview, views,
          texts.format("page.footer", EvaluationReport.FORMAT));
    }

    private Header header() {
      String dates = report.period().equals(input.period().id())
          ? texts.date(input.period().start()) + " – " + texts.date(input.period().end())
          : "";
      List<Chip> chips = new ArrayList<>();
      for (String rating : RATINGS) {
        chips.add(new Chip(rating, ratingLabels.get(rating), texts.get("ratingShort." + rating), count(rating)));
      }
      String ruleSetSha = clean(report.ruleSet().sha256());
      String inputSha = clean(report.input().sha256());
      return new Header(clean(report.period()), dates,
          clean(report.ruleSet().id() + " " + report.ruleSet().version()),
          ruleSetSha, prefix(ruleSetSha), inputSha, prefix(inputSha), report.results().size(), chips);
    }

    private int count(String rating) {
      if (INCOMPLETE.equals(rating)) {
        return report.summary().incomplete();
      }
      return report.summary().count(Rating.valueOf(rating));
    }

    private List<RatingHead> ratingHeads() {
      return RATINGS.stream()
          .map(r -> new RatingHead(r, ratingLabels.get(r), texts.get("ratingShort." + r)))
          .toList();
    }

    // ------------------------------------------------------------------ chart

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

    private Chart chart(Map<String, List<CadreResult>> byGroup) {
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
        String label = groupLabel(group);
        String shortLabel = label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
        int total = e.getValue().size();
        String tooltip = label + " — " + total + " " + texts.get("chart.cadres") + ": "
            + String.join("; ", positionTitles(e.getValue()));
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
        legend.add(new Legend(rating, ratingLabels.get(rating), count(rating), num(lx), num(ly),
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

    private static Map<String, Integer> countByRating(List<CadreResult> results) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      RATINGS.forEach(r -> counts.put(r, 0));
      for (CadreResult r : results) {
        counts.merge(ratingOf(r), 1, Integer::sum);
      }
      return counts;
    }

    private List<GroupRow> groupRows(Map<String, List<CadreResult>> byGroup) {
      List<GroupRow> rows = new ArrayList<>();
      for (Map.Entry<String, List<CadreResult>> e : byGroup.entrySet()) {
        Map<String, Integer> counts = countByRating(e.getValue());
        List<Cell> cells = RATINGS.stream().map(r -> new Cell(r, counts.get(r))).toList();
        rows.add(new GroupRow(e.getKey(), groupLabel(e.getKey()),
            String.join("; ", positionTitles(e.getValue())), cells, e.getValue().size()));
      }
      return rows;
    }

    private List<String> positionTitles(List<CadreResult> results) {
      Set<String> titles = new LinkedHashSet<>();
      for (CadreResult r : results) {
        Position p = positionOf(r.cadre());
        if (p != null) {
          titles.add(clean(p.title()));
        }
      }
      return List.copyOf(titles);
    }

    private String groupLabel(String group) {
      return group.equals(UNKNOWN_GROUP) ? texts.get("groups.unknown") : clean(group);
    }

    private String groupOf(String cadreId) {
      Position p = positionOf(cadreId);
      return p == null ? UNKNOWN_GROUP : p.group();
    }

    private @Nullable Position positionOf(String cadreId) {
      Cadre c = cadres.get(cadreId);
      return c == null ? null : positions.get(c.position());
    }

    // ------------------------------------------------------------------ cadres

    private CadreView cadre(CadreResult r, String anchor) {
      Cadre cadre = cadres.get(r.cadre());
      Position position = positionOf(r.cadre());
      String rating = ratingOf(r);
      String ratingLabel;
      String official = "";
      if (r.rating() == null) {
        ratingLabel = ratingLabels.get(INCOMPLETE);
      } else if (texts.vietnamese()) {
        ratingLabel = r.label() != null ? clean(r.label()) : ratingLabels.get(rating);
      } else {
        ratingLabel = ratingLabels.get(rating);
        official = r.label() != null ? clean(r.label()) : r.rating().vietnamese();
      }
      boolean rated = r.score() != null;
      return new CadreView(
          anchor,
          clean(r.cadre()),
          cadre == null ? "—" : clean(cadre.name()),
          position == null ? "—" : clean(position.title()),
          groupLabel(groupOf(r.cadre())),
          rated,
          rated ? texts.score(r.score()) : "—",
          rating,
          ratingLabel,
          official,
          components(r.components()),
          r.reasons().stream().map(this::reason).toList(),
          !r.flags().isEmpty(),
          r.flags().stream().map(f -> new FlagView(clean(f), clean(texts.getOr("flag." + f, "")))).toList(),
          r.work().stream().map(this::work).toList());
    }

    private List<Component> components(@Nullable ScoreComponents c) {
      if (c == null) {
        return List.of();
      }
      BigDecimal scale = c.total().max(HUNDRED);
      List<Component> parts = new ArrayList<>();
      addComponent(parts, "general", c.general(), scale);
      addComponent(parts, "annual", c.annual(), scale);
      addComponent(parts, "breakthrough", c.breakthrough(), scale);
      addComponent(parts, "orders", c.orders(), scale);
      return parts;
    }

    private void addComponent(List<Component> parts, String key, BigDecimal value, BigDecimal scale) {
      BigDecimal percent = value.max(BigDecimal.ZERO).multiply(HUNDRED)
          .divide(scale, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
      parts.add(new Component(key, texts.get("component." + key), texts.score(value), percent.toPlainString(),
          percent.compareTo(MIN_PERCENT_FOR_VALUE) >= 0));
    }

    private ReasonView reason(Reason reason) {
      String subject = "";
      if (reason.subject() != null) {
        String id = reason.subject();
        String title = tasks.containsKey(id) ? tasks.get(id).title()
            : orders.containsKey(id) ? orders.get(id).title() : null;
        subject = title == null ? clean(id) : clean(id) + " · " + clean(title);
      }
      return new ReasonView(clean(reason.code()), weight(reason.code()), clean(reason.message().in(texts.locale())),
          clean(reason.rule()), subject);
    }

    private WorkView work(WorkOutcome w) {
      String title = "—";
      String deadline = "";
      String orderedBy = "";
      boolean basicTarget = false;
      if (w.kind() == WorkKind.ORDER) {
        Order o = orders.get(w.id());
        if (o != null) {
          title = clean(o.title());
          deadline = texts.date(o.deadline());
          orderedBy = o.orderedBy() == null ? "" : clean(o.orderedBy());
        }
      } else {
        Task t = tasks.get(w.id());
        if (t != null) {
          title = clean(t.title());
          deadline = texts.date(t.deadline());
          basicTarget = t.basicTarget();
        }
      }
      boolean counted = w.credit() != null;
      return new WorkView(clean(w.id()), w.kind().name(), texts.get("kind." + w.kind().name()), title,
          w.status().name(), texts.get("status." + w.status().name()), deadline, orderedBy, counted,
          counted ? texts.number(w.credit()) : texts.get("work.notCounted"), w.exceeded(), basicTarget,
          !w.products().isEmpty(), w.products().stream().map(this::product).toList());
    }

    private ProductView product(ProductOutcome outcome) {
      Product p = products.get(outcome.id());
      if (p == null) {
        return new ProductView(clean(outcome.id()), "—", "", "—", "—", "", "", outcome.met(),
            outcome.exceeded(), outcome.late());
      }
      String sign = p.direction() == Direction.LOWER_IS_BETTER ? "≤ " : "≥ ";
      return new ProductView(clean(p.id()), clean(p.indicator()), p.evidence() == null ? "" : clean(p.evidence()),
          sign + texts.number(p.target()), texts.number(p.actual()), texts.get("direction." + p.direction().name()),
          p.delivered() == null ? "" : texts.date(p.delivered()), outcome.met(), outcome.exceeded(),
          outcome.late());
    }
  }

  private static String weight(String code) {
    if (code.startsWith("VETO_")) {
      return "veto";
    }
    if (code.startsWith("CAP_") || code.endsWith("_CONDITIONS_NOT_MET") || code.startsWith("DEMOTED_")
        || code.startsWith("QUOTA_")) {
      return "lower";
    }
    if (code.startsWith("NO_")) {
      return "incomplete";
    }
    return "info";
  }

  private static String ratingOf(CadreResult r) {
    return r.rating() == null ? INCOMPLETE : r.rating().name();
  }

  private static String prefix(String sha) {
    return sha.length() <= SHA256_PREFIX ? sha : sha.substring(0, SHA256_PREFIX) + "…";
  }

  /** An SVG coordinate: at most two decimals, a dot whatever the page's language. */
  private static String num(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /**
   * Text from the data as it may stand in an HTML (and XML) document: control characters, which no
   * escaping can carry, become U+FFFD. Escaping itself is the template's.
   */
  static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
          || (Character.isSurrogate(c) && !validSurrogate(text, i));
      if (bad && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(bad ? '\uFFFD' : c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
