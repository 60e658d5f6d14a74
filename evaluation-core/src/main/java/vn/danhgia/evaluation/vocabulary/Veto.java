package vn.danhgia.evaluation.vocabulary;

/**
 * A veto (phủ quyết): the cadre's rating is {@code NOT_COMPLETED}.
 *
 * @param cadre the cadre's id
 */
public record Veto(String cadre) {}
