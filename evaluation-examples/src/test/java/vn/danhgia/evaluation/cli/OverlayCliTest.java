package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.assertNoStackTrace;
import static vn.danhgia.evaluation.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on versions that extend one another: {@code --resolved}, and what is refused. */
class OverlayCliTest {
  private static final Path SHIPPED = EvaluationCliTest.SHIPPED_2019.getParent();

  @TempDir Path tmp;

  /** Copies both shipped versions into {@code tmp/rules}. */
  private Path copyShipped() throws IOException {
    Path rules = tmp.resolve("rules");
    for (String v : List.of("2019.1", "2025.1")) {
      Files.createDirectories(rules.resolve(v));
      try (Stream<Path> files = Files.list(SHIPPED.resolve(v))) {
        for (Path f : files.toList()) {
          Files.copy(f, rules.resolve(v).resolve(f.getFileName().toString()));
        }
      }
    }
    return rules;
  }

  @Test
  void validate_resolved_printsEachRuleFileWithItsFolderAndEachParameterWithItsVersion() {
    CliRun run = run("validate", "--resolved");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.outLines();
    int overlay = lines.indexOf(lines.stream().filter(l -> l.startsWith("leaders 2025.1: ")).findFirst().orElseThrow());
    List<String> resolved = lines.subList(overlay, lines.size());
    assertThat(resolved).contains(
        "  extends: 2019.1",
        "    effectiveFrom = 2025-09-01",
        "    groupPhases = quota-allowance, quota",
        "    00-vocabulary.drl  from 2025.1 (rulesets/leaders/2025.1/00-vocabulary.drl)",
        "    03-level.drl  from 2019.1 (rulesets/leaders/2019.1/03-level.drl)",
        "    06-quota.drl  from 2025.1 (rulesets/leaders/2025.1/06-quota.drl)",
        "    cap.orderFailed = COMPLETED  from 2025.1",
        "    weight.general = 30  from 2019.1");
    assertThat(lines.subList(0, overlay)).contains("  extends: (none)",
        "    label.COMPLETED = Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực",
        "    cap.orderFailed = GOOD  from 2019.1");
    assertThat(resolved).noneMatch(l -> l.startsWith("    label."));
  }

  @Test
  void validate_resolvedOfAFolder_namesTheVersionFoldersRelativeToIt() throws IOException {
    Path rules = copyShipped();

    CliRun run = run("validate", "--rules", rules.toString(), "--resolved");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains("    04-caps.drl  from 2019.1 (2019.1/04-caps.drl)",
        "    05-vetoes.drl  from 2025.1 (2025.1/05-vetoes.drl)");
  }

  @Test
  void validate_overlayOfAnUnknownVersion_exitsThreeWithFileLineColumn() throws IOException {
    Path rules = copyShipped();
    Path manifest = rules.resolve("2025.1/ruleset.properties");
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    int line = lines.indexOf("extends = 2019.1") + 1;
    Files.writeString(manifest, Files.readString(manifest).replace("extends = 2019.1", "extends = 2018.1"));

    CliRun run = run("validate", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(line).isPositive();
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith(
        "2025.1/ruleset.properties:" + line + ":11: extends \"2018.1\": there is no version \"2018.1\""));
    assertNoStackTrace(run);
  }

  @Test
  void validate_syntaxErrorInAFileTheOverlayInherits_namesItInTheBaseFolderForBothVersions() throws IOException {
    Path rules = copyShipped();
    Path file = rules.resolve("2019.1/" + EvaluationCliTest.BROKEN_FILE);
    Files.writeString(file, Files.readString(file).replaceFirst("\nthen\n", "\nthenn oops(\n"));

    CliRun run = run("validate", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("2 of 2 versions of leaders were refused.");
    assertThat(run.errLines()).filteredOn(l -> l.matches("[^:\\s]+:\\d+:\\d+: .+"))
        .isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("2019.1/" + EvaluationCliTest.BROKEN_FILE + ":"));
  }
}
