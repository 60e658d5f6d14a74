package vn.danhgia.evaluation.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.danhgia.evaluation.baseline.BaselineEvaluator;
import vn.danhgia.evaluation.engine.EvaluationOptions;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * Evaluation throughput: one evaluation of a whole population of {@code cadres} cadres (about 10
 * products each) with a version of {@code leaders} (2025.1 unless {@code -p version=2026.1}; 2026.1's
 * input has reviews, converted products and surveys, {@link BenchInputs#forVersion}), by the rule engine and by the hand-written baseline, in the
 * same run. The score is evaluations per second; cadres per second is that times {@code cadres}, and
 * {@link BenchmarkMain} prints both and their ratio.
 *
 * <p>Allocation per cadre: run with {@code -prof gc} and divide {@code gc.alloc.rate.norm} (bytes per
 * evaluation) by {@code cadres}; {@link BenchmarkMain} prints that too.
 *
 * <p>Both sides do the whole job the library does for a caller given the records: the report with its
 * explanations and the input's SHA-256. The engine also validates the input; the baseline trusts it.
 * {@code engine} runs on the calling thread, as the baseline does; {@code engineParallel} is the
 * same evaluator with {@code parallel(true)}, its batches on the common fork-join pool too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ThroughputBenchmark {
  /** The version evaluated unless {@code -p version=…} says otherwise. */
  public static final String VERSION = "2025.1";

  /** The version evaluated: "2025.1" or "2026.1" (or "2019.1"). */
  @Param({VERSION})
  public String version;

  @Param({"1000", "10000", "100000"})
  public int cadres;

  @Param({"20260101"})
  public long seed;

  /** Cadres per session: "default" for the library's default, or a number. */
  @Param({"default"})
  public String batchSize;

  private EvaluationInput input;
  private Evaluator engine;
  private Evaluator engineParallel;
  private BaselineEvaluator baseline;

  @Setup
  public void setUp() {
    input = BenchInputs.forVersion(seed, cadres, version);
    RuleSets leaders = RuleSets.builtIn("leaders");
    EvaluationOptions options = batchSize.equals("default") ? EvaluationOptions.defaults()
        : EvaluationOptions.defaults().withBatchSize(Integer.parseInt(batchSize));
    engine = Evaluator.builder().ruleSets(leaders).options(options).compileEagerly().build();
    engineParallel = Evaluator.builder().ruleSets(leaders).options(options.withParallel(true)).compileEagerly().build();
    baseline = new BaselineEvaluator(leaders);
    // Fail fast if the baseline is not an honest reference for this very input.
    // (Equal records write the same JSON.)
    if (!engine.evaluate(input, version).equals(baseline.evaluate(input, version))) {
      throw new IllegalStateException("The baseline's report differs from the engine's for seed " + seed + ", "
          + cadres + " cadres and " + version + ": run BaselineEquivalenceTest");
    }
  }

  @Benchmark
  public EvaluationReport engine() {
    return engine.evaluate(input, version);
  }

  @Benchmark
  public EvaluationReport engineParallel() {
    return engineParallel.evaluate(input, version);
  }

  @Benchmark
  public EvaluationReport baseline() {
    return baseline.evaluate(input, version);
  }
}
