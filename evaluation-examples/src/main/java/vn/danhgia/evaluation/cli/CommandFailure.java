package vn.danhgia.evaluation.cli;

import java.util.List;

/**
 * A command could not do what was asked, for a reason the user can fix: the lines to show on
 * standard error and the exit code. Never a bug; those surface as other exceptions.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  /**
   * @param exitCode the exit code, one of {@link ExitCodes}
   * @param lines plain sentences (or {@code path: message} lines), one a line
   * @param cause what went wrong underneath, shown with {@code --debug}; may be null
   */
  CommandFailure(int exitCode, List<String> lines, Throwable cause) {
    super(String.join("\n", lines), cause);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  /**
   * @param exitCode the exit code
   * @param sentence a plain sentence
   */
  CommandFailure(int exitCode, String sentence) {
    this(exitCode, List.of(sentence), null);
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }
}
