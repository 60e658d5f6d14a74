package vn.danhgia.evaluation.ruleset;

import java.util.Arrays;
import java.util.Optional;

/**
 * The optional parts of a result that a version may declare in its manifest ({@code resultParts =
 * reviews, nextBand}); a version that declares none writes neither, so its reports keep the shape
 * of the versions before them.
 */
public enum ResultPart {
  /** {@code reviews}: the cadre's figures in each review of the period, from the rules' review figures. */
  REVIEWS("reviews"),
  /** {@code nextBand}: the band above the score and the points missing to it, from the rules' next threshold. */
  NEXT_BAND("nextBand");

  private final String word;

  ResultPart(String word) {
    this.word = word;
  }

  /** @return the word the manifest and the report use */
  public String word() {
    return word;
  }

  /**
   * @param word a word of the manifest
   * @return the part it names, if any
   */
  public static Optional<ResultPart> named(String word) {
    return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
  }
}
