package vn.danhgia.evaluation.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.testing.HostileFolders;
import vn.danhgia.evaluation.testing.HostileRules;
import vn.danhgia.evaluation.testing.HostileRules.Refusal;
import vn.danhgia.evaluation.testing.HostileRules.RuleFile;
import vn.danhgia.evaluation.testing.OutsideWorld;
import vn.danhgia.evaluation.testing.Situation;

/**
 * The hostile rule-file corpus through a live reload: a good version serves first, then the hostile
 * file is swapped in; the reload is refused with the file's {@code NAME:line} and what was
 * refused, and the previous version keeps serving and evaluating. While each file goes through,
 * nothing outside the JVM changes: no file written, no child process, no connection to a
 * local server that the corpus's socket attack is pointed at, no system property.
 */
class HostileRulesReloadTest {
  private static final EvaluationInput INPUT = Situation.year(2024).cadre("A", c -> c.superior("20")).build();
  private static final AtomicInteger CONNECTIONS = new AtomicInteger();
  private static ServerSocket server;

  @TempDir Path tmp;

  static List<RuleFile> hostile() {
    return HostileRules.hostile();
  }

  @BeforeAll
  static void listen() throws IOException {
    server = new ServerSocket(0);
    Thread accept = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          CONNECTIONS.incrementAndGet();
        } catch (IOException e) {
          return;
        }
      }
    }, "hostile-rules-server");
    accept.setDaemon(true);
    accept.start();
  }

  @AfterAll
  static void close() throws IOException {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void reload_hostileRuleFile_isRefusedWithFileLine_previousVersionKeepsServing(RuleFile file) {
    Path rules = tmp.resolve("rules");
    HostileFolders.installBase(rules);
    try (RuleRepository repository = RuleRepository.builder(rules).build()) {
      EvaluationReport served = repository.evaluate(INPUT);
      OutsideWorld before = OutsideWorld.now();
      long children = ProcessHandle.current().children().count();
      int connections = CONNECTIONS.get();
      aimed(file).install(rules);

      ReloadOutcome outcome = repository.reload();

      assertThat(outcome.accepted()).as("%s must be refused", file).isFalse();
      List<String> seen = outcome.diagnostics().stream().map(Diagnostic::toString).toList();
      for (Refusal r : file.refusals()) {
        String start = file.name() + ":" + r.line() + ":";
        assertThat(seen).as("%s: a diagnostic starting %s saying \"%s\"", file, start, r.fragment())
            .anySatisfy(d -> assertThat(d).startsWith(start).contains(r.fragment()));
      }
      EvaluationReport after = repository.evaluate(INPUT);
      assertThat(after.ruleSet()).as("the version served").isEqualTo(served.ruleSet());
      assertThat(after.results()).isEqualTo(served.results());
      before.assertUnchanged();
      assertThat(ProcessHandle.current().children().count()).as("no process started").isEqualTo(children);
      assertThat(CONNECTIONS.get()).as("no connection to the local server").isEqualTo(connections);
    }
  }

  /** The file with its socket attack pointed at the test's server (same lines). */
  private static RuleFile aimed(RuleFile file) {
    return new RuleFile(file.name(), file.text().replace("\"127.0.0.1\", 80", "\"127.0.0.1\", " + server.getLocalPort()),
        file.refusals());
  }
}
