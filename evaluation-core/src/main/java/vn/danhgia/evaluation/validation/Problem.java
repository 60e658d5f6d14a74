package vn.danhgia.evaluation.validation;

import java.util.Objects;

/**
 * One thing wrong with an input document.
 *
 * @param path the JSON path of the offending value, e.g. {@code $.products[3].target}; for a missing
 *     field, the path the field would have; {@code $} for the document as a whole
 * @param message a plain English sentence saying what is wrong, quoting the bad value where there is
 *     one
 */
public record Problem(String path, String message) {
  /** Checks that no component is null. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** @return {@code "path: message"} */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
