package vn.danhgia.evaluation.report.html;

import java.math.BigDecimal;
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
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ReportTerms;
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
    ChartLayout.Chart chart,
    List<GroupRow> groups,
    List<RatingHead> ratingHeads,
    List<Overview> overview,
    List<CadreView> cadres,
    boolean hasReviews,
    String footer) {

  /** The rating columns of the chart and the tables, best first; INCOMPLETE means not rated. */
  static final List<String> RATINGS = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED", "INCOMPLETE");
  static final String INCOMPLETE = "INCOMPLETE";
  static final int SHA256_PREFIX = 12;

  static final Map<String, String> FILL = Map.of(
      "EXCELLENT", "#1b5e20",
      "GOOD", "#43a047",
      "COMPLETED", "#f9a825",
      "NOT_COMPLETED", "#c62828",
      INCOMPLETE, "#9e9e9e");
  static final Map<String, String> TEXT_FILL = Map.of(
      "EXCELLENT", "#ffffff",
      "GOOD", "#ffffff",
      "COMPLETED", "#212121",
      "NOT_COMPLETED", "#ffffff",
      INCOMPLETE, "#212121");
  private static final String UNKNOWN_GROUP = "";

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
      String maxScore,
      String rating,
      String ratingLabel,
      String officialLabel,
      List<ScoreBar.Component> components,
      List<ScoreBar.ScaleTick> scale,
      List<ReasonView> reasons,
      boolean hasFlags,
      List<FlagView> flags,
      List<WorkView> work,
      List<ReviewPart.NextBandView> nextBand,
      List<ReviewPart> reviews) {}

  /**
   * A reason, and how it weighs: its rule's severity ({@code information}, {@code incomplete},
   * {@code condition}, {@code cap}, {@code veto}, {@code quota}); only the page's colours depend on it.
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
   * @param terms what the report's codes mean under its rule set
   * @param texts the language
   * @return the page's content
   */
  static PageView of(EvaluationReport report, EvaluationInput input, ReportTerms terms, Texts texts) {
    return new Builder(report, input, terms, texts).build();
  }

  /** Joins the report with the input. */
  private static final class Builder {
    private final EvaluationReport report;
    private final EvaluationInput input;
    private final Texts texts;
    private final ReportTerms terms;
    private final Map<String, Cadre> cadres;
    private final Map<String, Position> positions;
    private final Map<String, Task> tasks;
    private final Map<String, Order> orders;
    private final Map<String, Product> products;
    /** The input period's reviews by id, when the report is of that period. */
    private final Map<String, Review> periodReviews;
    /** The label of each rating in the page's language, worded as the rule set did in Vietnamese. */
    private final Map<String, String> ratingLabels = new LinkedHashMap<>();
    /** The short label of each rating in the page's language. */
    private final Map<String, String> shortLabels = new LinkedHashMap<>();

    Builder(EvaluationReport report, EvaluationInput input, ReportTerms terms, Texts texts) {
      this.report = report;
      this.terms = terms;
      this.input = input;
      this.texts = texts;
      this.cadres = index(input.cadres(), Cadre::id);
      this.positions = index(input.positions(), Position::code);
      this.tasks = index(input.tasks(), Task::id);
      this.orders = index(input.orders(), Order::id);
      this.products = index(input.products(), Product::id);
      this.periodReviews = report.period().equals(input.period().id())
          ? index(input.period().reviewsOrWhole(), Review::id) : Map.of();
      for (String rating : RATINGS) {
        ratingLabels.put(rating, texts.get("rating." + rating));
        shortLabels.put(rating, texts.get("ratingShort." + rating));
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
          views.stream().anyMatch(v -> !v.reviews().isEmpty()),
          texts.format("page.footer", EvaluationReport.FORMAT));
    }

    private Header header() {
      String dates = report.period().equals(input.period().id())
          ? texts.date(input.period().start()) + " – " + texts.date(input.period().end())
          : "";
      List<Chip> chips = new ArrayList<>();
      for (String rating : RATINGS) {
        chips.add(new Chip(rating, ratingLabels.get(rating), shortLabels.get(rating), count(rating)));
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
          .map(r -> new RatingHead(r, ratingLabels.get(r), shortLabels.get(r)))
          .toList();
    }

    private ChartLayout.Chart chart(Map<String, List<CadreResult>> byGroup) {
      return ChartLayout.of(byGroup, ratingLabels, this::count, this::groupLabel, this::positionTitles,
          texts.get("chart.cadres"));
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
      List<WorkView> work = r.work().stream().map(this::work).toList();
      return new CadreView(
          anchor,
          clean(r.cadre()),
          cadre == null ? "—" : clean(cadre.name()),
          position == null ? "—" : clean(position.title()),
          groupLabel(groupOf(r.cadre())),
          rated,
          rated ? texts.score(r.score()) : "—",
          texts.number(ScoreBar.maxPoints(terms)),
          rating,
          ratingLabel,
          official,
          ScoreBar.components(r.components(), terms, texts),
          ScoreBar.scale(terms, texts),
          r.reasons().stream().map(this::reason).toList(),
          !r.flags().isEmpty(),
          r.flags().stream().map(f -> new FlagView(clean(f),
              clean(terms.flag(f).map(m -> m.in(texts.locale())).orElse("")))).toList(),
          work,
          ReviewPart.nextBand(r, shortLabels, texts),
          ReviewPart.of(r, work, periodReviews, texts));
    }

    private ReasonView reason(Reason reason) {
      String subject = "";
      if (reason.subject() != null) {
        String id = reason.subject();
        String title = tasks.containsKey(id) ? tasks.get(id).title()
            : orders.containsKey(id) ? orders.get(id).title() : null;
        subject = title == null ? clean(id) : clean(id) + " · " + clean(title);
      }
      return new ReasonView(clean(reason.code()), terms.severity(reason).word(), clean(reason.message().in(texts.locale())),
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

  /** @return how many of the results have each rating (INCOMPLETE for those not rated), in the page's order */
  static Map<String, Integer> countByRating(List<CadreResult> results) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    RATINGS.forEach(r -> counts.put(r, 0));
    for (CadreResult r : results) {
      counts.merge(ratingOf(r), 1, Integer::sum);
    }
    return counts;
  }

  private static String ratingOf(CadreResult r) {
    return r.rating() == null ? INCOMPLETE : r.rating().name();
  }

  private static String prefix(String sha) {
    return sha.length() <= SHA256_PREFIX ? sha : sha.substring(0, SHA256_PREFIX) + "…";
  }

  /** An SVG coordinate: at most two decimals, a dot whatever the page's language. */
  static String num(double value) {
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
