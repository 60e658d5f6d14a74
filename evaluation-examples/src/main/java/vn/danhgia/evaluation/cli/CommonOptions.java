package vn.danhgia.evaluation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/** The options every command shares: where the rules come from, {@code --debug} and {@code --help}. */
final class CommonOptions {
  /** The rule set shipped in evaluation-rules. */
  static final String BUILT_IN = "leaders";
  private static final String CLASSPATH = "classpath:";

  @Option(names = "--rules", paramLabel = "DIR", description = {
      "Load the rule files from DIR instead of the built-in rule set \"" + BUILT_IN + "\": a folder holding "
          + "ruleset.properties, or a folder of version folders (e.g. 2019.1/, 2025.1/)."})
  Path rules;

  private boolean debug;

  @Option(names = Failures.DEBUG, description = "On failure, also show the stack trace; log the library's debug messages.")
  void debug(boolean on) {
    debug = on;
    if (on) {
      // Read by slf4j-simple when the first logger is made, which is after the arguments are parsed.
      System.setProperty("org.slf4j.simpleLogger.log.vn.danhgia", "debug");
    }
  }

  // A method, as --debug is, so that the help lists it after --debug as the commands always did.
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  void help(boolean on) {
    // picocli prints the help itself: nothing to keep
  }

  boolean debug() {
    return debug;
  }

  /**
   * @return the versions of the built-in rule set, or of the one in {@code --rules}
   * @throws CommandFailure when the {@code --rules} folder does not exist
   * @throws InvalidRuleSetException when a version cannot be loaded
   */
  RuleSets ruleSets() {
    if (rules == null) {
      return RuleSets.builtIn(BUILT_IN);
    }
    if (!Files.exists(rules)) {
      throw new CommandFailure(ExitCodes.INVALID, "The rules folder " + rules + " does not exist.");
    }
    if (!Files.isDirectory(rules)) {
      throw new CommandFailure(ExitCodes.INVALID, "The rules folder " + rules + " is not a folder.");
    }
    return RuleSets.fromDirectory(rules);
  }

  /**
   * Compiles a version, its problems located so that each names a real file.
   *
   * @param evaluator the evaluator, which keeps the compiled version
   * @param version the version
   * @return the compiled version
   * @throws InvalidRuleSetException with located diagnostics, when it does not compile
   */
  CompiledRuleSet compile(Evaluator evaluator, String version) {
    try {
      return evaluator.ruleSet(version);
    } catch (InvalidRuleSetException e) {
      throw located(evaluator.ruleSets().versions().get(version), e);
    }
  }

  /**
   * Compiles a version's files, its problems located so that each names a real file.
   *
   * @param source the version's files
   * @return the compiled version
   * @throws InvalidRuleSetException with located diagnostics, when it does not compile
   */
  CompiledRuleSet compile(RuleSetSource source) {
    try {
      return CompiledRuleSet.compile(source);
    } catch (InvalidRuleSetException e) {
      throw located(source, e);
    }
  }

  /**
   * The compiler names a file relative to its version folder ({@code 03-level.drl}); when that
   * folder is below the {@code --rules} folder, or on the classpath, its path is put in front
   * ({@code 2019.1/03-level.drl}, {@code rulesets/leaders/2019.1/03-level.drl}).
   */
  private InvalidRuleSetException located(RuleSetSource source, InvalidRuleSetException e) {
    if (source == null) {
      return e;
    }
    // A rule file a version inherits (extends = …) is in the folder of the version it comes from.
    List<Diagnostic> moved = e.diagnostics().stream()
        .map(d -> new Diagnostic(folderOf(source.ruleOrigins().getOrDefault(d.file(), source.origin())) + d.file(),
            d.line(), d.column(), d.message())).toList();
    InvalidRuleSetException located = new InvalidRuleSetException(e.ruleSet(), moved);
    located.initCause(e);
    return located;
  }

  /** @return the version's folder, relative to {@code --rules} and ending in "/", or "" */
  String folderOf(RuleSetSource source) {
    return folderOf(source.origin());
  }

  /** @return the folder of a version loaded from {@code origin}, relative to {@code --rules} and ending in "/", or "" */
  String folderOf(String origin) {
    if (origin.startsWith(CLASSPATH)) {
      String folder = origin.substring(CLASSPATH.length());
      return folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
    }
    if (rules == null) {
      return "";
    }
    try {
      Path base = rules.toAbsolutePath().normalize();
      Path folder = Path.of(origin).toAbsolutePath().normalize();
      if (!folder.startsWith(base) || folder.equals(base)) {
        return "";
      }
      return base.relativize(folder).toString().replace('\\', '/') + "/";
    } catch (RuntimeException notAPath) {
      return "";
    }
  }
}
