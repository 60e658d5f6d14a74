package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.ProductMeasure;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.ReviewResult;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * Invariants of continuous evaluation ({@code leaders 2026.1}) over generated 2026 inputs: reviews
 * (none, quarters, months, uneven spans), converted products due anywhere, quality failures, delays,
 * excuses, corruption findings and surveys ({@link RandomInputs#continuous}).
 */
class ContinuousEvaluationPropertiesTest {
  private static final String VERSION = "2026.1";
  private static final Interchange JSON = Interchange.standard();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static EvaluationInput input(long seed, int cadres) {
    return RandomInputs.continuous(RandomInputs.generate(seed, cadres, 2026), seed * 31 + 7);
  }

  private static EvaluationReport evaluate(EvaluationInput input) {
    return Leaders.EVALUATOR.evaluate(input, VERSION);
  }

  @Property(tries = 60)
  void score_isTheSumOfGeneralAndResultsWithin0To100(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int cadres) {
    EvaluationReport report = evaluate(input(seed, cadres));
    for (CadreResult r : report.results()) {
      Statistics.label("status").collect(r.status());
      if (r.status() == ResultStatus.RATED) {
        assertThat(r.components().codes()).as(r.cadre()).containsExactly("general", "results");
        assertThat(r.score()).as(r.cadre())
            .isEqualTo(r.components().get("general").add(r.components().get("results")))
            .isBetween(BigDecimal.ZERO, HUNDRED);
        assertThat(r.score().scale()).isEqualTo(2);
      } else {
        assertThat(r.score()).as(r.cadre()).isNull();
        assertThat(r.components()).as(r.cadre()).isNull();
        assertThat(r.reasons()).extracting(x -> x.code()).as(r.cadre())
            .containsAnyOf("NO_DECIDING_ASSESSMENT", "TOO_FEW_REVIEWS")
            .doesNotContain("NO_ANNUAL_TASKS");
      }
    }
  }

  @Property(tries = 60)
  void everyReviewsFigures_lieWithin0To100InThePeriodsOrder(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int cadres) {
    EvaluationInput input = input(seed, cadres);
    List<String> ids = input.period().reviewsOrWhole().stream().map(Review::id).toList();
    for (CadreResult r : evaluate(input).results()) {
      assertThat(r.reviews()).extracting(ReviewResult::review).as(r.cadre()).containsExactlyElementsOf(ids);
      for (ReviewResult x : r.reviews()) {
        Statistics.label("review").collect(x.counted() ? "counted" : "not counted");
        if (x.counted()) {
          assertThat(x.weight()).as("%s %s", r.cadre(), x.review()).isPositive();
          for (BigDecimal figure : List.of(x.quantity(), x.quality(), x.progress(), x.results())) {
            assertThat(figure).as("%s %s", r.cadre(), x.review()).isBetween(BigDecimal.ZERO, HUNDRED);
            assertThat(figure.scale()).isEqualTo(2);
          }
        } else {
          assertThat(x.weight()).isEqualTo(new BigDecimal("0.00"));
          assertThat(x.quantity()).isNull();
          assertThat(x.quality()).isNull();
          assertThat(x.progress()).isNull();
        }
      }
    }
  }

  @Property(tries = 60)
  void addingAnExcuseWhereAllowed_neverLowersAScore(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 15) int cadres, @ForAll @IntRange(min = 0, max = 10_000) int pick) {
    EvaluationInput input = input(seed, cadres);
    Map<String, LocalDate> deadlines = deadlines(input);
    List<Product> products = new ArrayList<>(input.products());
    List<Integer> allowed = new ArrayList<>();
    List<ExcuseKind> kinds = new ArrayList<>();
    for (int i = 0; i < products.size(); i++) {
      Product p = products.get(i);
      if (count(p, ExcuseKind.QUALITY) < p.qualityFailures()) {
        allowed.add(i);
        kinds.add(ExcuseKind.QUALITY);
      }
      if (count(p, ExcuseKind.DELAY) < delays(p, deadlines.get(owner(p)))) {
        allowed.add(i);
        kinds.add(ExcuseKind.DELAY);
      }
    }
    Statistics.label("an excuse is allowed").collect(!allowed.isEmpty());
    if (allowed.isEmpty()) {
      return;
    }
    int at = allowed.get(pick % allowed.size());
    ExcuseKind kind = kinds.get(pick % allowed.size());
    Statistics.label("kind").collect(kind);
    Product p = products.get(at);
    List<Excuse> excuses = new ArrayList<>(p.excuses());
    excuses.add(new Excuse(kind, "Ban Thường vụ Tỉnh ủy", "Nguyên nhân khách quan"));
    products.set(at, new Product(p.id(), p.task(), p.order(), p.indicator(), p.target(), p.actual(), p.direction(),
        p.delivered(), p.evidence(), p.conversion(), p.due(), p.qualityFailures(), p.delays(), excuses));
    EvaluationInput excused = new EvaluationInput(input.period(), input.units(), input.positions(), input.cadres(),
        input.tasks(), input.orders(), products, input.assessments(), input.disciplines(), input.confidenceVotes(),
        input.surveys());

    EvaluationReport before = evaluate(input);
    EvaluationReport after = evaluate(excused);
    for (CadreResult b : before.results()) {
      CadreResult a = after.result(b.cadre()).orElseThrow();
      assertThat(a.status()).as("%s after a %s excuse for %s", b.cadre(), kind, p.id()).isEqualTo(b.status());
      if (b.score() != null) {
        assertThat(a.score()).as("score of %s after a %s excuse for %s", b.cadre(), kind, p.id())
            .isGreaterThanOrEqualTo(b.score());
      }
    }
  }

  @Property(tries = 60)
  void splittingAReview_changesNoProductsCredit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 15) int cadres,
      @ForAll @IntRange(min = 0, max = 10_000) int pick, @ForAll @IntRange(min = 0, max = 10_000) int cut) {
    EvaluationInput input = input(seed, cadres);
    EvaluationPeriod period = input.period();
    List<Review> reviews = period.reviewsOrWhole();
    List<Integer> splittable = new ArrayList<>();
    for (int i = 0; i < reviews.size(); i++) {
      if (reviews.get(i).end().isAfter(reviews.get(i).start())) {
        splittable.add(i);
      }
    }
    if (splittable.isEmpty()) {
      return;
    }
    int at = splittable.get(pick % splittable.size());
    Review whole = reviews.get(at);
    long days = whole.end().toEpochDay() - whole.start().toEpochDay();
    LocalDate firstEnd = whole.start().plusDays(cut % days);
    Review first = new Review(whole.id() + "~1", whole.start(), firstEnd);
    Review second = new Review(whole.id() + "~2", firstEnd.plusDays(1), whole.end());
    List<Review> split = new ArrayList<>(reviews);
    split.set(at, first);
    split.add(at + 1, second);
    Statistics.label("reviews before the split").collect(period.reviews().isEmpty() ? "none" : reviews.size());
    EvaluationInput finer = new EvaluationInput(new EvaluationPeriod(period.id(), period.start(), period.end(),
        period.ruleSetVersion(), period.quotaExceptions(), split), input.units(), input.positions(), input.cadres(),
        input.tasks(), input.orders(), input.products(), input.assessments(), input.disciplines(),
        input.confidenceVotes(), input.surveys());

    Map<String, ProductMeasure> before = measures(evaluate(input));
    Map<String, ProductMeasure> after = measures(evaluate(finer));
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (Map.Entry<String, ProductMeasure> e : before.entrySet()) {
      ProductMeasure b = e.getValue();
      ProductMeasure a = after.get(e.getKey());
      String what = "product " + e.getKey() + " after " + whole.id() + " was cut after " + firstEnd;
      assertThat(a.weight()).as(what).isEqualTo(b.weight());
      assertThat(a.completed()).as(what).isEqualTo(b.completed());
      assertThat(a.qualityCredit()).as(what).isEqualTo(b.qualityCredit());
      assertThat(a.progressCredit()).as(what).isEqualTo(b.progressCredit());
      if (whole.id().equals(b.review())) {
        assertThat(a.review()).as(what).isIn(first.id(), second.id());
      } else {
        assertThat(a.review()).as(what).isEqualTo(b.review());
      }
    }
  }

  @Property(tries = 40)
  void shufflingTheInputsArrays_givesAByteIdenticalReport(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int cadres) {
    EvaluationInput input = input(seed, cadres);
    EvaluationInput shuffled = RandomInputs.shuffled(input, seed ^ 0x2026L);

    assertThat(JSON.writeReportAsString(evaluate(shuffled))).isEqualTo(JSON.writeReportAsString(evaluate(input)));
  }

  // ------------------------------------------------------------------------------------------------

  /** Each product's measure by its id, over every cadre's work. */
  private static Map<String, ProductMeasure> measures(EvaluationReport report) {
    Map<String, ProductMeasure> out = new HashMap<>();
    for (CadreResult r : report.results()) {
      r.work().forEach(w -> {
        for (ProductOutcome p : w.products()) {
          if (p.measure() != null) {
            out.put(p.id(), p.measure());
          }
        }
      });
    }
    return out;
  }

  private static Map<String, LocalDate> deadlines(EvaluationInput input) {
    Map<String, LocalDate> out = new HashMap<>();
    for (Task t : input.tasks()) {
      out.put("T:" + t.id(), t.deadline());
    }
    for (Order o : input.orders()) {
      out.put("O:" + o.id(), o.deadline());
    }
    return out;
  }

  private static String owner(Product p) {
    return p.task() != null ? "T:" + p.task() : "O:" + p.order();
  }

  /** The delays a DELAY excuse may cancel (interchange.md): {@code delays}, or 1 when delivered after due. */
  private static int delays(Product p, LocalDate deadline) {
    LocalDate due = p.dueOr(deadline);
    if (p.delays() == 0 && p.delivered() != null && p.delivered().isAfter(due)) {
      return 1;
    }
    return p.delays();
  }

  private static int count(Product p, ExcuseKind kind) {
    return (int) p.excuses().stream().filter(x -> x.kind() == kind).count();
  }
}
