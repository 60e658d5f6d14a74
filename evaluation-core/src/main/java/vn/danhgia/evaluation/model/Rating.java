package vn.danhgia.evaluation.model;

/**
 * A quality rating (xếp loại chất lượng), of a cadre or of a unit, from the highest to the lowest.
 *
 * <p>The Vietnamese labels here are the defaults; a rule set may word a label differently for its
 * period (version {@code 2019.1} words {@link #COMPLETED} with "… nhưng còn hạn chế về năng lực").
 */
public enum Rating {
  /** Hoàn thành xuất sắc nhiệm vụ: completed tasks excellently. */
  EXCELLENT("Hoàn thành xuất sắc nhiệm vụ", "Completed tasks excellently"),
  /** Hoàn thành tốt nhiệm vụ: completed tasks well. */
  GOOD("Hoàn thành tốt nhiệm vụ", "Completed tasks well"),
  /** Hoàn thành nhiệm vụ: completed tasks. */
  COMPLETED("Hoàn thành nhiệm vụ", "Completed tasks"),
  /** Không hoàn thành nhiệm vụ: did not complete tasks. */
  NOT_COMPLETED("Không hoàn thành nhiệm vụ", "Did not complete tasks");

  private final String vietnamese;
  private final String english;

  Rating(String vietnamese, String english) {
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /** @return the default Vietnamese label */
  public String vietnamese() {
    return vietnamese;
  }

  /** @return the English label */
  public String english() {
    return english;
  }

  /**
   * Whether this rating is at least as high as {@code other}.
   *
   * @param other the rating to compare with
   * @return {@code true} when this is {@code other} or better
   */
  public boolean isAtLeast(Rating other) {
    return ordinal() <= other.ordinal();
  }

  /**
   * Whether this rating is strictly higher than {@code other}.
   *
   * @param other the rating to compare with
   * @return {@code true} when this is better than {@code other}
   */
  public boolean isAbove(Rating other) {
    return ordinal() < other.ordinal();
  }

  /**
   * The lower of this rating and {@code bound}: a cap never raises a rating.
   *
   * @param bound the highest rating allowed
   * @return this rating, or {@code bound} when this one is higher
   */
  public Rating atMost(Rating bound) {
    return isAtLeast(bound) ? bound : this;
  }
}
