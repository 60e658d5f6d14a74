package vn.danhgia.evaluation.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.evaluation.engine.internal.StreamRun;
import vn.danhgia.evaluation.io.CadreStream;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.ruleset.UnknownVersionException;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * Evaluates inputs with the versions of one rule set, choosing the version as the criteria say: the
 * one named by the caller, else the one the input names ({@code period.ruleSetVersion}), else the
 * one in force on the period's end.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).build();
 * EvaluationInput input = evaluator.interchange().readInput(Path.of("input.json"));
 * EvaluationReport report = evaluator.evaluate(input);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Versions are compiled once, when first used (or all at once by
 * {@link Builder#compileEagerly()}), and shared by every evaluation. How it compiles and evaluates
 * is set by {@link EvaluationOptions}.
 *
 * <p>How a rule set's results combine into a rating: a cadre the rules mark incomplete is not rated;
 * otherwise the score is the sum of the four components, the rating is the level the rules give,
 * lowered to the bound of each cap, {@code NOT_COMPLETED} when any veto holds, and then lowered by
 * any peer-group demotion (the quota). Reasons are ordered by the phase of the rule that gave them,
 * then by code and subject; flags by code.
 */
public final class Evaluator {
  static final int DEFAULT_BATCH_SIZE = 64;
  private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

  private final RuleSets ruleSets;
  private final EvaluationOptions options;
  private final RulePolicy policy;
  private final EvaluationLimits limits;
  private final int batchSize;
  private final boolean parallel;
  private final boolean precompiledModels;
  private final Interchange interchange;
  private final Interchange reader;
  private final Map<String, CompiledRuleSet> compiled = new ConcurrentHashMap<>();

  private Evaluator(Builder b) {
    this.ruleSets = Objects.requireNonNull(b.ruleSets, "ruleSets");
    this.options = b.options;
    this.policy = options.policy();
    this.limits = options.limits();
    this.batchSize = options.batchSize();
    this.parallel = options.parallel();
    this.precompiledModels = options.precompiledModels();
    this.reader = options.interchange();
    this.interchange = reader.withRuleSetVersions(ruleSets.timeline());
    if (b.previous != null && b.previous.policy.equals(policy) && b.previous.precompiledModels == precompiledModels) {
      for (Map.Entry<String, CompiledRuleSet> e : b.previous.compiled.entrySet()) {
        RuleSetSource now = ruleSets.versions().get(e.getKey());
        if (now != null && now.sha256().equals(e.getValue().source().sha256())) {
          compiled.put(e.getKey(), e.getValue());
        }
      }
    }
    if (b.eager) {
      ruleSets.versions().keySet().forEach(this::ruleSet);
    }
  }

  /** @return a builder; {@link Builder#ruleSets} is required */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates an input with the version it names, or the one in force on its period's end.
   *
   * @param input the input
   * @return the report
   * @throws InvalidInputException when the input breaks the interchange contract, names an unknown
   *     version, or no version is in force on its period's end
   * @throws InvalidRuleSetException when the version needed does not compile
   * @throws RuleExecutionException when the rules fail or reach a bound
   */
  public EvaluationReport evaluate(EvaluationInput input) {
    return evaluate(input, null);
  }

  /**
   * Evaluates an input with a version chosen by the caller, whatever the input names.
   *
   * @param input the input
   * @param version the version, or {@code null} to choose as {@link #evaluate(EvaluationInput)} does
   * @return the report
   * @throws UnknownVersionException when the rule sets have no such version
   * @throws InvalidInputException when the input is invalid
   * @throws InvalidRuleSetException when the version does not compile
   * @throws RuleExecutionException when the rules fail or reach a bound
   */
  public EvaluationReport evaluate(EvaluationInput input, @Nullable String version) {
    return evaluate(input, version, null);
  }

  /**
   * Evaluates as {@link #evaluate(EvaluationInput, String)} does, counting how often each rule
   * fires, for rule coverage.
   *
   * @param input the input
   * @param version the version, or {@code null} to choose as {@link #evaluate(EvaluationInput)} does
   * @param firings where to add the firings of every rule, or {@code null}
   * @return the report
   * @throws UnknownVersionException when the rule sets have no such version
   * @throws InvalidInputException when the input is invalid
   * @throws InvalidRuleSetException when the version does not compile
   * @throws RuleExecutionException when the rules fail or reach a bound
   */
  public EvaluationReport evaluate(EvaluationInput input, @Nullable String version, @Nullable RuleFirings firings) {
    if (version != null) {
      requireVersion(version);
    }
    List<Problem> problems = interchange.validate(input);
    if (!problems.isEmpty() && version != null) {
      problems = problems.stream().filter(p -> !p.path().equals("$.period.ruleSetVersion")
          && !p.message().startsWith("no rule set version is in force")).toList();
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String chosen = chooseVersion(input, version);
    long started = System.nanoTime();
    EvaluationReport report = ruleSet(chosen).evaluateValid(input, limits, batchSize, firings, parallel);
    LOG.debug("Evaluated {} cadres of period {} with {} {} in {} ms", input.cadres().size(), input.period().id(),
        ruleSets.id(), chosen, (System.nanoTime() - started) / 1_000_000);
    return report;
  }

  /**
   * Evaluates a population too large to hold in memory, read as an {@code evaluation-stream/1}
   * (JSON lines: see {@link CadreStream}) and written as an {@code evaluation-report/1} document,
   * result by result. Memory stays bounded: one batch of cadres is evaluated at a time, results wait
   * in a temporary file, and only each rated cadre's standing in its peer group is held until the
   * peer-group phases (the quota) have run, one group at a time. Results come in the order of the
   * input's lines. The time limit of {@link EvaluationLimits} applies to each batch and each peer
   * group.
   *
   * @param input the stream's lines
   * @param output where the report goes; flushed, not closed
   * @param version the version, or {@code null} to choose by the header as {@link #evaluate(EvaluationInput)} does
   * @param progress told how many cadres are done after each batch (e.g. to log progress)
   * @return what was done
   * @throws InvalidInputException listing the problems of the stream (up to the interchange's {@code
   *     InputLimits.maxProblems()}, where reading stops), with the line as the first index of each
   *     path; then the output has nothing written to it
   * @throws UnknownVersionException when {@code version} is not null and the rule sets have no such
   *     version; then nothing is read or written
   * @throws InvalidRuleSetException when the version needed does not compile
   * @throws RuleExecutionException when the rules fail or reach a bound
   */
  public StreamSummary evaluateStream(java.io.BufferedReader input, java.io.Writer output, @Nullable String version,
      java.util.function.LongConsumer progress) {
    if (version != null) {
      requireVersion(version);
    }
    CadreStream stream = CadreStream.open(input, version == null ? interchange : reader);
    return StreamRun.run(stream, header -> ruleSet(chooseVersion(header, version)).run(limits, batchSize, null, parallel),
        batchSize, new java.io.FilterWriter(output) {
          @Override
          public void close() throws java.io.IOException {
            flush();
          }
        }, progress, parallel);
  }

  /**
   * The version an evaluation would use.
   *
   * @param input the input
   * @param version the caller's choice, or {@code null}
   * @return the version
   * @throws UnknownVersionException when {@code version} is not null and the rule sets have no such version
   * @throws InvalidInputException when the version is chosen by the input and none is in force
   */
  public String chooseVersion(EvaluationInput input, @Nullable String version) {
    if (version != null) {
      requireVersion(version);
      return version;
    }
    String named = input.period().ruleSetVersion();
    if (named != null) {
      return named;
    }
    return ruleSets.timeline().inForceOn(input.period().end()).orElseThrow(() ->
        new InvalidInputException(List.of(Problem.of("$.period.end", "noVersionInForce", input.period().end(),
            ruleSets.timeline().versions()))));
  }

  /**
   * The compiled version, compiling it on first use.
   *
   * @param version the version
   * @return the compiled rule set
   * @throws UnknownVersionException when there is no such version
   * @throws InvalidRuleSetException when it does not compile
   */
  public CompiledRuleSet ruleSet(String version) {
    RuleSetSource source = requireVersion(version);
    return compiled.computeIfAbsent(version, v -> precompiledModels ? CompiledRuleSet.compile(source, policy)
        : CompiledRuleSet.compileFromFiles(source, policy));
  }

  private RuleSetSource requireVersion(String version) {
    return ruleSets.version(version).orElseThrow(() ->
        new UnknownVersionException(ruleSets.id(), version, ruleSets.versions().keySet()));
  }

  /** @return the rule sets this evaluator chooses from */
  public RuleSets ruleSets() {
    return ruleSets;
  }

  /** @return how this evaluator compiles and evaluates: its policy, limits, batch size, parallelism … */
  public EvaluationOptions options() {
    return options;
  }

  /**
   * @return an {@link Interchange} that also checks inputs' rule set versions against this
   *     evaluator's versions
   */
  public Interchange interchange() {
    return interchange;
  }

  /** Configures an {@link Evaluator}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder {
    private @Nullable RuleSets ruleSets;
    private EvaluationOptions options = EvaluationOptions.defaults();
    private @Nullable Evaluator previous;
    private boolean eager;

    private Builder() {}

    /**
     * @param sets the versions to choose from (required)
     * @return this builder
     */
    public Builder ruleSets(RuleSets sets) {
      this.ruleSets = Objects.requireNonNull(sets, "sets");
      return this;
    }

    /**
     * @param how the policy, limits, interchange, batch size, parallelism and use of precompiled
     *     models (default {@link EvaluationOptions#defaults()})
     * @return this builder
     */
    public Builder options(EvaluationOptions how) {
      this.options = Objects.requireNonNull(how, "how");
      return this;
    }

    /**
     * Reuses the compiled versions of an earlier evaluator whose files are unchanged (same SHA-256)
     * and that were compiled under the same policy, so that reloading a folder recompiles only what
     * changed.
     *
     * @param earlier the evaluator to take compiled versions from
     * @return this builder
     */
    public Builder reusing(Evaluator earlier) {
      this.previous = Objects.requireNonNull(earlier, "earlier");
      return this;
    }

    /**
     * Compiles every version when the evaluator is built, so that a broken version is refused then
     * rather than at its first use.
     *
     * @return this builder
     */
    public Builder compileEagerly() {
      this.eager = true;
      return this;
    }

    /**
     * @return the evaluator
     * @throws IllegalStateException when no rule sets were given
     * @throws InvalidRuleSetException when compiling eagerly and a version does not compile
     */
    public Evaluator build() {
      if (ruleSets == null) {
        throw new IllegalStateException("Evaluator.builder() needs ruleSets(...)");
      }
      return new Evaluator(this);
    }
  }
}
