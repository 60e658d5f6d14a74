package vn.danhgia.evaluation.repository;

import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;

/**
 * Told what became of each reload. Called on the thread that reloaded (the watcher's, or the caller
 * of {@link RuleRepository#reload()}); keep it short, and do not throw.
 */
public interface ReloadListener {
  /**
   * The folder's rules were compiled and are now served.
   *
   * @param generation the new generation number (1 for the first rules loaded)
   * @param serving the evaluator now serving
   */
  default void reloaded(long generation, Evaluator serving) {}

  /**
   * A change was refused; the previous rules keep serving.
   *
   * @param problem why, with every diagnostic as file, line, column and message
   * @param serving the evaluator that keeps serving
   */
  default void refused(InvalidRuleSetException problem, Evaluator serving) {}
}
