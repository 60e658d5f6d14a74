package vn.danhgia.evaluation.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.danhgia.evaluation.engine.EvaluationOptions;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.InputLimits;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.io.InterchangeIOException;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.ReportTerms;
import vn.danhgia.evaluation.report.html.HtmlReport;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.validation.InvalidInputException;

/**
 * {@code evaluate INPUT.json [--rules DIR] [--version V] [--output REPORT.json] [--html REPORT.html
 * [--lang vi|en]] [--max-input-size BYTES]}: reads and checks an input, evaluates it and writes the report, to standard output
 * or to a file (then a summary table goes to standard output), and, when asked, a readable HTML page
 * of it.
 */
@Command(name = "evaluate", sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Evaluates an evaluation-input/1 document and writes the evaluation-report/1 document.",
        "Without --output the report goes to standard output, and nothing else does; with --output it goes "
            + "to the file and a summary table (cadre, position, score, rating, main reasons) goes to standard "
            + "output.",
        "With --html the readable HTML page of the report is also written (in Vietnamese, or in English with "
            + "--lang en); standard output is the same as without it.",
        "The rule set version is --version, else the input's period.ruleSetVersion, else the one in force on "
            + "the period's end."})
final class EvaluateCommand implements Callable<Integer> {
  /** The key of the problem of a document larger than the limit. */
  private static final String TOO_LARGE = "documentTooLarge";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT.json", description = "The input document (evaluation-input/1).")
  Path input;

  @Option(names = "--version", paramLabel = "V",
      description = "Evaluate with this rule set version (e.g. 2025.1), whatever the input names.")
  String version;

  @Option(names = {"-o", "--output"}, paramLabel = "REPORT.json",
      description = "Write the report to this file (replaced if it exists) and print a summary table.")
  Path output;

  @Option(names = "--html", paramLabel = "REPORT.html",
      description = "Also write the report as a self-contained HTML page to this file (replaced if it exists).")
  Path html;

