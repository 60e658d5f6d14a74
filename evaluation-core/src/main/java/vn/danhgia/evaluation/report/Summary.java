package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import vn.danhgia.evaluation.model.Rating;

/**
 * How many cadres got each rating, and how many could not be rated.
 *
 * @param excellent rated {@code EXCELLENT}
 * @param good rated {@code GOOD}
 * @param completed rated {@code COMPLETED}
 * @param notCompleted rated {@code NOT_COMPLETED}
 * @param incomplete not rated
 */
public record Summary(
    @JsonProperty("EXCELLENT") int excellent,
    @JsonProperty("GOOD") int good,
    @JsonProperty("COMPLETED") int completed,
    @JsonProperty("NOT_COMPLETED") int notCompleted,
    @JsonProperty("INCOMPLETE") int incomplete) {

  /**
   * Counts the results.
   *
   * @param results the results of one report
   * @return the counts
   */
  public static Summary of(Collection<CadreResult> results) {
    int[] n = new int[Rating.values().length];
    int incomplete = 0;
    for (CadreResult r : results) {
      if (r.rating() == null) {
        incomplete++;
      } else {
        n[r.rating().ordinal()]++;
      }
    }
    return new Summary(n[0], n[1], n[2], n[3], incomplete);
  }

  /**
   * @param rating a rating
   * @return how many cadres got it
   */
  public int count(Rating rating) {
    return switch (rating) {
      case EXCELLENT -> excellent;
      case GOOD -> good;
      case COMPLETED -> completed;
      case NOT_COMPLETED -> notCompleted;
    };
  }
}
