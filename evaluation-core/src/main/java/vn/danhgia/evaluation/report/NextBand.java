package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Rating;

/**
 * The band above a rated cadre's score: the rating of the lowest threshold strictly above it, and
 * the points missing to it (threshold − score, 2 decimals), whatever the conditions. {@link #NONE}
 * (written as {@code null}) for a cadre at or above the top threshold, or not rated.
 *
 * @param rating the rating of that threshold, or null for {@link #NONE}
 * @param points the points missing to it, or null for {@link #NONE}
 */
public record NextBand(@Nullable Rating rating, @Nullable BigDecimal points) {
  /** No band above: written as {@code null}. */
  public static final NextBand NONE = new NextBand(null, null);

  /**
   * Checks that both parts are given, or neither.
   *
   * @param rating the rating of that threshold, or null
   * @param points the points missing to it, or null
   * @throws IllegalArgumentException when only one is given
   */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public NextBand {
    if ((rating == null) != (points == null)) {
      throw new IllegalArgumentException("a next band has both a rating and points, or neither");
    }
  }

  /** @return whether there is a band above */
  public boolean exists() {
    return rating != null;
  }

  /** @return what the report writes: {@code {"rating", "points"}}, or null for {@link #NONE} */
  @JsonValue
  @Nullable Map<String, Object> written() {
    if (rating == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rating", rating);
    out.put("points", points);
    return out;
  }
}
