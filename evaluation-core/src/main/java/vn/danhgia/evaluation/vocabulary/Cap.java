package vn.danhgia.evaluation.vocabulary;

import vn.danhgia.evaluation.model.Rating;

/**
 * A cap: the cadre's rating is at most {@code atMost}. A cap never raises a rating.
 *
 * @param cadre the cadre's id
 * @param atMost the highest rating allowed
 */
public record Cap(String cadre, Rating atMost) {}
