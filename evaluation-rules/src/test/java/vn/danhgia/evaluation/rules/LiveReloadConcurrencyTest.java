package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.repository.ReloadListener;
import vn.danhgia.evaluation.repository.RuleFolders;
import vn.danhgia.evaluation.repository.RuleRepository;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * Eight threads evaluate without pause while the rule folder is rewritten many times a second,
 * valid and invalid versions alternating, and the repository reloads from its watcher: no
 * evaluation fails, every report names exactly one of the valid versions, and each report is
 * byte-identical to what that version gives when run alone.
 */
class LiveReloadConcurrencyTest {
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("reload.seconds", 6));
  private static final Interchange JSON = Interchange.standard();

  @Test
  void evaluations_whileTheFolderIsRewritten_neverFailAndMatchTheirVersion(@TempDir Path root) throws Exception {
    RuleSetSource shipped = RuleSets.builtIn("leaders").version("2025.1").orElseThrow();
    String valid = new String(shipped.files().get("parameters.properties"), StandardCharsets.UTF_8);
    String[] parameters = {
        valid,
        valid.replace("credit.late = 0.75", "credit.late = 0,5"),
        valid.replace("credit.late = 0.75", "credit.late = 0.5").replace("quota.percent = 20", "quota.percent = 40"),
        valid.replace("score.excellent = 90", "score.excellent = ninety")};
    List<EvaluationInput> inputs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      inputs.add(RandomInputs.generate(77 + i, 30, 2025));
    }
    // What each valid variant gives when run alone, by the SHA-256 its reports name.
    Map<String, List<String>> expected = new HashMap<>();
    for (String p : new String[] {parameters[0], parameters[2]}) {
      Map<String, byte[]> files = new TreeMap<>(shipped.files());
      files.put("parameters.properties", p.getBytes(StandardCharsets.UTF_8));
      RuleSetSource variant = RuleSetSource.fromFiles("variant", files);
      Evaluator alone = Evaluator.builder().ruleSets(RuleSets.of(List.of(variant))).build();
      List<String> reports = new ArrayList<>();
      for (EvaluationInput input : inputs) {
        reports.add(JSON.writeReportAsString(alone.evaluate(input, "2025.1")));
      }
      expected.put(variant.sha256(), reports);
    }
    assertThat(expected).hasSize(2);

    Path folder = root.resolve("rules/leaders/2025.1");
    RuleFolders.write(folder, shipped);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ReloadListener count = new ReloadListener() {
      @Override
      public void reloaded(long generation, Evaluator serving) {
        accepted.incrementAndGet();
      }

      @Override
      public void refused(InvalidRuleSetException problem, Evaluator serving) {
        refused.incrementAndGet();
      }
    };
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    Map<String, AtomicLong> byVersion = new ConcurrentHashMap<>();
    AtomicLong evaluations = new AtomicLong();
    try (RuleRepository rules = RuleRepository.builder(root.resolve("rules")).watch(true)
        .quietPeriod(Duration.ofMillis(20)).listener(count).build()) {
      // Run for the period, and on until both valid versions have been accepted and a broken one
      // refused (a busy machine compiles slowly), but never past a minute.
      long start = System.nanoTime();
      java.util.function.BooleanSupplier running = () -> {
        long now = System.nanoTime();
        boolean seenEnough = accepted.get() >= 3 && refused.get() >= 1 && byVersion.size() >= 2;
        return now - start < RUN.toNanos() || (!seenEnough && now - start < Duration.ofMinutes(1).toNanos());
      };
      ExecutorService pool = Executors.newFixedThreadPool(9);
      List<Future<?>> work = new ArrayList<>();
      work.add(pool.submit(() -> {
        int i = 1;
        while (running.getAsBoolean()) {
          RuleFolders.writeAtomically(folder.resolve("parameters.properties"), parameters[i++ % parameters.length]);
          sleep(120);
        }
      }));
      for (int t = 0; t < 8; t++) {
        int thread = t;
        work.add(pool.submit(() -> {
          int n = thread;
          while (running.getAsBoolean()) {
            int i = n++ % inputs.size();
            try {
              EvaluationReport report = rules.evaluate(inputs.get(i), "2025.1");
              String sha = report.ruleSet().sha256();
              List<String> reports = expected.get(sha);
              if (reports == null) {
                failures.add(new AssertionError("a report names unknown rules " + sha));
              } else if (!JSON.writeReportAsString(report).equals(reports.get(i))) {
                failures.add(new AssertionError("the report of input " + i + " differs from rules " + sha + " alone"));
              }
              byVersion.computeIfAbsent(sha, s -> new AtomicLong()).incrementAndGet();
              evaluations.incrementAndGet();
            } catch (RuntimeException e) {
              failures.add(e);
            }
          }
        }));
      }
      for (Future<?> f : work) {
        f.get(180, TimeUnit.SECONDS);
      }
      pool.shutdown();
    }

    assertThat(failures).isEmpty();
    assertThat(evaluations.get()).isGreaterThan(100);
    assertThat(refused.get()).as("refused reloads").isPositive();
    assertThat(accepted.get()).as("accepted loads, the first included").isGreaterThanOrEqualTo(3);
    assertThat(byVersion).as("both valid versions served").hasSize(2);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
