package vn.danhgia.evaluation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * The command line of the cadre evaluation library, run as {@code java -jar evaluation-cli.jar
 * COMMAND …}. Exit codes: 0 success, 1 a check failed, 2 invalid input, usage or an output that
 * cannot be written, 3 rule files that do not compile, break the rule policy or fail while running,
 * 70 an internal error.
 */
@Command(name = "evaluation-cli", usageHelpAutoWidth = true,
    versionProvider = EvaluationCli.Version.class,
    description = "Evaluates cadres with a versioned rule set (evaluation-input/1 in, evaluation-report/1 out).",
    subcommands = {EvaluateCommand.class, ValidateCommand.class, TestCommand.class, DiffCommand.class,
        HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        " 0:success",
        " 1:a check failed",
        " 2:invalid input, usage, or an output that cannot be written",
        " 3:rule files that do not compile, break the rule policy, or fail while running",
        "70:an internal error (a bug; --debug shows the stack trace)"})
public final class EvaluationCli implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = {"-V", "--tool-version"}, versionHelp = true, description = "Print the tool's version and exit.")
  boolean toolVersion;

  /** Without a command: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: evaluate, validate, test or diff.");
  }

  /**
   * @return the command line, with its failure handling; set its out and err writers to capture them
   */
  public static CommandLine commandLine() {
    Failures failures = new Failures();
    return new CommandLine(new EvaluationCli())
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures)
        .setExitCodeExceptionMapper(failures);
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default: the report is UTF-8 JSON, and names are Vietnamese.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine().setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The tool's version, Java's, and the built-in rule set's versions. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = "unknown";
      try (InputStream in = EvaluationCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          version = p.getProperty("version", version);
        }
      } catch (IOException e) {
        // keep "unknown"
      }
      String rules;
      try {
        RuleSets sets = RuleSets.builtIn(CommonOptions.BUILT_IN);
        rules = "Built-in rule set " + sets.id() + ": " + String.join(", ", sets.versions().keySet());
      } catch (EvaluationException e) {
        rules = "No built-in rule set " + CommonOptions.BUILT_IN;
      }
      return new String[] {"evaluation-cli " + version, rules,
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
