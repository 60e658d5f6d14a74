package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.assertNoStackTrace;
import static vn.danhgia.evaluation.cli.CliRun.run;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.testing.HostileFolders;
import vn.danhgia.evaluation.testing.HostileRules;
import vn.danhgia.evaluation.testing.HostileRules.Refusal;
import vn.danhgia.evaluation.testing.HostileRules.RuleFile;
import vn.danhgia.evaluation.testing.OutsideWorld;

/**
 * {@code validate --rules DIR} against the hostile rule-file corpus of evaluation-core, each file the
 * only rule file of a version: every hostile file exits with 3 and names, on standard error, {@code
 * v/FILE:line} and what was refused; every legitimate file passes; nothing outside the JVM changes.
 */
class HostileRulesCliTest {
  @TempDir Path tmp;

  @BeforeAll
  static void warmUp(@TempDir Path base) {
    // MVEL (Drools' condition language) sets mvel.debugger=false itself when it first compiles a
    // consequence of a kind; that is Drools, not the rules: the property has that value before the world is seen.
    HostileFolders.installBase(base.resolve("rules"));
    assertThat(run("validate", "--rules", base.resolve("rules").toString()).exitCode()).isZero();
    System.setProperty("mvel.debugger", "false");
  }

  static List<RuleFile> corpus() {
    return HostileRules.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validate_ruleFile_hostileExitsThreeWithFileLineAndWhat_legitimatePasses(RuleFile file) {
    Path rules = tmp.resolve("rules");
    file.install(rules);
    OutsideWorld before = OutsideWorld.now();
    long children = ProcessHandle.current().children().count();

    CliRun run = run("validate", "--rules", rules.toString());

    if (file.legitimate()) {
      assertThat(run.exitCode()).as("%s must pass; stderr:%n%s", file, run.err()).isZero();
    } else {
      assertThat(run.exitCode()).as("%s: exit code; stderr:%n%s", file, run.err()).isEqualTo(ExitCodes.RULES);
      assertThat(run.out()).isEmpty();
      for (Refusal r : file.refusals()) {
        String start = HostileFolders.VERSION + "/" + file.name() + ":" + r.line() + ":";
        assertThat(run.errLines()).as("%s: a line starting %s saying \"%s\"", file, start, r.fragment())
            .anySatisfy(l -> assertThat(l).startsWith(start).contains(r.fragment()));
      }
    }
    assertNoStackTrace(run);
    before.assertUnchanged();
    assertThat(ProcessHandle.current().children().count()).as("no process started").isEqualTo(children);
  }
}
