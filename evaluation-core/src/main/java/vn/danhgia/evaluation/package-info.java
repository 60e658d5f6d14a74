/**
 * An embeddable rules engine for evaluating cadres against versioned criteria and by concrete
 * products (đánh giá cán bộ theo tiêu chí và bằng sản phẩm cụ thể).
 *
 * <p>Start with {@link vn.danhgia.evaluation.io.Interchange} to read an input document and {@link
 * vn.danhgia.evaluation.engine.Evaluator} to evaluate it. Every exception is an {@link
 * vn.danhgia.evaluation.EvaluationException}.
 */
@NullMarked
package vn.danhgia.evaluation;

import org.jspecify.annotations.NullMarked;
