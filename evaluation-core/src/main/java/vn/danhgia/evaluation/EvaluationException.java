package vn.danhgia.evaluation;

/**
 * The root of every exception this library throws. It is unchecked; each subclass carries the
 * structured context of its failure (problems with JSON paths, rule diagnostics with file and line)
 * as data, so that a host can show or log it without parsing messages.
 */
public class EvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message a plain sentence saying what went wrong
   */
  public EvaluationException(String message) {
    super(message);
  }

  /**
   * @param message a plain sentence saying what went wrong
   * @param cause the underlying failure
   */
  public EvaluationException(String message, Throwable cause) {
    super(message, cause);
  }
}
