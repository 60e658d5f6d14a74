package vn.danhgia.evaluation.ruleset;

import java.util.Objects;

/**
 * One problem of a rule set: a file that does not compile, a parameter that does not parse, a rule
 * that breaks the rule-code policy.
 *
 * <p>In a spreadsheet ({@code parameters.xlsx}) the file names the sheet as well, {@code
 * parameters.xlsx[Parameters]}, the line is the 1-based row and the column the 1-based column (1 for
 * A), and the message starts with them in words: {@code sheet Parameters, row 7, column B: …}.
 *
 * @param file the file's name within the rule set folder, e.g. {@code 05-level.drl}, or a
 *     spreadsheet's name and sheet, e.g. {@code parameters.xlsx[Parameters]}
 * @param line the 1-based line (a spreadsheet's row), or 0 when the problem concerns the file as a
 *     whole
 * @param column the 1-based column, or 0 when unknown
 * @param message a plain sentence saying what is wrong
 */
public record Diagnostic(String file, int line, int column, String message) {
  /**
   * Checks that no component is null.
   *
   * @param file the file's name within the rule set folder, e.g. {@code 05-level.drl}, or a
   *     spreadsheet's name and sheet, e.g. {@code parameters.xlsx[Parameters]}
   * @param line the 1-based line (a spreadsheet's row), or 0 when the problem concerns the file as
   *     a whole
   * @param column the 1-based column, or 0 when unknown
   * @param message a plain sentence saying what is wrong
   */
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** @return {@code file:line:column: message}, the form compilers and editors understand */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
