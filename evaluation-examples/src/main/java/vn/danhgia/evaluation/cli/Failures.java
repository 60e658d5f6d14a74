package vn.danhgia.evaluation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.engine.RuleExecutionException;
import vn.danhgia.evaluation.io.InterchangeIOException;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.ruleset.UnknownVersionException;
import vn.danhgia.evaluation.validation.InvalidInputException;

/**
 * Turns every failure into plain sentences on standard error and an exit code: usage errors and
 * invalid input 2, rule sets refused or failing 3, anything unexpected 70. A stack trace is shown
 * only with {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {
  static final String DEBUG = "--debug";

  @Override
  public int getExitCode(Throwable failure) {
    if (failure instanceof CommandFailure f) {
      return f.exitCode();
    }
    if (failure instanceof ParameterException) {
      return ExitCodes.INVALID;
    }
    if (failure instanceof InvalidRuleSetException || failure instanceof RuleExecutionException) {
      return ExitCodes.RULES;
    }
    if (failure instanceof EvaluationException) {
      return ExitCodes.INVALID; // invalid input, unreadable file, a version the rule sets do not have
    }
    return ExitCodes.INTERNAL;
  }

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    describe(failure).forEach(err::println);
    if (debug(parsed)) {
      failure.printStackTrace(err);
    } else if (getExitCode(failure) == ExitCodes.INTERNAL) {
      err.println("Run the command again with " + DEBUG + " to see the stack trace.");
    }
    err.flush();
    return getExitCode(failure);
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(failure.getMessage());
    UnmatchedArgumentException.printSuggestions(failure, err);
    CommandLine.Help help = command.getHelp();
    err.print(help.synopsisHeading());
    err.print(help.synopsis(help.synopsisHeadingLength()));
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
    if (Arrays.asList(args).contains(DEBUG)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return getExitCode(failure);
  }

  /**
   * @param failure a failure
   * @return plain lines saying what went wrong: sentences, {@code path: message} for input problems,
   *     {@code file:line:column: message} for rule problems
   */
  static List<String> describe(Throwable failure) {
    List<String> lines = new ArrayList<>();
    if (failure instanceof CommandFailure f) {
      lines.addAll(f.lines());
    } else if (failure instanceof InvalidInputException e) {
      lines.add("The input is invalid (" + count(e.total(), "problem") + "):");
      lines.addAll(e.describe(Locale.ENGLISH));
    } else if (failure instanceof InvalidRuleSetException e) {
      lines.addAll(refused(e.ruleSet(), e.diagnostics()));
    } else if (failure instanceof RuleExecutionException e) {
      lines.add("The rules of " + e.ruleSet() + " failed: " + e.getMessage());
      if (!e.rules().isEmpty()) {
        lines.add("Rules involved: " + String.join(", ", e.rules()));
      }
    } else if (failure instanceof InterchangeIOException e) {
      lines.add(e.getMessage());
    } else if (failure instanceof EvaluationException e) {
      lines.addAll(Arrays.asList(String.valueOf(e.getMessage()).split("\n")));
    } else {
      String message = failure.getMessage();
      lines.add("Internal error: " + failure.getClass().getName() + (message == null ? "" : ": " + message));
    }
    return lines;
  }

  /**
   * @param ruleSet the rule set, as {@code id version} or its folder
   * @param diagnostics its problems
   * @return a sentence, then each problem as {@code file:line:column: message}
   */
  static List<String> refused(String ruleSet, List<Diagnostic> diagnostics) {
    List<String> lines = new ArrayList<>();
    lines.add("Rule set " + ruleSet + " was refused (" + count(diagnostics.size(), "problem") + "):");
    diagnostics.stream().map(Diagnostic::toString).forEach(lines::add);
    return lines;
  }

  /**
   * The failure for an input file that breaks the contract: a sentence, then every problem as
   * {@code path: message}.
   */
  static CommandFailure invalidInput(Path input, InvalidInputException e) {
    List<String> lines = new ArrayList<>();
    lines.add("The input " + input + " is invalid (" + count(e.total(), "problem")
        + (e.unlisted() > 0 ? ", the first " + e.problems().size() + " listed" : "") + "); nothing was evaluated:");
    lines.addAll(e.describe(Locale.ENGLISH));
    return new CommandFailure(ExitCodes.INVALID, lines, e);
  }

  /**
   * Refuses (exit 2) an output file that is the input file: the same path once normalised and its
   * links followed, or another name (hard or symbolic link) of the same file, so that the input is
   * never overwritten.
   *
   * @param input the input file
   * @param output the output file, which may not exist yet
   * @param option the option that names the output, for the sentence
   */
  static void requireNotInput(Path input, Path output, String option) {
    if (sameFile(input, output)) {
      throw new CommandFailure(ExitCodes.INVALID, option + " " + output + " names the input file " + input
          + "; the input is left as it is. Write the output to a file of its own.");
    }
  }

  /**
   * @param a a file, which may not exist
   * @param b another file, which may not exist
   * @return whether both name the same file: equal once made absolute, normalised and their links
   *     followed (as far as they exist), or the same file by the file system (hard links)
   */
  static boolean sameFile(Path a, Path b) {
    if (real(a).equals(real(b))) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** The path with every link followed, a link to a file not yet written included. */
  private static Path real(Path p) {
    Path absolute = p.toAbsolutePath().normalize();
    for (int hops = 0; hops < 40 && Files.isSymbolicLink(absolute); hops++) {
      try {
        absolute = absolute.resolveSibling(Files.readSymbolicLink(absolute)).normalize();
      } catch (IOException e) {
        break;
      }
    }
    Path existing = absolute;
    Path rest = absolute.getFileSystem().getPath("");
    while (existing != null && !Files.exists(existing)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }

  /** Refuses (exit 2) an input path that is missing, a folder or unreadable. */
  static void requireInputFile(Path file) {
    if (!Files.exists(file)) {
      throw new CommandFailure(ExitCodes.INVALID, "The input file " + file + " does not exist.");
    }
    if (Files.isDirectory(file)) {
      throw new CommandFailure(ExitCodes.INVALID, "The input " + file + " is a folder, not a file.");
    }
    if (!Files.isReadable(file)) {
      throw new CommandFailure(ExitCodes.INVALID, "The input file " + file + " cannot be read (permission denied).");
    }
  }

  /**
   * Refuses (exit 2, as every {@link UnknownVersionException}) a version the rule sets do not have,
   * before any input is read; {@code null} (no version asked for) passes.
   */
  static void requireVersion(RuleSets sets, @Nullable String version) {
    if (version != null && sets.version(version).isEmpty()) {
      throw new UnknownVersionException(sets.id(), version, sets.versions().keySet());
    }
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
      if (p.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }
}
