package vn.danhgia.evaluation.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks of this package with JMH's own command line (everything JMH's {@code Main}
 * takes: a benchmark regex, {@code -f}, {@code -wi}, {@code -i}, {@code -w}, {@code -r}, {@code -p
 * cadres=1000,10000}, {@code -prof gc}, {@code -rf json -rff out.json}, {@code -h}, {@code -l}), then
 * prints a summary of {@link ThroughputBenchmark}: cadres per second of the engine and the baseline,
 * their ratio, and with {@code -prof gc} the bytes allocated per cadre.
 *
 * <pre>
 * evaluation-rules/bench.sh ThroughputBenchmark -prof gc
 * java -cp "$(cat target/bench.classpath):target/test-classes:target/classes" \
 *     vn.danhgia.evaluation.bench.BenchmarkMain ThroughputBenchmark -p cadres=10000
 * </pre>
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing the command line: " + e.getMessage());
      System.exit(2);
      return;
    }
    Runner runner = new Runner(options);
    if (options.shouldHelp()) {
      try {
        options.showHelp();
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    if (options.shouldList()) {
      runner.list();
      return;
    }
    Collection<RunResult> results = runner.run();
    String summary = throughputSummary(results);
    if (!summary.isEmpty()) {
      System.out.println();
      System.out.print(summary);
    }
  }

  /** One population size and batch size: the figures of each side. */
  private static final class Row {
    final String version;
    final int cadres;
    final String batch;
    Result<?> engine;
    Result<?> engineParallel;
    Result<?> baseline;
    double engineBytes = Double.NaN;
    double baselineBytes = Double.NaN;

    Row(String version, int cadres, String batch) {
      this.version = version;
      this.cadres = cadres;
      this.batch = batch;
    }
  }

  /**
   * The table of {@link ThroughputBenchmark} results, or "" when there are none.
   *
   * @param results JMH's results
   * @return the table, one line per population size
   */
  static String throughputSummary(Collection<RunResult> results) {
    Map<String, Row> rows = new TreeMap<>();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      String prefix = ThroughputBenchmark.class.getName() + ".";
      if (!benchmark.startsWith(prefix)) {
        continue;
      }
      int cadres = Integer.parseInt(r.getParams().getParam("cadres"));
      String batch = r.getParams().getParam("batchSize");
      String version = r.getParams().getParam("version");
      String v = version == null ? ThroughputBenchmark.VERSION : version;
      // Ordered by version, then population size, then batch size.
      Row row = rows.computeIfAbsent(String.format(Locale.ROOT, "%s %09d %s", v, cadres, batch),
          k -> new Row(v, cadres, batch));
      double bytes = Double.NaN;
      for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
        String key = e.getKey().startsWith("\u00b7") ? e.getKey().substring(1) : e.getKey();
        if (key.equals("gc.alloc.rate.norm")) {
          bytes = e.getValue().getScore();
        }
      }
      if (benchmark.endsWith(".engineParallel")) {
        row.engineParallel = r.getPrimaryResult();
      } else if (benchmark.endsWith(".engine")) {
        row.engine = r.getPrimaryResult();
        row.engineBytes = bytes;
      } else if (benchmark.endsWith(".baseline")) {
        row.baseline = r.getPrimaryResult();
        row.baselineBytes = bytes;
      }
    }
    if (rows.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("Throughput, leaders")
        .append(" (cadres per second = evaluations per second x cadres; ratio = engine time / baseline time;")
        .append(" parallel = the engine with parallel(true))\n");
    out.append(String.format(Locale.ROOT, "%7s %9s %8s %20s %20s %20s %7s %7s %14s %14s%n", "version", "cadres", "batch",
        "engine cadres/s", "parallel cadres/s", "baseline cadres/s", "ratio", "ratio∥", "engine B/cadre",
        "baseline B/cadre"));
    for (Row row : rows.values()) {
      int cadres = row.cadres;
      out.append(String.format(Locale.ROOT, "%7s %9d %8s %20s %20s %20s %7s %7s %14s %14s%n", row.version, cadres,
          row.batch, withError(row.engine, cadres), withError(row.engineParallel, cadres),
          withError(row.baseline, cadres), ratio(row.engine, row.baseline), ratio(row.engineParallel, row.baseline),
          bytes(row.engineBytes, cadres), bytes(row.baselineBytes, cadres)));
    }
    return out.toString();
  }

  private static String ratio(Result<?> engine, Result<?> baseline) {
    return engine == null || baseline == null ? "-"
        : String.format(Locale.ROOT, "%.2f", perSecond(baseline) / perSecond(engine));
  }

  private static String withError(Result<?> r, int cadres) {
    if (r == null) {
      return "-";
    }
    double value = perSecond(r) * cadres;
    double error = r.getScoreError();
    if (Double.isNaN(error) || !r.getScoreUnit().startsWith("ops/")) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    double errorPerSecond = error * perSecond(r) / r.getScore() * cadres;
    return String.format(Locale.ROOT, "%,.0f ± %,.0f", value, errorPerSecond);
  }

  private static String bytes(double perEvaluation, int cadres) {
    return Double.isNaN(perEvaluation) ? "-" : String.format(Locale.ROOT, "%,.0f", perEvaluation / cadres);
  }

  /** A result as evaluations per second, whatever mode and time unit it was measured in. */
  static double perSecond(Result<?> r) {
    String unit = r.getScoreUnit();
    double score = r.getScore();
    if (unit.startsWith("ops/")) {
      return score / seconds(unit.substring("ops/".length()));
    }
    if (unit.endsWith("/op")) {
      return 1.0 / (score * seconds(unit.substring(0, unit.length() - "/op".length())));
    }
    return Double.NaN;
  }

  /** How many seconds one of JMH's time units is. */
  private static double seconds(String unit) {
    TimeUnit u = switch (unit) {
      case "ns" -> TimeUnit.NANOSECONDS;
      case "us" -> TimeUnit.MICROSECONDS;
      case "ms" -> TimeUnit.MILLISECONDS;
      case "s" -> TimeUnit.SECONDS;
      case "min" -> TimeUnit.MINUTES;
      case "hr" -> TimeUnit.HOURS;
      case "day" -> TimeUnit.DAYS;
      default -> throw new IllegalArgumentException("unknown time unit " + unit);
    };
    return u.toNanos(1) / 1e9;
  }
}
