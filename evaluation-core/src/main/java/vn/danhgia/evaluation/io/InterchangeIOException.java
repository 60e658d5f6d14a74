package vn.danhgia.evaluation.io;

import java.io.IOException;
import vn.danhgia.evaluation.EvaluationException;

/** A document could not be read from, or written to, its file or stream. */
public final class InterchangeIOException extends EvaluationException {
  private static final long serialVersionUID = 1L;

  /** The file or stream that could not be read or written. */
  private final String target;

  /**
   * @param target the file or stream concerned, as a reader would name it
   * @param cause the underlying failure
   */
  public InterchangeIOException(String target, IOException cause) {
    super("Cannot access " + target + ": " + cause.getMessage(), cause);
    this.target = target;
  }

  /** @return the file or stream concerned */
  public String target() {
    return target;
  }
}
