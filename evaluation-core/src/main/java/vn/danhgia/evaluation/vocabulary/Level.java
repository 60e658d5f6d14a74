package vn.danhgia.evaluation.vocabulary;

import vn.danhgia.evaluation.model.Rating;

/**
 * The level a cadre reaches by score and conditions, before caps, vetoes and quota. A rated cadre
 * has exactly one.
 *
 * @param cadre the cadre's id
 * @param rating the level
 */
public record Level(String cadre, Rating rating) {}
