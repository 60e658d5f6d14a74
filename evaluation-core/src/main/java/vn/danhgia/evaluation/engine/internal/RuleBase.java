package vn.danhgia.evaluation.engine.internal;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.EvaluationLimits;
import vn.danhgia.evaluation.engine.RuleDescription;
import vn.danhgia.evaluation.engine.RuleFirings;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * The entry point of the engine's internals for {@code vn.danhgia.evaluation.engine}: a rule set
 * version compiled, and the evaluation runs made with it. Nothing of the KIE API shows through it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleBase {
  private final RuleSetSource source;
  private final KieRuleBase base;

  private RuleBase(RuleSetSource source, KieRuleBase base) {
    this.source = source;
    this.base = base;
  }

  /**
   * Compiles a rule set version, or loads it from the model precompiled at build time.
   *
   * @param source the rule set's files
   * @param policy what the rule files may use
   * @param precompiled whether a precompiled model may be used
   * @return the compiled rules
   * @throws InvalidRuleSetException with every problem as file, line, column and message
   */
  public static RuleBase compile(RuleSetSource source, RulePolicy policy, boolean precompiled) {
    return new RuleBase(source, KieRuleBase.compile(source, policy, precompiled));
  }

  /** @return whether the rules were loaded from a model precompiled at build time */
  public boolean precompiled() {
    return base.precompiled();
  }

  /** @return what the checks found that does not refuse the rule set (parameters no rule reads) */
  public List<Diagnostic> warnings() {
    return base.warnings();
  }

  /** @return every rule, in the order of the manifest's files and then of their lines */
  public List<RuleDescription> rules() {
    List<String> files = source.manifest().rules();
    return base.rules().values().stream()
        .sorted(Comparator.comparingInt((RuleInfo r) -> files.indexOf(r.file())).thenComparingInt(RuleInfo::line))
        .map(r -> new RuleDescription(r.name(), r.file(), r.line(), r.phase(), r.code(), r.message(), r.severity()))
        .toList();
  }

  /**
   * @param limits the bounds
   * @param batchSize how many cadres one per-cadre session holds
   * @param firings where to count rule firings, or null
   * @param parallel whether batches may run on several threads
   * @return a run of these rules with the version's own parameters
   */
  public EvaluationRun run(EvaluationLimits limits, int batchSize, @Nullable RuleFirings firings, boolean parallel) {
    return new EvaluationRun(base, source, source.parameters(), limits, batchSize, firings, parallel);
  }
}
