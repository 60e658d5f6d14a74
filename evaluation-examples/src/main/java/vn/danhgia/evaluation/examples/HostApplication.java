package vn.danhgia.evaluation.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.repository.ReloadListener;
import vn.danhgia.evaluation.repository.RuleRepository;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;

/**
 * A host that embeds the library the way a long-running government system would: it serves the
 * rule sets of a folder that policy staff edit while it runs, is told of every reload and refusal,
 * and evaluates an input every few seconds on whatever rules are current.
 *
 * <pre>
 * java -cp evaluation-cli.jar vn.danhgia.evaluation.examples.HostApplication RULES_DIR INPUT.json [SECONDS]
 * </pre>
 *
 * Edit a parameter in {@code RULES_DIR} while it runs and the next line shows the new rules; break a
 * rule file and the host says why and keeps serving the previous rules.
 */
public final class HostApplication implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HostApplication.class);

  private final RuleRepository rules;
  private final PrintStream out;

  /**
   * Starts serving a rule folder.
   *
   * @param rulesFolder the folder of rule set versions
   * @param out where the host reports what happens
   * @throws InvalidRuleSetException when the folder's rules cannot be used at first
   */
  public HostApplication(Path rulesFolder, PrintStream out) {
    this.out = out;
    this.rules = RuleRepository.builder(rulesFolder)
        .watch(true)
        .listener(new ReloadListener() {
          @Override
          public void reloaded(long generation, Evaluator serving) {
            out.println("rules generation " + generation + ": " + serving.ruleSets());
          }

          @Override
          public void refused(InvalidRuleSetException problem, Evaluator serving) {
            out.println("change refused, still serving " + serving.ruleSets() + ":");
            problem.diagnostics().forEach(d -> out.println("  " + d));
          }
        })
        .build();
  }

  /**
   * Evaluates an input on the current rules and reports one line.
   *
   * @param input the input
   * @return the report
   */
  public EvaluationReport evaluate(EvaluationInput input) {
    EvaluationReport report = rules.evaluate(input);
    out.println("period " + report.period() + " on " + report.ruleSet().id() + " " + report.ruleSet().version()
        + " (" + report.ruleSet().sha256().substring(0, 12) + "): " + report.summary());
    return report;
  }

  /** @return the repository serving the rules */
  public RuleRepository rules() {
    return rules;
  }

  @Override
  public void close() {
    rules.close();
  }

  /**
   * Runs the host for a while.
   *
   * @param args the rule folder, the input file, and how many seconds to run (default 60)
   * @throws InterruptedException when interrupted while waiting
   */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length < 2) {
      System.err.println("usage: HostApplication RULES_DIR INPUT.json [SECONDS]");
      System.exit(2);
    }
    Duration run = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);
    try (HostApplication host = new HostApplication(Path.of(args[0]), out)) {
      EvaluationInput input = host.rules().current().interchange().readInput(Path.of(args[1]));
      long end = System.nanoTime() + run.toNanos();
      while (System.nanoTime() < end) {
        host.evaluate(input);
        Thread.sleep(2_000);
      }
    } catch (EvaluationException e) {
      LOG.debug("Host stopped", e);
      System.err.println(e.getMessage());
      System.exit(e instanceof InvalidRuleSetException ? 3 : 2);
    }
  }
}
