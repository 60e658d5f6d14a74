/**
 * The engine: {@link vn.danhgia.evaluation.engine.Evaluator} evaluates an input with the rule set
 * version in force (or the one named) and explains every result; {@link
 * vn.danhgia.evaluation.engine.CompiledRuleSet} is a compiled, immutable, thread-safe rule set.
 */
@NullMarked
package vn.danhgia.evaluation.engine;

import org.jspecify.annotations.NullMarked;
