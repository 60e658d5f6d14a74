package vn.danhgia.evaluation.vocabulary;

import java.math.BigDecimal;
import vn.danhgia.evaluation.model.Rating;

/**
 * A rated cadre's standing in its peer group after level, caps and vetoes, inserted by the engine
 * into the peer-group phases (the quota).
 *
 * <p>The engine also ranks each standing among the group's standings of the same rating, by score
 * and then by tie-break key, both descending, so that peer-group rules need not compare every pair
 * of cadres (which a national peer group cannot afford): {@code better} counts those ranked strictly
 * above, {@code tied} those with exactly the same score and key.
 *
 * @param cadre the cadre's id
 * @param group the peer group
 * @param rating the rating after level, caps and vetoes
 * @param score the score, 2 decimals
 * @param tieBreak the cadre's {@link RankingKey}, or zero when the rules gave none
 * @param better how many of the group's standings with the same rating rank strictly above this one
 * @param tied how many others of the group with the same rating have exactly the same score and key
 */
public record Standing(String cadre, String group, Rating rating, BigDecimal score, BigDecimal tieBreak, int better,
    int tied) {

  /**
   * A standing not ranked yet.
   *
   * @param cadre the cadre's id
   * @param group the peer group
   * @param rating the rating after level, caps and vetoes
   * @param score the score
   * @param tieBreak the tie-break key
   */
  public Standing(String cadre, String group, Rating rating, BigDecimal score, BigDecimal tieBreak) {
    this(cadre, group, rating, score, tieBreak, 0, 0);
  }

  /**
   * @param betterCount how many rank strictly above
   * @param tiedCount how many others tie exactly
   * @return this standing, ranked
   */
  public Standing ranked(int betterCount, int tiedCount) {
    return new Standing(cadre, group, rating, score, tieBreak, betterCount, tiedCount);
  }
}
