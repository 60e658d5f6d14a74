package vn.danhgia.evaluation.vocabulary;

import java.math.BigDecimal;

/**
 * One component of a cadre's score, already rounded as the criteria say.
 *
 * @param cadre the cadre's id
 * @param component which component
 * @param points its points
 */
public record ScorePart(String cadre, Component component, BigDecimal points) {}
