package vn.danhgia.evaluation.bench;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * Compile time of an edited rule set in a running (warm) JVM: a copy of the shipped 2025.1 with one
 * parameter changed, so its SHA-256 is new. Every invocation changes the parameter again, so that no
 * cache keyed by the files' hash can answer from memory: each call is a real compile. Average time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class CompileBenchmark {
  private RuleSetSource shipped;
  private RuleSetSource edited;
  private long edits;

  @Setup(Level.Trial)
  public void load() {
    shipped = RuleSets.builtIn("leaders").version("2025.1").orElseThrow();
  }

  /** A new edit before each compile (not timed): credit.late = 0.75 less a little more each time. */
  @Setup(Level.Invocation)
  public void edit() {
    edits++;
    BigDecimal credit = new BigDecimal("0.75").subtract(BigDecimal.valueOf(edits, 9));
    edited = shipped.withParameters(shipped.parameters().with("credit.late", credit.toPlainString()));
  }

  @Benchmark
  public CompiledRuleSet compileEdited() {
    return CompiledRuleSet.compile(edited);
  }
}
