package vn.danhgia.evaluation.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a scenario file, or with the input file it names.
 *
 * @param file the file, as the reader was given it (relative paths stay relative)
 * @param path the JSON path of the offending value, e.g. {@code $.expect.C01.rating} or {@code
 *     $.input.products[3].target}; {@code $} for the file as a whole
 * @param message a plain sentence saying what is wrong
 */
public record ScenarioProblem(Path file, String path, String message) {
  /**
   * Checks that no component is null.
   *
   * @param file the file, as the reader was given it (relative paths stay relative)
   * @param path the JSON path of the offending value, e.g. {@code $.expect.C01.rating} or {@code
   *     $.input.products[3].target}; {@code $} for the file as a whole
   * @param message a plain sentence saying what is wrong
   */
  public ScenarioProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** @return {@code file: path: message} */
  @Override
  public String toString() {
    return file + ": " + path + ": " + message;
  }
}
