/**
 * The facts that rule files derive and that the engine reads back: the vocabulary shared by the
 * engine and every rule set. Rules read the input's records ({@link vn.danhgia.evaluation.model})
 * and insert these; they never modify the input.
 *
 * <p>Per cadre, in the order a rule set's phases usually produce them: {@link WorkItem}, {@link
 * ProductCheck}, {@link WorkCheck}, {@link Exceeded}, {@link ScorePart}, {@link Incomplete}, {@link
 * Level}, {@link Cap}, {@link Veto}, {@link ReasonGiven}, {@link Flag}, {@link RankingKey}. Across a
 * peer group, after the engine has combined level, caps and vetoes: {@link Standing} in, {@link
 * Demotion} out. How the engine combines them is described on {@link
 * vn.danhgia.evaluation.engine.Evaluator}.
 */
@NullMarked
package vn.danhgia.evaluation.vocabulary;

import org.jspecify.annotations.NullMarked;
