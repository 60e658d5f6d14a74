package vn.danhgia.evaluation.vocabulary;

import java.math.BigDecimal;

/**
 * The key that breaks ties of score when a peer group's candidates are ranked (for the leaders
 * criteria: the share of annual tasks exceeded). The engine carries it into {@link Standing}.
 *
 * @param cadre the cadre's id
 * @param tieBreak the secondary ranking key, higher is better
 */
public record RankingKey(String cadre, BigDecimal tieBreak) {}
