package vn.danhgia.evaluation.vocabulary;

import vn.danhgia.evaluation.report.WorkKind;

/**
 * A task or order completed with at least one product beyond its target.
 *
 * @param id the task's or order's id
 * @param cadre the cadre's id
 * @param kind annual, breakthrough or order
 */
public record Exceeded(String id, String cadre, WorkKind kind) {}
