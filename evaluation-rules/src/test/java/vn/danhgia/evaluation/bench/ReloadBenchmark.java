package vn.danhgia.evaluation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
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
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.repository.ReloadOutcome;
import vn.danhgia.evaluation.repository.RuleRepository;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * Reload latency while evaluations run: a {@link RuleRepository} over a temporary folder holding both
 * shipped versions; one thread edits 2025.1 (with {@code edit = parameters}, its {@code
 * parameters.properties}: a new {@code credit.late} every time; with {@code edit = rules}, its
 * {@code 03-level.drl}: one more comment line every time; written atomically) and calls {@link
 * RuleRepository#reload()}, which reads the folder, compiles 2025.1 again (from its precompiled model
 * when only parameters changed, from its files when a rule file did; 2019.1 is unchanged and reused)
 * and swaps it in; meanwhile another thread evaluates {@code cadres} cadres with the current rules,
 * again and again.
 *
 * <p>JMH reports both methods of the group: {@code reloadWhileEvaluating:reload} is the reload
 * latency (the atomic write of one small file included), {@code reloadWhileEvaluating:evaluate} the
 * evaluation time under reloads; the group's own line is the mean of the two and means nothing.
 * Retained heap over many reloads is {@code ReloadLeakTest}'s business, not this benchmark's.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class ReloadBenchmark {
  private static final String VERSION = "2025.1";

  @Param({"1000"})
  public int cadres;

  /** What is edited: "parameters" or "rules". */
  @Param({RuleEdits.PARAMETERS, RuleEdits.RULES})
  public String edit;


  private Path folder;
  private Path editedFile;
  private RuleSetSource shipped;
  private RuleRepository repository;
  private EvaluationInput input;
  private long edits;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("reload-benchmark-");
    for (RuleSetSource s : RuleSets.builtIn("leaders").versions().values()) {
      Path dir = folder.resolve("leaders").resolve(s.manifest().version());
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> f : s.files().entrySet()) {
        Files.write(dir.resolve(f.getKey()), f.getValue());
      }
      if (s.manifest().version().equals(VERSION)) {
        shipped = s;
        editedFile = dir.resolve(RuleEdits.file(edit));
      }
    }
    repository = RuleRepository.builder(folder).build();
    input = BenchInputs.generate(20_260_101L, cadres, 2025);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    repository.close();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  @Group("reloadWhileEvaluating")
  @GroupThreads(1)
  public ReloadOutcome reload() throws IOException {
    byte[] text = RuleEdits.edited(shipped, edit, ++edits).files().get(RuleEdits.file(edit));
    Path tmp = Files.createTempFile(folder, ".edit-", ".part");
    Files.write(tmp, text);
    Files.move(tmp, editedFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    ReloadOutcome outcome = repository.reload();
    if (!outcome.accepted()) {
      throw new IllegalStateException("reload refused: " + outcome.diagnostics());
    }
    return outcome;
  }

  @Benchmark
  @Group("reloadWhileEvaluating")
  @GroupThreads(1)
  public EvaluationReport evaluate() {
    return repository.evaluate(input, VERSION);
  }
}
