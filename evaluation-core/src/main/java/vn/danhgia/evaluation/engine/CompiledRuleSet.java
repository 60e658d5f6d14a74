package vn.danhgia.evaluation.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.evaluation.engine.internal.EvaluationRun;
import vn.danhgia.evaluation.engine.internal.RuleBase;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.policy.RulePolicy;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.evaluation.report.ComponentTerm;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.ReportTerms;
import vn.danhgia.evaluation.report.Severity;
import vn.danhgia.evaluation.ruleset.Parameters;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetManifest;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * One rule set version, compiled. Immutable and thread-safe: any number of threads may evaluate
 * with it at once, each evaluation in sessions of its own.
 *
 * <p>Compiling is the expensive step (hundreds of milliseconds); compile once and keep the result,
 * as {@link Evaluator} does.
 */
public final class CompiledRuleSet {
  private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleSet.class);

  private final RuleSetSource source;
  private final RuleBase base;

  private CompiledRuleSet(RuleSetSource source, RuleBase base) {
    this.source = source;
    this.base = base;
    for (Diagnostic w : base.warnings()) {
      LOG.info("{}: {}:{}: warning: {}", source.manifest().title(), w.file(), w.line(), w.message());
    }
  }

  /**
   * Compiles a rule set under the {@linkplain RulePolicy#standard() standard rule-code policy}.
   * Nothing is half-loaded: either every file compiles and passes the checks, or the rule set is
   * refused.
   *
   * @param source the rule set's files
   * @return the compiled rule set
   * @throws InvalidRuleSetException with every problem as file, line, column and message
   */
  public static CompiledRuleSet compile(RuleSetSource source) {
    return compile(source, RulePolicy.standard());
  }

  /**
   * Compiles a rule set under a rule-code policy of the caller's.
   *
   * @param source the rule set's files
   * @param policy what the rule files may import, call and declare
   * @return the compiled rule set
   * @throws InvalidRuleSetException with every problem, policy refusals included, as file, line,
   *     column and message
   */
  public static CompiledRuleSet compile(RuleSetSource source, RulePolicy policy) {
    return new CompiledRuleSet(source, RuleBase.compile(source, policy, true));
  }

  /**
   * Compiles a rule set from its files, never from a model precompiled at build time (see {@link
   * #precompiled()}): what {@link #compile(RuleSetSource, RulePolicy)} does for rules that were not
   * precompiled.
   *
   * @param source the rule set's files
   * @param policy what the rule files may import, call and declare
   * @return the compiled rule set
   * @throws InvalidRuleSetException with every problem as file, line, column and message
   */
  public static CompiledRuleSet compileFromFiles(RuleSetSource source, RulePolicy policy) {
    return new CompiledRuleSet(source, RuleBase.compile(source, policy, false));
  }

  /**
   * Whether the rules were loaded from the executable model precompiled at build time rather than
   * compiled from the files. That happens when the rule files, their list and the phases are
   * byte-identical to those of a rule set precompiled by the build (as the shipped ones are) and the
   * policy allows at least what the standard one does; parameters may differ, they are read when
   * evaluating. The results are the same either way.
   *
   * @return whether a precompiled model was used
   */
  public boolean precompiled() {
    return base.precompiled();
  }

  /**
   * Evaluates an input with this rule set, whatever version the input asks for.
   *
   * @param input the input
   * @param limits the bounds on the rules
   * @return the report
   * @throws InvalidInputException when the input breaks the interchange contract
   * @throws RuleExecutionException when the rules fail or reach a bound
   */
  public EvaluationReport evaluate(EvaluationInput input, EvaluationLimits limits) {
    List<Problem> problems = Interchange.standard().validate(input);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return evaluateValid(input, limits, Evaluator.DEFAULT_BATCH_SIZE, null, false);
  }

  /** Evaluates an input the caller has already validated. */
  EvaluationReport evaluateValid(EvaluationInput input, EvaluationLimits limits, int batchSize,
      @Nullable RuleFirings firings, boolean parallel) {
    // Results do not depend on the order of the input's arrays (the runs order what they report),
    // so the input is evaluated as given.
    Interchange json = Interchange.standard();
    return base.run(limits, batchSize, firings, parallel).evaluate(input, () -> json.canonicalInputSha256(input));
  }

  EvaluationRun run(EvaluationLimits limits, int batchSize, @Nullable RuleFirings firings, boolean parallel) {
    return base.run(limits, batchSize, firings, parallel);
  }

  /**
   * What the checks found that does not refuse the rule set but is probably a mistake: each parameter
   * that no rule reads and no message names. The rule set works as written; {@code validate} prints
   * each as {@code file:line: warning: message}, and compiling logs each once at INFO.
   *
   * @return the warnings, each with the parameters file and the parameter's line (0 in a {@code
   *     parameters.xlsx}) and column 0; empty for the shipped rule sets
   */
  public List<Diagnostic> warnings() {
    return base.warnings();
  }

  /** @return the rule set's files */
  public RuleSetSource source() {
    return source;
  }

  /** @return the manifest */
  public RuleSetManifest manifest() {
    return source.manifest();
  }

  /** @return id, version and hash, as reports carry them */
  public RuleSetIdentity identity() {
    return source.identity();
  }

  /**
   * What this version's codes mean, for showing its reports to people: its components with their
   * names and maxima under its parameters, its flags' meanings (placeholders filled with the
   * parameters) and each reason's severity.
   *
   * @return the terms
   */
  public ReportTerms terms() {
    Parameters parameters = source.parameters();
    java.util.function.Function<String, String> values = parameters.asText()::get;
    List<ComponentTerm> components = source.manifest().components().stream()
        .map(c -> new ComponentTerm(c.code(), c.maximum(parameters), c.name().filled(values))).toList();
    Map<String, Message> flags = new TreeMap<>();
    source.manifest().flags().forEach((code, meaning) -> flags.put(code, meaning.filled(values)));
    Map<String, Severity> severities = new TreeMap<>();
    base.rules().forEach(r -> {
      if (r.severity() != null) {
        severities.put(r.name(), r.severity());
      }
    });
    return ReportTerms.of(components, flags, severities);
  }

  /** @return every rule, in the order of the manifest's files and then of their lines */
  public List<RuleDescription> rules() {
    return base.rules();
  }

  @Override
  public String toString() {
    return "CompiledRuleSet[" + source + "]";
  }
}
