package vn.danhgia.evaluation.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts how often each rule fired over any number of evaluations, for rule coverage: pass one to
 * {@link Evaluator#evaluate(vn.danhgia.evaluation.model.EvaluationInput, String, RuleFirings)}
 * and read {@link #counts()} afterwards. Thread-safe.
 */
public final class RuleFirings {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  /** Creates an empty counter. */
  public RuleFirings() {}

  /**
   * Adds firings of one rule.
   *
   * @param rule the rule's name
   * @param times how many firings
   */
  public void add(String rule, long times) {
    counts.computeIfAbsent(rule, r -> new LongAdder()).add(times);
  }

  /** @return how often each rule that fired did, by rule name */
  public Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /**
   * @param rule a rule's name
   * @return how often it fired
   */
  public long count(String rule) {
    LongAdder a = counts.get(rule);
    return a == null ? 0 : a.sum();
  }
}
