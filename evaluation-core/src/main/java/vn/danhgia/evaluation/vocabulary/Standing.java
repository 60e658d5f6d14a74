package vn.danhgia.evaluation.vocabulary;

import java.math.BigDecimal;
import vn.danhgia.evaluation.model.Rating;

/**
 * A rated cadre's standing in its peer group after level, caps and vetoes, inserted by the engine
 * into the peer-group phases (the quota).
 *
 * @param cadre the cadre's id
 * @param group the peer group
 * @param rating the rating after level, caps and vetoes
 * @param score the score, 2 decimals
 * @param tieBreak the cadre's {@link RankingKey}, or zero when the rules gave none
 */
public record Standing(String cadre, String group, Rating rating, BigDecimal score, BigDecimal tieBreak) {}
