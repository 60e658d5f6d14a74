/**
 * A kit for stating evaluation situations in a few lines, for rule authors' and host developers'
 * tests. It depends on no test library: {@link vn.danhgia.evaluation.testing.Situation} builds an
 * {@link vn.danhgia.evaluation.model.EvaluationInput} with defaults for everything a test does not
 * care about.
 */
@NullMarked
package vn.danhgia.evaluation.testing;

import org.jspecify.annotations.NullMarked;
