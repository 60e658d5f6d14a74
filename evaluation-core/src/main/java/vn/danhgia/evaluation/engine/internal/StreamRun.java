package vn.danhgia.evaluation.engine.internal;

import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.evaluation.engine.StreamSummary;
import vn.danhgia.evaluation.engine.internal.EvaluationRun.CadreOutcome;
import vn.danhgia.evaluation.io.CadreStream;
import vn.danhgia.evaluation.io.ReportStreamWriter;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.report.Summary;
import vn.danhgia.evaluation.validation.InvalidInputException;

/**
 * A streamed evaluation with bounded memory: the per-cadre phases run batch by batch as the stream
 * is read, and the results go through the same {@link ResultPipeline} as those of an input in
 * memory, whose store keeps the first 20,000 in memory and spills the rest
 * to a temporary file; once the whole stream is read and valid, the peer-group phases run and the
 * report is written result by result (nothing is written for a stream with a problem).
 *
 * <p>When reading ahead, another thread reads and checks the lines (parsing, validating and hashing
 * them is about half the work) while this one evaluates, with at most {@value #READ_AHEAD} batches
 * waiting between them.
 */
public final class StreamRun {
  private static final Logger LOG = LoggerFactory.getLogger(StreamRun.class);

  /** How many batches the reading thread may have ready before it waits. */
  static final int READ_AHEAD = 4;

  private StreamRun() {}

  /**
   * @param stream the opened input stream, its header valid
   * @param runFor the evaluation run for the header (chooses the version)
   * @param batchSize how many cadres to evaluate together
   * @param out where to write the report
   * @param progress told the number of cadres done after each batch
   * @param readAhead whether another thread reads and checks the lines meanwhile
   * @return what was done
   * @throws InvalidInputException listing every problem of the stream, when it has any; then
   *     nothing is written
   */
  public static StreamSummary run(CadreStream stream, Function<EvaluationInput, EvaluationRun> runFor, int batchSize,
      Writer out, LongConsumer progress, boolean readAhead) {
    EvaluationInput header = stream.header();
    if (header == null) {
      throw new InvalidInputException(stream.problems());
    }
    EvaluationRun run = runFor.apply(header);
    long done = 0;
    try (ResultPipeline pipeline = new ResultPipeline(run, ResultStore.spilling(ResultStore.IN_MEMORY))) {
      try (Batches batches = readAhead ? new ReadAhead(stream, batchSize) : () -> readBatch(stream, batchSize)) {
        List<EvaluationInput> batch;
        while (!(batch = batches.next()).isEmpty()) {
          List<CadreOutcome> outcomes = evaluateBatch(run, header, batch);
          pipeline.add(outcomes);
          done += outcomes.size();
          progress.accept(done);
        }
      }
      if (!stream.problems().isEmpty()) {
        throw new InvalidInputException(stream.problems());
      }
      try (ReportStreamWriter report = new ReportStreamWriter(out)) {
        report.begin(header.period().id(), run.identity());
        Summary summary = pipeline.finish(header.period(), run.deadline(), report::result);
        report.end(stream.inputSha256(), summary);
        LOG.debug("Streamed {} cadres in {} peer groups", done, pipeline.groupCount());
        return new StreamSummary(done, pipeline.groupCount(), run.identity(), stream.inputSha256(), summary);
      }
    }
  }

  /**
   * Reads the next batch of lines. Once a line has a problem nothing more is evaluated, but the
   * stream is read to its end, so that every problem is reported.
   *
   * @return up to {@code size} valid one-cadre inputs; empty at the end or when the stream has problems
   */
  static List<EvaluationInput> readBatch(CadreStream stream, int size) {
    List<EvaluationInput> batch = new ArrayList<>(size);
    EvaluationInput one;
    while (batch.size() < size && (one = stream.next()) != null) {
      batch.add(one);
    }
    if (!stream.problems().isEmpty()) {
      while (stream.next() != null) {
        // read on: every problem of the stream is reported
      }
      return List.of();
    }
    return batch;
  }

  /** Batches of valid lines, in the stream's order; an empty batch at the end. */
  private interface Batches extends AutoCloseable {
    List<EvaluationInput> next();

    @Override
    default void close() {}
  }

  /** Reads batches on a thread of its own, a few batches ahead of the evaluation. */
  private static final class ReadAhead implements Batches {
    /** A batch, or the failure that ended the reading. */
    private record Item(List<EvaluationInput> batch, @Nullable RuntimeException failure) {}

    private final BlockingQueue<Item> ready = new ArrayBlockingQueue<>(READ_AHEAD);
    private final Thread reader;
    private boolean ended;

    ReadAhead(CadreStream stream, int batchSize) {
      reader = new Thread(() -> {
        try {
          List<EvaluationInput> batch;
          do {
            batch = readBatch(stream, batchSize);
            ready.put(new Item(batch, null));
          } while (!batch.isEmpty());
        } catch (RuntimeException e) {
          // Waits for room like a batch does: a failure dropped at a full queue would leave the
          // evaluating thread waiting for ever.
          try {
            ready.put(new Item(List.of(), e));
          } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "evaluation-stream-reader");
      reader.setDaemon(true);
      reader.start();
    }

    @Override
    public List<EvaluationInput> next() {
      if (ended) {
        return List.of();
      }
      Item item;
      try {
        item = ready.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the stream's next lines", e);
      }
      if (item.failure() != null) {
        ended = true;
        throw item.failure();
      }
      ended = item.batch().isEmpty();
      return item.batch();
    }

    @Override
    public void close() {
      reader.interrupt();
      ready.clear();
      try {
        reader.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The per-cadre phases of one batch of lines: each cadre's outcome, in the order of the lines. */
  private static List<CadreOutcome> evaluateBatch(EvaluationRun run, EvaluationInput header, List<EvaluationInput> batch) {
    List<Cadre> cadres = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    List<Discipline> disciplines = new ArrayList<>();
    List<ConfidenceVote> votes = new ArrayList<>();
    List<Survey> surveys = new ArrayList<>();
    for (EvaluationInput one : batch) {
      cadres.addAll(one.cadres());
      tasks.addAll(one.tasks());
      orders.addAll(one.orders());
      products.addAll(one.products());
      assessments.addAll(one.assessments());
      disciplines.addAll(one.disciplines());
      votes.addAll(one.confidenceVotes());
      surveys.addAll(one.surveys());
    }
    EvaluationInput together = new EvaluationInput(batch.get(0).period(), header.units(), header.positions(),
        cadres, tasks, orders, products, assessments, disciplines, votes, surveys);
    Map<String, CadreOutcome> byId = new HashMap<>();
    for (CadreOutcome o : run.evaluateCadres(together, run.deadline())) {
      byId.put(o.result().cadre(), o);
    }
    List<CadreOutcome> inOrder = new ArrayList<>(cadres.size());
    for (Cadre c : cadres) {
      inOrder.add(byId.get(c.id()));
    }
    return inOrder;
  }
}
