package vn.danhgia.evaluation.streaming;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import vn.danhgia.evaluation.engine.EvaluationOptions;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.engine.StreamSummary;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * Generates a national population of cadres as an evaluation stream and evaluates it through the
 * streaming path, printing the rate and the heap as it goes. Not a test: run it by hand, e.g.
 *
 * <pre>
 * java -Xmx1g -cp … vn.danhgia.evaluation.streaming.NationalPopulation 1000000 /tmp/population.jsonl \
 *     /tmp/population.report.json parallel
 * </pre>
 *
 * <p>Arguments: how many cadres, the stream file, the report file (default: the stream's name with
 * {@code .report.json}), and {@code parallel} to evaluate with {@code parallel(true)} (lines read
 * ahead on a second thread).
 */
public final class NationalPopulation {
  private static final int GROUPS = 40;
  private static final int POSITIONS = 400;

  private NationalPopulation() {}

  public static void main(String[] args) throws IOException {
    int cadres = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    Path report = Path.of(args.length > 2 ? args[2] : file + ".report.json");
    long t0 = System.nanoTime();
    write(file, cadres, 2025);
    System.out.printf("generated %,d cadres in %.1f s (%,d MiB)%n", cadres, (System.nanoTime() - t0) / 1e9,
        Files.size(file) >> 20);
    boolean parallel = args.length > 3 && args[3].equals("parallel");
    Evaluator evaluator = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders"))
        .options(EvaluationOptions.defaults().withParallel(parallel)).build();
    evaluator.ruleSet("2025.1");
    long t1 = System.nanoTime();
    long[] last = {t1, 0};
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      StreamSummary s = evaluator.evaluateStream(in, out, "2025.1", done -> {
        if (done - last[1] >= 50_000) {
          long now = System.nanoTime();
          long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
          System.out.printf("%,9d cadres  %,7.0f cadres/s  heap %,5d MiB%n", done,
              (done - last[1]) / ((now - last[0]) / 1e9), heap);
          last[0] = now;
          last[1] = done;
        }
      });
      double seconds = (System.nanoTime() - t1) / 1e9;
      System.out.printf("evaluated %,d cadres in %d peer groups in %.1f s: %,.0f cadres/s; %s%n", s.cadres(),
          s.peerGroups(), seconds, s.cadres() / seconds, s.summary());
    }
  }

  /** Writes a stream of cadres with about ten products each, all valid. */
  static void write(Path file, int cadres, int year) throws IOException {
    Random r = new Random(year);
    LocalDate end = LocalDate.of(year, 12, 31);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder h = new StringBuilder("{\"format\":\"evaluation-stream/1\",\"period\":{\"id\":\"" + year
          + "\",\"start\":\"" + year + "-01-01\",\"end\":\"" + end + "\"},\"units\":[],\"positions\":[");
      for (int p = 0; p < POSITIONS; p++) {
        h.append(p == 0 ? "" : ",").append("{\"code\":\"P").append(p).append("\",\"title\":\"Chức danh ").append(p)
            .append("\",\"group\":\"G").append(p % GROUPS).append("\",\"mustRegisterBreakthrough\":true}");
      }
      w.write(h.append("]}\n").toString());
      for (int c = 0; c < cadres; c++) {
        String id = "C" + c;
        StringBuilder line = new StringBuilder(2048);
        line.append("{\"cadre\":{\"id\":\"").append(id).append("\",\"name\":\"Cán bộ ").append(c)
            .append("\",\"position\":\"P").append(r.nextInt(POSITIONS)).append("\"},\"tasks\":[");
        StringBuilder products = new StringBuilder();
        int taskCount = 4;
        for (int t = 0; t < taskCount; t++) {
          String task = id + "-T" + t;
          boolean breakthrough = t == taskCount - 1;
          line.append(t == 0 ? "" : ",").append("{\"id\":\"").append(task).append("\",\"cadre\":\"").append(id)
              .append("\",\"kind\":\"").append(breakthrough ? "BREAKTHROUGH" : "ANNUAL")
              .append("\",\"title\":\"Nhiệm vụ\",\"deadline\":\"").append(end.minusDays(r.nextInt(200)))
              .append("\",\"approved\":true}");
          for (int p = 0; p < 2; p++) {
            product(products, task + "-P" + p, "task", task, r, end);
          }
        }
        line.append("],\"orders\":[");
        boolean order = r.nextInt(3) == 0;
        if (order) {
          line.append("{\"id\":\"").append(id).append("-O\",\"cadre\":\"").append(id)
              .append("\",\"title\":\"Việc đặt hàng\",\"deadline\":\"").append(end.minusDays(30)).append("\"}");
          product(products, id + "-O-P0", "order", id + "-O", r, end);
          product(products, id + "-O-P1", "order", id + "-O", r, end);
        }
        line.append("],\"products\":[").append(products).append("],\"assessments\":[{\"cadre\":\"").append(id)
            .append("\",\"by\":\"SUPERIOR\",\"generalPoints\":").append(18 + r.nextInt(13)).append("}]}\n");
        w.write(line.toString());
      }
    }
  }

  private static void product(StringBuilder out, String id, String ownerField, String owner, Random r, LocalDate end) {
    int target = 10 + r.nextInt(90);
    int actual = r.nextInt(20) == 0 ? target - 1 : target + r.nextInt(3);
    out.append(out.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"").append(ownerField)
        .append("\":\"").append(owner).append("\",\"indicator\":\"Chỉ tiêu\",\"target\":").append(target)
        .append(",\"actual\":").append(actual).append(",\"direction\":\"HIGHER_IS_BETTER\",\"delivered\":\"")
        .append(end.minusDays(200 + r.nextInt(100))).append("\"}");
  }
}
