package vn.danhgia.evaluation.engine.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.RuleExecutionException;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.report.NextBand;
import vn.danhgia.evaluation.report.ProductMeasure;
import vn.danhgia.evaluation.report.ReviewResult;
import vn.danhgia.evaluation.ruleset.ResultPart;
import vn.danhgia.evaluation.ruleset.RuleSetManifest;
import vn.danhgia.evaluation.vocabulary.Exact;
import vn.danhgia.evaluation.vocabulary.NextThreshold;
import vn.danhgia.evaluation.vocabulary.ProductReview;
import vn.danhgia.evaluation.vocabulary.ReviewFigures;

/**
 * The optional parts of one cadre's result ({@link ResultPart}), from the facts the rules gave it:
 * how each product counted in the reviews, its figures in each review of the period, the band above
 * its score. A fact of a part the manifest does not declare, a fact given twice, a review of the
 * period without figures or figures of another review are errors of the rules.
 */
final class ResultParts {
  private final String cadre;
  private final RuleSetManifest manifest;
  private final Map<String, Product> products;
  private final Function<String, RuleExecutionException> inconsistent;
  private final Map<String, ProductReview> measures = new HashMap<>();
  private final Map<String, ReviewFigures> figures = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private @Nullable NextThreshold next;

  /**
   * @param cadre the cadre's id
   * @param manifest the manifest of the version applied, which says which parts results carry
   * @param products the input's products by id, for their excuses
   * @param inconsistent makes the error of rules that gave an inconsistent result, from what they did
   */
  ResultParts(String cadre, RuleSetManifest manifest, Map<String, Product> products,
      Function<String, RuleExecutionException> inconsistent) {
    this.cadre = cadre;
    this.manifest = manifest;
    this.products = products;
    this.inconsistent = inconsistent;
  }

  void add(ProductReview measure) {
    carried(ResultPart.REVIEWS, "a product's review figures");
    if (measures.put(measure.product(), measure) != null) {
      throw inconsistent.apply("counted product \"" + measure.product() + "\" twice in the reviews");
    }
  }

  void add(ReviewFigures review) {
    carried(ResultPart.REVIEWS, "review figures");
    if (figures.put(review.review(), review) != null) {
      throw inconsistent.apply("gave cadre \"" + cadre + "\" two sets of figures for review \"" + review.review() + "\"");
    }
  }

  void add(NextThreshold band) {
    carried(ResultPart.NEXT_BAND, "a next band");
    if (next != null) {
      throw inconsistent.apply("gave cadre \"" + cadre + "\" two next bands");
    }
    next = band;
  }

  private void carried(ResultPart part, String what) {
    if (!manifest.carries(part)) {
      throw inconsistent.apply("gave " + what + ", but the manifest does not declare resultParts = " + part.word());
    }
  }

  /**
   * @param period the period evaluated
   * @return the figures of every review of the period, in its order, rounded; null when the version's
   *     results carry no reviews
   */
  @Nullable List<ReviewResult> reviews(EvaluationPeriod period) {
    if (!manifest.carries(ResultPart.REVIEWS)) {
      return null;
    }
    List<Review> periodReviews = period.reviewsOrWhole();
    Set<String> left = new HashSet<>(figures.keySet());
    List<ReviewResult> out = new ArrayList<>(periodReviews.size());
    for (Review r : periodReviews) {
      ReviewFigures f = figures.get(r.id());
      if (f == null) {
        throw inconsistent.apply("gave cadre \"" + cadre + "\" no figures for review \"" + r.id() + "\" (a version with"
            + " resultParts = reviews gives every cadre figures for every review of the period)");
      }
      left.remove(r.id());
      out.add(new ReviewResult(r.id(), f.weight().rounded(), rounded(f.quantity()), rounded(f.quality()),
          rounded(f.progress()), rounded(f.results())));
    }
    if (!left.isEmpty()) {
      throw inconsistent.apply("gave cadre \"" + cadre + "\" figures for review \"" + left.iterator().next()
          + "\", which is not a review of the period");
    }
    return out;
  }

  /**
   * @param rated whether the cadre is rated
   * @return the band above the score ({@link NextBand#NONE} when there is none, or the cadre is not
   *     rated); null when the version's results do not carry it
   */
  @Nullable NextBand nextBand(boolean rated) {
    if (!manifest.carries(ResultPart.NEXT_BAND)) {
      return null;
    }
    if (next == null || !rated) {
      return NextBand.NONE;
    }
    return new NextBand(next.rating(), next.points().setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * @param product a product's id
   * @return how it counted in the reviews, rounded, with its excuses; null when the rules did not
   *     measure it
   */
  @Nullable ProductMeasure measure(String product) {
    ProductReview m = measures.get(product);
    if (m == null) {
      return null;
    }
    taken.add(product);
    return new ProductMeasure(m.review(), twoPlaces(m.weight()), m.completed(), twoPlaces(m.qualityCredit()),
        twoPlaces(m.progressCredit()), m.qualityDeductions(), m.delayDeductions(), inOrder(products.get(product).excuses()));
  }

  /**
   * Refuses a measure of a product that is not in the input. Checked once the cadre's products are
   * explained ({@link #measure}), so that the input's products are looked up only for the measures
   * no product of the cadre took.
   *
   */
  void checkMeasured() {
    if (taken.size() == measures.size()) {
      return;
    }
    for (String product : measures.keySet()) {
      if (!products.containsKey(product)) {
        throw inconsistent.apply("counted product \"" + product + "\" in the reviews, which is not in the input");
      }
    }
  }

  private static List<Excuse> inOrder(List<Excuse> excuses) {
    if (excuses.size() < 2) {
      return excuses;
    }
    List<Excuse> sorted = new ArrayList<>(excuses);
    sorted.sort(Excuse.ORDER);
    return sorted;
  }

  private static BigDecimal twoPlaces(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static @Nullable BigDecimal rounded(@Nullable Exact value) {
    return value == null ? null : value.rounded();
  }
}
