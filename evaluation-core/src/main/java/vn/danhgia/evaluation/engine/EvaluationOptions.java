package vn.danhgia.evaluation.engine;

import java.util.Objects;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.policy.RulePolicy;

/**
 * How an {@link Evaluator} compiles and evaluates: the rule-code policy, the bounds on each
 * evaluation, how inputs are read, the batch size, parallelism and the use of precompiled models. The
 * same options configure an evaluator ({@link Evaluator.Builder#options}) and every evaluator a
 * {@link vn.danhgia.evaluation.repository.RuleRepository} loads ({@link
 * vn.danhgia.evaluation.repository.RuleRepository.Builder#options}).
 *
 * <pre>{@code
 * EvaluationOptions options = EvaluationOptions.defaults()
 *     .withParallel(true)
 *     .withLimits(EvaluationLimits.defaults().withTimeout(Duration.ofMinutes(2)));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Each {@code with} method returns a copy with one option changed and
 * refuses a value that cannot be used at once, with an exception whose message quotes it; the
 * object it is called on never changes.
 */
public final class EvaluationOptions {
  private static final EvaluationOptions DEFAULTS = new EvaluationOptions(RulePolicy.standard(),
      EvaluationLimits.defaults(), Interchange.standard(), Evaluator.DEFAULT_BATCH_SIZE, false, true);

  private final RulePolicy policy;
  private final EvaluationLimits limits;
  private final Interchange interchange;
  private final int batchSize;
  private final boolean parallel;
  private final boolean precompiledModels;

  private EvaluationOptions(RulePolicy policy, EvaluationLimits limits, Interchange interchange, int batchSize,
      boolean parallel, boolean precompiledModels) {
    this.policy = policy;
    this.limits = limits;
    this.interchange = interchange;
    this.batchSize = batchSize;
    this.parallel = parallel;
    this.precompiledModels = precompiledModels;
  }

  /**
   * The defaults: the {@linkplain RulePolicy#standard() standard policy}, {@linkplain
   * EvaluationLimits#defaults() default limits}, the {@linkplain Interchange#standard() standard
   * interchange}, batches of 64 cadres, not parallel, precompiled models used.
   *
   * @return the default options
   */
  public static EvaluationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * @param rules what rule files may use
   * @return a copy with that policy
   * @throws NullPointerException when {@code rules} is null
   */
  public EvaluationOptions withPolicy(RulePolicy rules) {
    Objects.requireNonNull(rules, "the rule policy must not be null");
    return new EvaluationOptions(rules, limits, interchange, batchSize, parallel, precompiledModels);
  }

  /**
   * @param bounds the bounds on each evaluation
   * @return a copy with those bounds
   * @throws NullPointerException when {@code bounds} is null
   */
  public EvaluationOptions withLimits(EvaluationLimits bounds) {
    Objects.requireNonNull(bounds, "the evaluation limits must not be null");
    return new EvaluationOptions(policy, bounds, interchange, batchSize, parallel, precompiledModels);
  }

  /**
   * @param json how inputs are read and checked: an interchange {@linkplain Interchange#withLimits
   *     with other input limits} makes the evaluator check inputs and streams within them; its rule
   *     set versions are replaced by the evaluator's
   * @return a copy with that interchange
   * @throws NullPointerException when {@code json} is null
   */
  public EvaluationOptions withInterchange(Interchange json) {
    Objects.requireNonNull(json, "the interchange must not be null");
    return new EvaluationOptions(policy, limits, json, batchSize, parallel, precompiledModels);
  }

  /**
   * @param cadres how many cadres one per-cadre rule session holds; rules never join facts of
   *     different cadres in the per-cadre phases, so this changes speed, not results
   * @return a copy with that batch size
   * @throws IllegalArgumentException when {@code cadres} is less than 1
   */
  public EvaluationOptions withBatchSize(int cadres) {
    if (cadres < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + cadres);
    }
    return new EvaluationOptions(policy, limits, interchange, cadres, parallel, precompiledModels);
  }

  /**
   * Lets one evaluation run its batches of cadres on several threads (those of the common fork-join
   * pool, besides the caller's) and hash the input meanwhile, and lets a {@linkplain
   * Evaluator#evaluateStream streamed evaluation} read and check its lines on a thread of its own
   * while the rules run. Off by default: a host that evaluates many inputs at once already uses its
   * cores. The report is the same either way.
   *
   * @param on whether to run batches in parallel
   * @return a copy with that setting
   */
  public EvaluationOptions withParallel(boolean on) {
    return new EvaluationOptions(policy, limits, interchange, batchSize, on, precompiledModels);
  }

  /**
   * Whether a version whose rules were precompiled at build time (the shipped rule sets, and copies
   * of them with edited parameters) loads from its precompiled model, which takes a fraction of the
   * time compiling its files does and gives the same results. On by default; off compiles every
   * version from its files, as an edited one always is.
   *
   * @param on whether precompiled models may be used
   * @return a copy with that setting
   */
  public EvaluationOptions withPrecompiledModels(boolean on) {
    return new EvaluationOptions(policy, limits, interchange, batchSize, parallel, on);
  }

  /** @return what rule files may use (default {@link RulePolicy#standard()}) */
  public RulePolicy policy() {
    return policy;
  }

  /** @return the bounds on each evaluation (default {@link EvaluationLimits#defaults()}) */
  public EvaluationLimits limits() {
    return limits;
  }

  /** @return how inputs are read and checked (default {@link Interchange#standard()}) */
  public Interchange interchange() {
    return interchange;
  }

  /** @return how many cadres one per-cadre rule session holds (default 64) */
  public int batchSize() {
    return batchSize;
  }

  /** @return whether one evaluation may run its batches on several threads (default off) */
  public boolean parallel() {
    return parallel;
  }

  /** @return whether precompiled models may be used (default on) */
  public boolean precompiledModels() {
    return precompiledModels;
  }

  @Override
  public String toString() {
    return "EvaluationOptions[limits=" + limits + ", batchSize=" + batchSize + ", parallel=" + parallel
        + ", precompiledModels=" + precompiledModels + "]";
  }
}