  @Option(names = "--max-input-size", paramLabel = "BYTES", converter = ByteSize.class,
      description = "Read an input of up to this size (default 256M, the library's limit): a number of bytes, "
          + "or of K, M or G (1024, 1024^2, 1024^3 bytes) such as 1G. A larger input is refused unread.")
  Long maxInputSize;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      description = "The language of the HTML page: vi (Vietnamese, the default) or en (English).")
  Language lang;

  /** The languages of the HTML page. */
  enum Language {
    vi(HtmlReport.VIETNAMESE),
    en(Locale.ENGLISH);

    final Locale locale;

    Language(Locale locale) {
      this.locale = locale;
    }
  }

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    Failures.requireInputFile(input);
    if (output != null) {
      Failures.requireNotInput(input, output, "--output");
      checkWritable(output, "report");
    }
    if (html != null) {
      Failures.requireNotInput(input, html, "--html");
      checkWritable(html, "HTML report");
      if (output != null && Failures.sameFile(output, html)) {
        throw new CommandFailure(ExitCodes.INVALID, "--output and --html name the same file " + html
            + "; give the HTML report a file of its own.");
      }
    }
    // The JSON machinery starts on another core while the rule sets are found and read.
    CompletableFuture.runAsync(Interchange::standard);
    RuleSets sets = common.ruleSets();
    Failures.requireVersion(sets, version);
    Interchange json = maxInputSize == null ? Interchange.standard()
        : Interchange.standard().withLimits(InputLimits.defaults().withMaxDocumentBytes(maxInputSize));
    Evaluator evaluator = Evaluator.builder().ruleSets(sets)
        .options(EvaluationOptions.defaults().withInterchange(json)).build();
    // The version the input names loads on another core while the document is read and checked.
    VersionHint.of(input, version, sets).ifPresent(v -> CompletableFuture.runAsync(() -> loadEarly(evaluator, v)));
    // The caller's --version overrides the input's period.ruleSetVersion, so that one is not checked then.
    Interchange reader = version == null ? evaluator.interchange() : json;
    EvaluationReport report;
    EvaluationInput in;
    try {
      in = reader.readInput(input);
      common.compile(evaluator, evaluator.chooseVersion(in, version));
      report = evaluator.evaluate(in, version);
    } catch (InvalidInputException e) {
      CommandFailure failure = Failures.invalidInput(input, e);
      if (e.problems().stream().anyMatch(p -> TOO_LARGE.equals(p.key()))) {
        List<String> lines = new ArrayList<>(failure.lines());
        lines.add("A larger input is read with --max-input-size, for instance --max-input-size 1G.");
        throw new CommandFailure(failure.exitCode(), lines, e);
      }
      throw failure;
    } catch (InterchangeIOException e) {
      throw new CommandFailure(ExitCodes.INVALID, List.of("Cannot read the input file " + input + ": "
          + reason(e.getCause()) + "."), e);
    }

    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      writeHtml(report, in, evaluator);
      Interchange.standard().writeReport(report, out);
      return ExitCodes.OK;
    }
    writeReport(output, report);
    writeHtml(report, in, evaluator);
    SummaryTable.of(in, report, evaluator.ruleSet(report.ruleSet().version()).terms()).lines().forEach(out::println);
    out.println("Report written to " + output + ".");
    if (html != null) {
      out.println("HTML report written to " + html + ".");
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Loads a version ahead of its use; a failure is left for the use to report. */
  private static void loadEarly(Evaluator evaluator, String version) {
    try {
      evaluator.ruleSet(version);
    } catch (RuntimeException e) {
      // Reported when the version is used: loading it again throws the same.
    }
  }

  /** Writes the HTML page, when asked for; standard output is left to the caller. */
  private void writeHtml(EvaluationReport report, EvaluationInput in, Evaluator evaluator) {
    if (html != null) {
      ReportTerms terms = evaluator.ruleSet(report.ruleSet().version()).terms();
      write(html, HtmlReport.render(report, in, terms, lang.locale).getBytes(StandardCharsets.UTF_8), "HTML report");
    }
  }

  /**
   * Refuses an output that surely cannot be written before spending time on the evaluation.
   *
   * @param file the output
   * @param what what it is to hold, for the sentence ("report", "HTML report")
   */
  private static void checkWritable(Path file, String what) {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    String cannot = "Cannot write the " + what + " to " + file + ": ";
    if (Files.isDirectory(target)) {
      throw new CommandFailure(ExitCodes.INVALID, cannot + "it is a folder.");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new CommandFailure(ExitCodes.INVALID, cannot + "the folder " + folder + " does not exist.");
    }
    if (Files.exists(target) ? !Files.isWritable(target) : !Files.isWritable(folder)) {
      throw new CommandFailure(ExitCodes.INVALID, cannot + "permission denied.");
    }
  }

  /**
   * Writes the report to its file as it is produced, never whole in memory; a file that could not be
   * written to the end is deleted (when it is a regular file, the link's target when it is a link), so
   * that no partial report remains.
   */
  private static void writeReport(Path file, EvaluationReport report) {
    OutputStream to;
    try {
      to = Files.newOutputStream(file);
    } catch (IOException e) {
      throw cannotWrite(file, "report", e);
    }
    try (to) {
      Interchange.standard().writeReport(report, to);
    } catch (IOException | InterchangeIOException e) {
      IOException cause = e instanceof IOException io ? io : (IOException) e.getCause();
      try {
        Path written = file.toRealPath();
        if (Files.isRegularFile(written)) { // not a device such as /dev/full
          Files.delete(written);
        }
      } catch (IOException | RuntimeException again) {
        cause.addSuppressed(again);
      }
      throw cannotWrite(file, "report", cause);
    }
  }

  private static CommandFailure cannotWrite(Path file, String what, IOException e) {
    return new CommandFailure(ExitCodes.INVALID, List.of("Cannot write the " + what + " to " + file + ": "
        + reason(e) + "."), e);
  }

  private static void write(Path file, byte[] bytes, String what) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw cannotWrite(file, what, e);
    }
  }

  private static String reason(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e == null || e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
