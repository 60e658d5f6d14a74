package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.assertNoStackTrace;
import static vn.danhgia.evaluation.cli.CliRun.run;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.testing.HostileFolders;
import vn.danhgia.evaluation.testing.HostileFolders.Refusal;
import vn.danhgia.evaluation.testing.HostileFolders.Technique;
import vn.danhgia.evaluation.testing.OutsideWorld;

/**
 * {@code validate --rules DIR} against the hostile rule-folder corpus of evaluation-core: every
 * technique exits with 3 and names, on standard error, the file, line and column and what was
 * refused, relative to DIR; nothing outside the JVM changes.
 */
class HostileFoldersCliTest {
  @TempDir Path tmp;

  static Stream<Technique> corpus() {
    return HostileFolders.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validate_hostileFolder_exitsThreeWithFileLineColumnAndWhat(Technique technique) {
    Path rules = tmp.resolve("rules");
    technique.install(rules, tmp.resolve("outside"));
    OutsideWorld before = OutsideWorld.now();

    CliRun run = run("validate", "--rules", rules.toString());

    assertThat(run.exitCode()).as("%s: exit code; stderr:%n%s", technique, run.err()).isEqualTo(ExitCodes.RULES);
    assertThat(run.out()).isEmpty();
    for (Refusal r : technique.refusals()) {
      assertThat(run.errLines()).as("%s: a line starting %s saying \"%s\"", technique, r.start(""), r.fragment())
          .anySatisfy(l -> assertThat(l).startsWith(r.start("")).contains(r.fragment()));
    }
    assertThat(run.err().length()).as("standard error stays short").isLessThan(64 * 1024);
    assertNoStackTrace(run);
    before.assertUnchanged();
  }
}
