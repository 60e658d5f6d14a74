package vn.danhgia.evaluation.vocabulary;

import vn.danhgia.evaluation.model.Rating;

/**
 * A peer-group rule lowers a cadre's rating (for instance past the quota of excellent ratings).
 *
 * @param cadre the cadre's id
 * @param to the rating given; never higher than the rating before
 */
public record Demotion(String cadre, Rating to) {}
