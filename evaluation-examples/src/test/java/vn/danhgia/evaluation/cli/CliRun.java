package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One run of the command line in-process, with what it wrote to standard output and error.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs the command line with these arguments. */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EvaluationCli.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Standard error holds sentences, not a Java stack trace. */
  /**
   * Asserts that {@code evaluate} refused an invalid input: exit 2, nothing on standard output, the
   * file and its one problem at {@code path} on standard error, no report written, no stack trace.
   */
  static void assertRefusedInput(CliRun run, String what, Path input, String path, Path report) {
    assertThat(run.exitCode()).as(what).isEqualTo(2);
    assertThat(run.out()).as(what).isEmpty();
    assertThat(run.errLines().get(0)).as(what).contains(input.toString()).contains("invalid").contains("1 problem");
    assertThat(run.errLines()).as(what).anySatisfy(l -> assertThat(l).matches(Pattern.quote(path) + ": .+"));
    assertThat(report).as(what).doesNotExist();
    assertNoStackTrace(run);
  }

  static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception:");
  }
}
