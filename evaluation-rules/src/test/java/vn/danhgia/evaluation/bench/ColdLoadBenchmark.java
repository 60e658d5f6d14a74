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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * Cold load: in a fresh JVM, the first and only time, find the shipped rule set on the classpath,
 * read it and compile one version, through the same calls a host makes. SingleShot mode with one
 * measurement per fork, so every sample is a cold JVM (no warm-up: nothing of Drools is loaded or
 * JIT-compiled before the measured call); the forks give the spread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdLoadBenchmark {
  @Param({"2025.1"})
  public String version;

  /** {@code RuleSets.builtIn("leaders")}, then the version compiled (as {@code compileEagerly} does). */
  @Benchmark
  public CompiledRuleSet loadAndCompile() {
    Evaluator evaluator = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).build();
    return evaluator.ruleSet(version);
  }
}
