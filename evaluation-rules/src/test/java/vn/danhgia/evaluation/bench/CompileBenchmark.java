package vn.danhgia.evaluation.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * Compile time of an edited rule set in a running (warm) JVM: a copy of the shipped 2025.1 with
 * {@code edit = parameters}: one parameter changed (the rules are still those of the precompiled
 * model, which is loaded), or {@code edit = rules}: a line added to a rule file (compiled from its
 * files, every check included). Every invocation edits again, so that no cache keyed by the files'
 * hash can answer from memory. Average time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class CompileBenchmark {
  /** What is edited: "parameters" or "rules". */
  @Param({RuleEdits.PARAMETERS, RuleEdits.RULES})
  public String edit;

  private RuleSetSource shipped;
  private RuleSetSource edited;
  private long edits;

  @Setup(Level.Trial)
  public void load() {
    shipped = RuleSets.builtIn("leaders").version("2025.1").orElseThrow();
  }

  /** A new edit before each compile (not timed). */
  @Setup(Level.Invocation)
  public void edit() {
    edited = RuleEdits.edited(shipped, edit, ++edits);
  }

  @Benchmark
  public CompiledRuleSet compileEdited() {
    return CompiledRuleSet.compile(edited);
  }
}
