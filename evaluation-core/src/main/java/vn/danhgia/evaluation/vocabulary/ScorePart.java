package vn.danhgia.evaluation.vocabulary;

import java.math.BigDecimal;

/**
 * One component of a cadre's score, already rounded as the criteria say.
 *
 * @param cadre the cadre's id
 * @param component the component's code, one of those the rule set's manifest declares ({@code
 *     components = …}), e.g. {@code general}
 * @param points its points
 */
public record ScorePart(String cadre, String component, BigDecimal points) {}
