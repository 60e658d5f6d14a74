package vn.danhgia.evaluation.ruleset;

/**
 * An exact fraction such as {@code 2/3}, for parameters that a decimal cannot hold exactly.
 *
 * @param numerator the numerator, not negative
 * @param denominator the denominator, positive
 */
public record Ratio(long numerator, long denominator) {
  /**
   * Checks the signs.
   *
   * @param numerator the numerator, not negative
   * @param denominator the denominator, positive
   */
  public Ratio {
    if (numerator < 0 || denominator <= 0) {
      throw new IllegalArgumentException("not a ratio: " + numerator + "/" + denominator);
    }
  }

  /**
   * Whether {@code part / whole} is strictly greater than this ratio.
   *
   * @param part the part, e.g. the low-confidence votes
   * @param whole the whole, positive
   * @return {@code part / whole > numerator / denominator}
   */
  public boolean isExceededBy(long part, long whole) {
    return Math.multiplyExact(part, denominator) > Math.multiplyExact(numerator, whole);
  }

  /**
   * Whether {@code part / whole} is at least this ratio.
   *
   * @param part the part
   * @param whole the whole, positive
   * @return {@code part / whole >= numerator / denominator}
   */
  public boolean isReachedBy(long part, long whole) {
    return Math.multiplyExact(part, denominator) >= Math.multiplyExact(numerator, whole);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
