package vn.danhgia.evaluation.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.danhgia.evaluation.cli.EvaluationCli;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * The command line's whole path beside the library's, on the same input in the same run: {@code
 * commandLine} is {@code evaluate INPUT.json --output REPORT.json} run in this JVM (reading and
 * checking the file, loading the shipped rule set from its precompiled model, evaluating, writing the
 * report and printing the summary table), {@code library} is {@link Evaluator#evaluate} on the input's
 * records with a rule set loaded once, and {@code libraryFileToFile} is the library doing the command
 * line's job through its API (read the file, evaluate, write the report file). Seconds per evaluation;
 * the command line's cost per cadre, start-up left out, is {@code (t(20000) − t(100)) / 19,900}.
 *
 * <pre>
 * evaluation-examples/bench.sh CommandLineBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 20)
@Measurement(iterations = 3, time = 20)
public class CommandLineBenchmark {
  /** How many cadres the input has. */
  @Param({"100", "20000"})
  public int cadres;

  /** The year of the period: 2025 is evaluated with 2025.1, 2026 with 2026.1. */
  @Param({"2025"})
  public int year;

  private EvaluationInput input;
  private Path folder;
  private Path file;
  private Path report;
  private Evaluator evaluator;
  private final PrintWriter quiet = new PrintWriter(Writer.nullWriter());

  /** Writes the input file and loads the library's evaluator once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    input = RandomInputs.generate(20260101L, cadres, year);
    folder = Files.createTempDirectory("cli-bench");
    file = folder.resolve("input.json");
    report = folder.resolve("report.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      Interchange.standard().writeInput(input, out);
    }
    evaluator = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).compileEagerly().build();
    if (commandLine() != 0) {
      throw new IllegalStateException("evaluate failed on the benchmark's input");
    }
  }

  /** Removes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(report);
    Files.deleteIfExists(folder);
  }

  /** @return the exit code of {@code evaluate INPUT.json --output REPORT.json} */
  @Benchmark
  public int commandLine() {
    return EvaluationCli.commandLine().setOut(quiet).setErr(quiet)
        .execute("evaluate", file.toString(), "--output", report.toString());
  }

  /** @return the report of the input's records */
  @Benchmark
  public EvaluationReport library() {
    return evaluator.evaluate(input);
  }

  /**
   * @return the report, also written to its file
   * @throws IOException when the file cannot be written
   */
  @Benchmark
  public EvaluationReport libraryFileToFile() throws IOException {
    EvaluationReport out = evaluator.evaluate(evaluator.interchange().readInput(file));
    try (OutputStream to = Files.newOutputStream(report)) {
      Interchange.standard().writeReport(out, to);
    }
    return out;
  }
}
