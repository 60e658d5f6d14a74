package vn.danhgia.evaluation.vocabulary;

/**
 * A flag raised on a cadre's result for the committee's attention.
 *
 * @param cadre the cadre's id
 * @param code the flag's code, e.g. {@code REMOVE_FROM_PLANNING}
 */
public record Flag(String cadre, String code) {}
