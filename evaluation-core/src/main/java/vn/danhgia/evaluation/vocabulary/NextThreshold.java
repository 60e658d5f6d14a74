package vn.danhgia.evaluation.vocabulary;

import java.math.BigDecimal;
import java.util.Objects;
import vn.danhgia.evaluation.model.Rating;

/**
 * The next band above a rated cadre's score: the rating of the lowest threshold strictly above it
 * and the points missing to it, whatever the conditions. Reported as the result's {@code nextBand}
 * by a rule set whose manifest declares {@code resultParts = nextBand}; a cadre with none (at or
 * above the top threshold, or not rated) has a null one.
 *
 * @param cadre the cadre's id
 * @param rating the rating of that threshold
 * @param points the threshold minus the score, more than 0
 */
public record NextThreshold(String cadre, Rating rating, BigDecimal points) {
  /**
   * Checks that every part is present.
   *
   * @param cadre the cadre's id
   * @param rating the rating of that threshold
   * @param points the threshold minus the score, more than 0
   */
  public NextThreshold {
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(points, "points");
  }
}
