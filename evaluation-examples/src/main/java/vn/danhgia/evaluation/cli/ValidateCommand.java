package vn.danhgia.evaluation.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * {@code validate [--rules DIR]}: compiles and checks every version of the rule set, and lists every
 * problem as {@code file:line:column: message}, and every warning of a version that passes as {@code
 * file:line: warning: message}.
 */
@Command(name = "validate", sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Compiles and checks every version of the rule set (the built-in one, or the one in --rules DIR).",
        "Prints \"<id> <version>: N rules compiled\" for each version that passes; for each that does not, "
            + "every problem on standard error as file:line:column: message, the file relative to DIR, "
            + "and exits with 3.",
        "A version that passes may have warnings (a parameter no rule reads), each on standard error as "
            + "file:line: warning: message; they do not change the exit code.",
        "With --resolved, each version that passes is followed by its resolved manifest: the versions it "
            + "extends, its SHA-256, its manifest's entries, its rule files with the folder each comes from and "
            + "its parameters with the version that sets each."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--resolved", description = "Print each version as resolved: a version that extends another "
      + "(extends = VERSION) with what it inherits, each rule file and parameter with where it comes from.")
  boolean resolved;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleSets sets = common.ruleSets(); // a version that cannot even be loaded fails here, with every problem
    int refused = 0;
    for (Map.Entry<String, RuleSetSource> version : sets.versions().entrySet()) {
      String title = sets.id() + " " + version.getKey();
      try {
        CompiledRuleSet compiled = common.compile(version.getValue());
        out.println(title + ": " + Failures.count(compiled.rules().size(), "rule") + " compiled");
        if (resolved) {
          ResolvedVersion.print(version.getValue(), common::folderOf, out);
        }
        out.flush();
        String folder = common.folderOf(version.getValue());
        for (Diagnostic w : compiled.warnings()) {
          err.println(folder + w.file() + ":" + w.line() + ": warning: " + w.message());
        }
        err.flush();
      } catch (InvalidRuleSetException e) {
        refused++;
        Failures.refused(title + " (" + version.getValue().origin() + ")", e.diagnostics()).forEach(err::println);
        if (common.debug()) {
          e.printStackTrace(err);
        }
        err.flush();
      }
    }
    if (refused > 0) {
      err.println(refused + " of " + Failures.count(sets.versions().size(), "version") + " of " + sets.id()
          + (refused == 1 ? " was" : " were") + " refused.");
      err.flush();
      return ExitCodes.RULES;
    }
    return ExitCodes.OK;
  }
}
