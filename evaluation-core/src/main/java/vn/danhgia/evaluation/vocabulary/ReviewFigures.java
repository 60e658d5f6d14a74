package vn.danhgia.evaluation.vocabulary;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cadre's figures in one review of the period, exact; the engine reports them rounded, in the
 * period's order of reviews. A rule set whose manifest declares {@code resultParts = reviews} gives
 * every cadre one of these for every review of the period.
 *
 * @param cadre the cadre's id
 * @param review the review's id
 * @param weight the weight of the work due in it (0 when nothing was due)
 * @param quantity the quantity figure, 0 to 100, or null for a review not counted
 * @param quality the quality figure, or null for a review not counted
 * @param progress the progress figure, or null for a review not counted
 * @param results the review's results, or null for a review not counted
 */
public record ReviewFigures(
    String cadre,
    String review,
    Exact weight,
    @Nullable Exact quantity,
    @Nullable Exact quality,
    @Nullable Exact progress,
    @Nullable Exact results) {
  /**
   * Checks that the ids and weight are present.
   *
   * @param cadre the cadre's id
   * @param review the review's id
   * @param weight the weight of the work due in it (0 when nothing was due)
   * @param quantity the quantity figure, 0 to 100, or null for a review not counted
   * @param quality the quality figure, or null for a review not counted
   * @param progress the progress figure, or null for a review not counted
   * @param results the review's results, or null for a review not counted
   */
  public ReviewFigures {
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(weight, "weight");
  }

  /**
   * A review with nothing due in it for the cadre: not counted, no figures.
   *
   * @param cadre the cadre's id
   * @param review the review's id
   * @return its figures
   */
  public static ReviewFigures notCounted(String cadre, String review) {
    return new ReviewFigures(cadre, review, Exact.ZERO, null, null, null, null);
  }

  /** @return whether the review counts for the cadre (it has figures) */
  public boolean counted() {
    return results != null;
  }
}
