package vn.danhgia.evaluation.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.NextBand;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.ReviewResult;
import vn.danhgia.evaluation.scenario.ExpectationFailure.Aspect;

/**
 * What one cadre's result must be. Every part is optional: {@code null} (or an empty list, for
 * {@code reasons} and {@code notReasons}) is not checked. Immutable; build one with {@link #any()}
 * and the {@code with…} methods.
 *
 * @param status the status, or {@code null}
 * @param rating the rating, or {@code null}
 * @param score the score, compared as a decimal ({@code 86.25} equals {@code 86.250}), or {@code null}
 * @param reasons reason codes that must be among the result's reasons
 * @param notReasons reason codes that must not be among them
 * @param flags the result's flags exactly, in any order ({@code []}: no flag), or {@code null}
 * @param exactReasons whether the result's distinct reason codes must be exactly {@code reasons}
 * @param components the score's components exactly (the same codes, each compared as a decimal), or
 *     {@code null}
 * @param nextBand the band above the score ({@link NextBand#NONE}: none), or {@code null}
 * @param reviews the figures of every review of the period, in its order, each compared as a
 *     decimal (the four figures null for a review not counted), or {@code null}
 */
public record Expectation(
    @Nullable ResultStatus status,
    @Nullable Rating rating,
    @Nullable BigDecimal score,
    List<String> reasons,
    List<String> notReasons,
    @Nullable List<String> flags,
    boolean exactReasons,
    @Nullable Map<String, BigDecimal> components,
    @Nullable NextBand nextBand,
    @Nullable List<ReviewResult> reviews) {

  /**
   * Copies the lists.
   *
   * @param status the status, or {@code null}
   * @param rating the rating, or {@code null}
   * @param score the score, compared as a decimal ({@code 86.25} equals {@code 86.250}), or {@code
   *     null}
   * @param reasons reason codes that must be among the result's reasons
   * @param notReasons reason codes that must not be among them
   * @param flags the result's flags exactly, in any order ({@code []}: no flag), or {@code null}
   * @param exactReasons whether the result's distinct reason codes must be exactly {@code reasons}
   * @param components the score's components exactly, or {@code null}
   * @param nextBand the band above the score ({@link NextBand#NONE}: none), or {@code null}
   * @param reviews the figures of every review of the period, in its order, or {@code null}
   */
  public Expectation {
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    notReasons = List.copyOf(Objects.requireNonNull(notReasons, "notReasons"));
    flags = flags == null ? null : List.copyOf(flags);
    components = components == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(components));
    reviews = reviews == null ? null : List.copyOf(reviews);
  }

  /**
   * An expectation of the parts of a result that every version has.
   *
   * @param status the status, or {@code null}
   * @param rating the rating, or {@code null}
   * @param score the score, compared as a decimal, or {@code null}
   * @param reasons reason codes that must be among the result's reasons
   * @param notReasons reason codes that must not be among them
   * @param flags the result's flags exactly, in any order, or {@code null}
   * @param exactReasons whether the result's distinct reason codes must be exactly {@code reasons}
   */
  public Expectation(@Nullable ResultStatus status, @Nullable Rating rating, @Nullable BigDecimal score,
      List<String> reasons, List<String> notReasons, @Nullable List<String> flags, boolean exactReasons) {
    this(status, rating, score, reasons, notReasons, flags, exactReasons, null, null, null);
  }

  /** @return an expectation that checks nothing yet */
  public static Expectation any() {
    return new Expectation(null, null, null, List.of(), List.of(), null, false, null, null, null);
  }

  /**
   * @param s the status expected
   * @return a copy that expects it
   */
  public Expectation withStatus(ResultStatus s) {
    return new Expectation(s, rating, score, reasons, notReasons, flags, exactReasons, components, nextBand, reviews);
  }

  /**
   * @param r the rating expected (the status is then RATED)
   * @return a copy that expects it
   */
  public Expectation withRating(Rating r) {
    return new Expectation(status, r, score, reasons, notReasons, flags, exactReasons, components, nextBand, reviews);
  }

  /**
   * @param s the score expected, e.g. {@code "86.25"}
   * @return a copy that expects it
   */
  public Expectation withScore(String s) {
    return new Expectation(status, rating, new BigDecimal(s), reasons, notReasons, flags, exactReasons, components,
        nextBand, reviews);
  }

  /**
   * @param codes reason codes that must be given
   * @return a copy that expects them too
   */
  public Expectation withReasons(String... codes) {
    List<String> all = new ArrayList<>(reasons);
    all.addAll(List.of(codes));
    return new Expectation(status, rating, score, all, notReasons, flags, exactReasons, components, nextBand, reviews);
  }

  /**
   * @param codes reason codes that must not be given
   * @return a copy that expects them absent too
   */
  public Expectation withoutReasons(String... codes) {
    List<String> all = new ArrayList<>(notReasons);
    all.addAll(List.of(codes));
    return new Expectation(status, rating, score, reasons, all, flags, exactReasons, components, nextBand, reviews);
  }

  /**
   * @param codes every flag expected ({@code none}: no flag)
   * @return a copy that expects exactly these flags
   */
  public Expectation withFlags(String... codes) {
    return new Expectation(status, rating, score, reasons, notReasons, List.of(codes), exactReasons, components,
        nextBand, reviews);
  }

  /**
   * @param expected the components expected, code to points, e.g. {@code general = 27.00}
   * @return a copy that expects exactly these components
   */
  public Expectation withComponents(Map<String, BigDecimal> expected) {
    return new Expectation(status, rating, score, reasons, notReasons, flags, exactReasons, expected, nextBand,
        reviews);
  }

  /**
   * @param expected the band above the score, {@link NextBand#NONE} for none
   * @return a copy that expects it
   */
  public Expectation withNextBand(NextBand expected) {
    return new Expectation(status, rating, score, reasons, notReasons, flags, exactReasons, components,
        Objects.requireNonNull(expected, "expected"), reviews);
  }

  /**
   * @param expected the figures of every review of the period, in its order
   * @return a copy that expects them
   */
  public Expectation withReviews(List<ReviewResult> expected) {
    return new Expectation(status, rating, score, reasons, notReasons, flags, exactReasons, components, nextBand,
        expected);
  }

  /** @return a copy that expects exactly the reason codes of {@link #reasons()}, no other */
  public Expectation withExactReasons() {
    return new Expectation(status, rating, score, reasons, notReasons, flags, true, components, nextBand, reviews);
  }

  /**
   * Checks a cadre's result.
   *
   * @param result the result, or {@code null} when the report has none for the cadre
   * @param cadre the cadre's id
   * @return every expectation the result does not meet; empty when it meets them all
   */
  public List<ExpectationFailure> check(String cadre, @Nullable CadreResult result) {
    List<ExpectationFailure> out = new ArrayList<>();
    if (result == null) {
      out.add(new ExpectationFailure(cadre, Aspect.RESULT, "a result for cadre " + cadre, "none", List.of()));
      return out;
    }
    List<Reason> given = result.reasons();
    if (status != null && status != result.status()) {
      out.add(new ExpectationFailure(cadre, Aspect.STATUS, status.name(), result.status().name(), given));
    }
    if (rating != null && rating != result.rating()) {
      out.add(new ExpectationFailure(cadre, Aspect.RATING, rating.name(),
          result.rating() == null ? "no rating (" + result.status() + ")" : result.rating().name(), given));
    }
    if (score != null && (result.score() == null || score.compareTo(result.score()) != 0)) {
      out.add(new ExpectationFailure(cadre, Aspect.SCORE, score.toPlainString(),
          result.score() == null ? "no score (" + result.status() + ")" : result.score().toPlainString(), given));
    }
    Set<String> codes = new LinkedHashSet<>();
    given.forEach(r -> codes.add(r.code()));
    List<String> missing = reasons.stream().filter(c -> !codes.contains(c)).toList();
    if (!missing.isEmpty()) {
      out.add(new ExpectationFailure(cadre, Aspect.REASONS, "reason" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing), codesText(codes), given));
    }
    List<String> unwanted = notReasons.stream().filter(codes::contains).toList();
    if (!unwanted.isEmpty()) {
      out.add(new ExpectationFailure(cadre, Aspect.NOT_REASONS, "no reason " + String.join(", ", unwanted),
          codesText(codes), given));
    }
    if (exactReasons && !new TreeSet<>(codes).equals(new TreeSet<>(reasons))) {
      out.add(new ExpectationFailure(cadre, Aspect.EXACT_REASONS, "exactly " + codesText(new TreeSet<>(reasons)),
          codesText(new TreeSet<>(codes)), given));
    }
    if (flags != null && !new TreeSet<>(flags).equals(new TreeSet<>(result.flags()))) {
      out.add(new ExpectationFailure(cadre, Aspect.FLAGS, flagsText(new TreeSet<>(flags)),
          flagsText(new TreeSet<>(result.flags())), given));
    }
    checkComponents(cadre, result, given, out);
    checkNextBand(cadre, result, given, out);
    checkReviews(cadre, result, given, out);
    return out;
  }

  private void checkComponents(String cadre, CadreResult result, List<Reason> given, List<ExpectationFailure> out) {
    if (components == null) {
      return;
    }
    Map<String, BigDecimal> actual = result.components() == null ? null : result.components().asMap();
    if (actual == null || !actual.keySet().equals(components.keySet())
        || components.entrySet().stream().anyMatch(e -> e.getValue().compareTo(actual.get(e.getKey())) != 0)) {
      out.add(new ExpectationFailure(cadre, Aspect.COMPONENTS, componentsText(components),
          actual == null ? "no components (" + result.status() + ")" : componentsText(actual), given));
    }
  }

  private void checkNextBand(String cadre, CadreResult result, List<Reason> given, List<ExpectationFailure> out) {
    if (nextBand == null) {
      return;
    }
    NextBand actual = result.nextBand();
    boolean same = actual != null && actual.rating() == nextBand.rating()
        && (actual.points() == null ? nextBand.points() == null
            : nextBand.points() != null && actual.points().compareTo(nextBand.points()) == 0);
    if (!same) {
      out.add(new ExpectationFailure(cadre, Aspect.NEXT_BAND, bandText(nextBand),
          actual == null ? "no next band reported by this version" : bandText(actual), given));
    }
  }

  private void checkReviews(String cadre, CadreResult result, List<Reason> given, List<ExpectationFailure> out) {
    if (reviews == null) {
      return;
    }
    List<ReviewResult> actual = result.reviews();
    if (actual == null) {
      out.add(new ExpectationFailure(cadre, Aspect.REVIEWS, reviewsText(reviews), "no reviews reported by this version",
          given));
      return;
    }
    boolean same = actual.size() == reviews.size();
    for (int i = 0; same && i < reviews.size(); i++) {
      same = sameReview(reviews.get(i), actual.get(i));
    }
    if (!same) {
      out.add(new ExpectationFailure(cadre, Aspect.REVIEWS, reviewsText(reviews), reviewsText(actual), given));
    }
  }

  private static boolean sameReview(ReviewResult a, ReviewResult b) {
    return a.review().equals(b.review()) && sameDecimal(a.weight(), b.weight())
        && sameDecimal(a.quantity(), b.quantity())
        && sameDecimal(a.quality(), b.quality()) && sameDecimal(a.progress(), b.progress())
        && sameDecimal(a.results(), b.results());
  }

  private static boolean sameDecimal(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String componentsText(Map<String, BigDecimal> parts) {
    List<String> out = new ArrayList<>();
    parts.forEach((code, points) -> out.add(code + " " + points.toPlainString()));
    return "components " + (out.isEmpty() ? "none" : String.join(", ", out));
  }

  private static String bandText(NextBand band) {
    return band.exists() ? "next band " + band.rating() + " " + band.points().toPlainString() + " points away"
        : "no next band";
  }

  private static String reviewsText(List<ReviewResult> list) {
    List<String> out = new ArrayList<>();
    for (ReviewResult r : list) {
      out.add(r.review() + " (weight " + r.weight().toPlainString() + (r.counted() || r.quantity() != null
          ? ", quantity " + text(r.quantity()) + ", quality " + text(r.quality()) + ", progress "
              + text(r.progress()) + ", results " + text(r.results())
          : ", not counted") + ")");
    }
    return "reviews " + (out.isEmpty() ? "none" : String.join("; ", out));
  }

  private static String text(@Nullable BigDecimal d) {
    return d == null ? "null" : d.toPlainString();
  }

  private static String codesText(Set<String> codes) {
    return codes.isEmpty() ? "no reason" : "reasons " + String.join(", ", codes);
  }

  private static String flagsText(Set<String> flags) {
    return flags.isEmpty() ? "no flag" : "flags " + String.join(", ", flags);
  }
}
