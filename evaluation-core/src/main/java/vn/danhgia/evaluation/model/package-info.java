/**
 * The evaluation input as immutable records: the period, units, positions, cadres, their tasks and
 * orders, the products that prove them (with their excuses), assessments, disciplines, confidence votes
 * and satisfaction surveys, and the reviews of the period.
 *
 * <p>Every record mirrors one array of the {@code evaluation-input/1} interchange document. Records
 * never hold {@code null} collections; optional scalar fields are marked {@code @Nullable}. The
 * records do not validate references between each other: an {@link
 * vn.danhgia.evaluation.model.EvaluationInput} obtained from {@link vn.danhgia.evaluation.io.Interchange}
 * has passed every check of the interchange contract.
 */
@NullMarked
package vn.danhgia.evaluation.model;

import org.jspecify.annotations.NullMarked;
