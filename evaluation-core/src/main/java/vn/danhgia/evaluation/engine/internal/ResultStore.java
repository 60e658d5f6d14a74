package vn.danhgia.evaluation.engine.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.evaluation.io.InterchangeIOException;
import vn.danhgia.evaluation.io.ReportStreamWriter;
import vn.danhgia.evaluation.report.CadreResult;

/**
 * Where {@link ResultPipeline} keeps the results of the per-cadre phases until the peer-group phases
 * have run: in memory, or, for a stream that may hold millions of cadres, in memory up to a bound
 * and beyond it in a temporary file of JSON lines (one result a line, in the report's own form),
 * so that memory does not grow with the stream. Results come back in the order they were added.
 */
final class ResultStore implements AutoCloseable {
  /** How many results a stream keeps in memory before it spills the rest to a temporary file. */
  static final int IN_MEMORY = 20_000;
  private static final Logger LOG = LoggerFactory.getLogger(ResultStore.class);

  private final int inMemory;
  private final List<CadreResult> kept = new ArrayList<>();
  private @Nullable Path file;
  private @Nullable BufferedWriter spill;

  private ResultStore(int inMemory) {
    this.inMemory = inMemory;
  }

  /** @return a store that keeps every result in memory */
  static ResultStore inMemory() {
    return new ResultStore(Integer.MAX_VALUE);
  }

  /**
   * @param inMemory how many results to keep in memory; the ones after go to a temporary file
   * @return a store with bounded memory
   */
  static ResultStore spilling(int inMemory) {
    return new ResultStore(inMemory);
  }

  void add(CadreResult result) {
    if (kept.size() < inMemory) {
      kept.add(result);
      return;
    }
    try {
      if (spill == null) {
        file = Files.createTempFile("evaluation-results-", ".jsonl");
        spill = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      }
      spill.write(ReportStreamWriter.writeLine(result));
      spill.write('\n');
    } catch (IOException e) {
      throw new InterchangeIOException(file == null ? "a temporary file" : "the temporary file " + file, e);
    }
  }

  /** Hands on every result added, in order; once. */
  void forEach(Consumer<CadreResult> out) {
    kept.forEach(out);
    kept.clear();
    if (spill == null) {
      return;
    }
    try {
      spill.close();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          out.accept(ReportStreamWriter.readResult(line));
        }
      }
    } catch (IOException e) {
      throw new InterchangeIOException("the temporary file " + file, e);
    }
  }

  @Override
  public void close() {
    kept.clear();
    if (file == null) {
      return;
    }
    try {
      spill.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Cannot delete the temporary file {}: {}", file, e.getMessage());
    }
  }
}
