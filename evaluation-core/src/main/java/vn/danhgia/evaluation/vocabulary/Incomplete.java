package vn.danhgia.evaluation.vocabulary;

/**
 * The cadre cannot be rated; a {@link ReasonGiven} says why.
 *
 * @param cadre the cadre's id
 */
public record Incomplete(String cadre) {}
