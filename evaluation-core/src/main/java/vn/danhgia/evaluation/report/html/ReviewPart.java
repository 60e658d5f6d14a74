package vn.danhgia.evaluation.report.html;

import static vn.danhgia.evaluation.report.html.PageView.clean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.NextBand;
import vn.danhgia.evaluation.report.ProductMeasure;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.ReviewResult;
import vn.danhgia.evaluation.report.WorkOutcome;
import vn.danhgia.evaluation.report.html.PageView.ProductView;
import vn.danhgia.evaluation.report.html.PageView.WorkView;

/**
 * What a cadre's section shows of a version whose results carry reviews: the results of each
 * review as a chart and a table, and the products grouped by the review they belong to, with how
 * each counted there ({@link ProductMeasure}). Plain texts, as {@link PageView}.
 *
 * @param chart the chart of the reviews' results
 * @param rows one a review, in the period's order
 * @param groups the products by review: the period's reviews that have products, in its order,
 *     then the products in no review
 * @param hasGroups whether there is a product to show
 */
record ReviewPart(ReviewChartLayout.ReviewChart chart, List<ReviewRow> rows, List<ProductGroup> groups,
    boolean hasGroups) {

  /** A review's figures; the four figures are empty when it was not counted. */
  record ReviewRow(String review, String dates, boolean counted, String weight, String quantity, String quality,
      String progress, String results) {}

  /** The products of one review (or of none: {@code inReview} false), with the review's results. */
  record ProductGroup(String review, boolean inReview, String dates, String results, List<MeasureRow> products) {}

  /** How one product counted in its review. */
  record MeasureRow(String id, String indicator, String owner, String weight, boolean completed, String qualityCredit,
      String progressCredit, String deductions, boolean hasExcuses, List<ExcuseView> excuses) {}

  /** An excuse: what it cancels, who approved it and why. */
  record ExcuseView(String kind, String kindLabel, String approvedBy, String note) {}

  /** The band above the score: its rating and how many points are missing to it, in words. */
  record NextBandView(String rating, String text) {}

  /**
   * @param result a cadre's result
   * @param work its work as the page shows it, in the order of {@code result.work()}
   * @param periodReviews the input period's reviews, by id, for their dates (empty when unknown)
   * @param texts the page's language
   * @return the part, or none (an empty list) when the result carries no reviews
   */
  static List<ReviewPart> of(CadreResult result, List<WorkView> work, Map<String, Review> periodReviews, Texts texts) {
    List<ReviewResult> reviews = result.reviews();
    if (reviews == null) {
      return List.of();
    }
    List<ReviewRow> rows = new ArrayList<>();
    Map<String, ReviewResult> byId = new LinkedHashMap<>();
    for (ReviewResult r : reviews) {
      byId.putIfAbsent(r.review(), r);
      rows.add(new ReviewRow(clean(r.review()), dates(periodReviews.get(r.review()), texts), r.counted(),
          texts.score(r.weight()), figure(r.quantity(), texts), figure(r.quality(), texts),
          figure(r.progress(), texts), figure(r.results(), texts)));
    }
    // The period's reviews first, in its order; then any other review a product names; then none.
    Map<String, List<MeasureRow>> grouped = new LinkedHashMap<>();
    byId.keySet().forEach(id -> grouped.put(id, new ArrayList<>()));
    List<MeasureRow> inNone = new ArrayList<>();
    for (int i = 0; i < result.work().size(); i++) {
      WorkOutcome w = result.work().get(i);
      WorkView view = work.get(i);
      String owner = view.id() + " · " + view.title();
      for (int j = 0; j < w.products().size(); j++) {
        ProductOutcome p = w.products().get(j);
        if (p.measure() == null) {
          continue;
        }
        MeasureRow row = measure(p.measure(), view.products().get(j), owner, texts);
        if (p.measure().review() == null) {
          inNone.add(row);
        } else {
          grouped.computeIfAbsent(p.measure().review(), k -> new ArrayList<>()).add(row);
        }
      }
    }
    List<ProductGroup> groups = new ArrayList<>();
    grouped.forEach((id, products) -> {
      if (!products.isEmpty()) {
        ReviewResult r = byId.get(id);
        String results = r == null ? "" : r.counted() ? texts.format("reviews.groupResults", texts.score(r.results()))
            : texts.get("reviews.notCounted");
        groups.add(new ProductGroup(clean(id), true, dates(periodReviews.get(id), texts), results, products));
      }
    });
    if (!inNone.isEmpty()) {
      groups.add(new ProductGroup(texts.get("reviews.inNoReview"), false, "", "", inNone));
    }
    return List.of(new ReviewPart(ReviewChartLayout.of(reviews, texts), rows, groups, !groups.isEmpty()));
  }

  /**
   * @param result a cadre's result
   * @param shortLabels each rating's short label in the page's language
   * @param texts the page's language
   * @return the band above the score, or none (an empty list) when there is none or the version does not report it
   */
  static List<NextBandView> nextBand(CadreResult result, Map<String, String> shortLabels, Texts texts) {
    NextBand next = result.nextBand();
    if (next == null || !next.exists()) {
      return List.of();
    }
    String rating = next.rating().name();
    return List.of(new NextBandView(rating,
        texts.format("nextBand.text", texts.score(next.points()), shortLabels.get(rating))));
  }

  private static MeasureRow measure(ProductMeasure m, ProductView product, String owner, Texts texts) {
    List<String> deductions = new ArrayList<>();
    if (m.qualityDeductions() != 0) {
      deductions.add(texts.format("measure.qualityDeductions", m.qualityDeductions()));
    }
    if (m.delayDeductions() != 0) {
      deductions.add(texts.format("measure.delayDeductions", m.delayDeductions()));
    }
    List<ExcuseView> excuses = m.excuses().stream().map(e -> new ExcuseView(e.kind().name(),
        texts.get("excuse." + e.kind().name()), texts.format("excuse.approvedBy", clean(e.approvedBy())),
        e.note() == null ? "" : clean(e.note()))).toList();
    return new MeasureRow(product.id(), product.indicator(), owner, texts.score(m.weight()), m.completed(),
        texts.score(m.qualityCredit()), texts.score(m.progressCredit()), String.join(" · ", deductions),
        !excuses.isEmpty(), excuses);
  }

  private static String figure(@Nullable BigDecimal value, Texts texts) {
    return value == null ? "" : texts.score(value);
  }

  private static String dates(@Nullable Review review, Texts texts) {
    return review == null ? "" : texts.date(review.start()) + " – " + texts.date(review.end());
  }
}
