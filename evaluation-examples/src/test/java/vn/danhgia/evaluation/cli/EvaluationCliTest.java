package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.run;
import static vn.danhgia.evaluation.cli.CliRun.assertNoStackTrace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.RuleSets;

/** The command line, run in-process through picocli with captured standard output and error. */
class EvaluationCliTest {
  static final Path EXAMPLE = Path.of("data/tuyen-quang-2019.json");
  static final Path SHIPPED_2019 = Path.of("../evaluation-rules/src/main/resources/rulesets/leaders/2019.1");
  static final String BROKEN_FILE = "03-level.drl";

  @TempDir
  Path tmp;




  // ------------------------------------------------------------------ evaluate

  @Test
  void evaluate_noOutputOption_writesOnlyTheReportToStdout() {
    CliRun run = run("evaluate", EXAMPLE.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    EvaluationReport report = Interchange.standard().readReport(run.out().getBytes(StandardCharsets.UTF_8));
    assertThat(report.results()).hasSize(25);
    assertThat(report.ruleSet().id()).isEqualTo("leaders");
    assertThat(report.ruleSet().version()).isEqualTo("2019.1");
    assertThat(run.out()).startsWith("{").endsWith("}\n");
  }

  @Test
  void evaluate_outputOption_writesTheFileAndATableOfEveryCadre() throws IOException {
    Path file = tmp.resolve("report.json");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    EvaluationReport report = Interchange.standard().readReport(Files.readAllBytes(file));
    assertThat(report.results()).hasSize(25);
    EvaluationInput input = Interchange.standard().readInput(EXAMPLE);
    assertThat(input.cadres()).hasSize(25);
    for (Cadre cadre : input.cadres()) {
      assertThat(run.outLines()).as("the table line of %s", cadre.id())
          .anySatisfy(line -> assertThat(line).startsWith(cadre.id() + " ").contains(cadre.name()));
    }
    assertThat(run.outLines().get(0)).contains("Cadre", "Name", "Position", "Score", "Rating", "Main reasons");
    assertThat(run.out())
        .contains("EXCELLENT Hoàn thành xuất sắc nhiệm vụ")
        .contains("25 cadres: EXCELLENT " + report.summary().excellent())
        .contains("rule set leaders 2019.1 (sha256 " + report.ruleSet().sha256().substring(0, 12))
        .doesNotContain("\"format\"");
  }

  @Test
  void evaluate_stdoutAndFile_giveTheSameBytes() throws IOException {
    Path file = tmp.resolve("report.json");

    CliRun toFile = run("evaluate", EXAMPLE.toString(), "-o", file.toString());
    CliRun toStdout = run("evaluate", EXAMPLE.toString());

    assertThat(toFile.exitCode()).isZero();
    assertThat(toStdout.exitCode()).isZero();
    assertThat(toStdout.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void evaluate_versionOption_overridesTheVersionInForce() {
    CliRun run = run("evaluate", EXAMPLE.toString(), "--version", "2025.1");

    assertThat(run.exitCode()).isZero();
    EvaluationReport report = Interchange.standard().readReport(run.out().getBytes(StandardCharsets.UTF_8));
    assertThat(report.ruleSet().version()).isEqualTo("2025.1");
  }

  @Test
  void evaluate_invalidInput_exitsTwoWithPaths() throws IOException {
    String json = Files.readString(EXAMPLE, StandardCharsets.UTF_8)
        .replaceFirst("\"approved\"", "\"aproved\"")
        .replaceFirst("\"target\": \\d+", "\"target\": -1");
    Path bad = Files.writeString(tmp.resolve("bad.json"), json, StandardCharsets.UTF_8);
    Path report = tmp.resolve("report.json");

    CliRun run = run("evaluate", bad.toString(), "--output", report.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).contains(bad.toString()).contains("invalid").contains("2 problems");
    assertThat(run.errLines())
        .anySatisfy(l -> assertThat(l).matches("\\$\\.tasks\\[\\d+]\\.aproved: .+"))
        .anySatisfy(l -> assertThat(l).matches("\\$\\.products\\[\\d+]\\.target: .+"));
    assertThat(report).doesNotExist();
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_malformedJson_exitsTwo() throws IOException {
    Path bad = Files.writeString(tmp.resolve("truncated.json"), "{\"format\": \"evaluation-input/1\",");

    CliRun run = run("evaluate", bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith("$: "));
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_missingInputFile_exitsTwo() {
    Path missing = tmp.resolve("missing.json");

    CliRun run = run("evaluate", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(missing.toString()).contains("does not exist");
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_unknownVersion_exitsTwo() {
    CliRun run = run("evaluate", EXAMPLE.toString(), "--version", "1999.9");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("1999.9").contains("2019.1, 2025.1");
    assertNoStackTrace(run);
  }

  @Test
  void evaluateAndDiff_versionTheRuleSetsDoNotHave_exitTwoWithOneSentence() {
    String sentence = "There is no version \"9.9\" of the rule set leaders; the versions are 2019.1, 2025.1, 2026.1.";

    CliRun evaluate = run("evaluate", EXAMPLE.toString(), "--version", "9.9");
    CliRun diff = run("diff", EXAMPLE.toString(), "--from", "9.9", "--to", "2025.1");

    for (CliRun r : List.of(evaluate, diff)) {
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip()).isEqualTo(sentence);
      assertNoStackTrace(r);
    }
  }

  @Test
  void evaluate_outputInMissingFolder_exitsTwo() {
    Path report = tmp.resolve("no-such-folder").resolve("report.json");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", report.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Cannot write the report to " + report);
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_outputCannotBeWrittenToTheEnd_exitsTwoAndLeavesADeviceInPlace() {
    Path full = Path.of("/dev/full"); // every write fails: no space left on the device
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "a Linux /dev/full");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", full.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Cannot write the report to " + full + ": ");
    assertThat(full).exists();
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_maxInputSizeBelowTheInput_refusesItAndSaysHowToRaiseIt() throws IOException {
    long size = Files.size(EXAMPLE);
    Path report = tmp.resolve("report.json");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", report.toString(),
        "--max-input-size", String.valueOf(size - 1));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(String.format(java.util.Locale.ROOT,
            "$: the document is larger than the limit of %,d bytes", size - 1))
        .contains("--max-input-size 1G");
    assertThat(report).doesNotExist();
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_maxInputSizeInKilobytes_readsAnInputUpToIt() throws IOException {
    long kilobytes = (Files.size(EXAMPLE) >> 10) + 1;
    Path report = tmp.resolve("report.json");
    Path usual = tmp.resolve("usual.json");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", report.toString(),
        "--max-input-size", kilobytes + "k");
    CliRun standard = run("evaluate", EXAMPLE.toString(), "--output", usual.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(standard.exitCode()).isZero();
    assertThat(Files.readAllBytes(report)).isEqualTo(Files.readAllBytes(usual));
  }

  @Test
  void evaluate_maxInputSizeNotASize_exitsWithTheUsage() {
    for (String size : List.of("0", "-1", "1T", "12.5M", "", "9999999999G")) {
      CliRun run = run("evaluate", EXAMPLE.toString(), "--max-input-size", size);

      assertThat(run.exitCode()).as(size).isNotZero();
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("--max-input-size");
    }
  }

  @Test
  void evaluate_outputIsAFolder_exitsTwo() {
    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Cannot write the report to " + tmp).contains("folder");
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_rulesWithSyntaxError_exitsThreeWithFileLineColumn() throws IOException {
    int line = breakRules(tmp.resolve("rules"));

    CliRun run = run("evaluate", EXAMPLE.toString(), "--rules", tmp.resolve("rules").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith("2019.1/" + BROKEN_FILE + ":" + line + ":"));
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_missingRulesFolder_exitsTwo() {
    CliRun run = run("evaluate", EXAMPLE.toString(), "--rules", tmp.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere").contains("does not exist");
    assertNoStackTrace(run);
  }

  // ------------------------------------------------------------------ validate

  @Test
  void validate_shippedRules_exitsZeroAndCountsRules() {
    CliRun run = run("validate");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> versions = List.copyOf(RuleSets.builtIn("leaders").versions().keySet());
    assertThat(run.outLines()).hasSize(versions.size());
    for (int i = 0; i < versions.size(); i++) {
      assertThat(run.outLines().get(i)).matches("leaders " + versions.get(i).replace(".", "\\.") + ": \\d+ rules compiled");
    }
  }

  @Test
  void validate_shippedFolderGivenAsRules_exitsZero() {
    CliRun run = run("validate", "--rules", SHIPPED_2019.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).singleElement().asString().matches("leaders 2019\\.1: \\d+ rules compiled");
  }

  @Test
  void validate_rulesWithSyntaxError_exitsThreeWithFileLineColumn() throws IOException {
    Path rules = tmp.resolve("rules");
    int line = breakRules(rules);

    CliRun run = run("validate", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    Pattern diagnostic = Pattern.compile("[^:\\s]+:\\d+:\\d+: .+");
    List<String> diagnostics = new ArrayList<>(run.errLines().stream()
        .filter(l -> diagnostic.matcher(l).matches()).toList());
    assertThat(diagnostics).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("2019.1/"));
    assertThat(diagnostics).anySatisfy(l -> assertThat(l).startsWith("2019.1/" + BROKEN_FILE + ":" + line + ":"));
    // Every diagnostic names a file that exists, relative to the rules folder.
    for (String d : diagnostics) {
      assertThat(rules.resolve(d.substring(0, d.indexOf(':')))).isRegularFile();
    }
    assertNoStackTrace(run);
  }

  @Test
  void validate_versionFolderWithSyntaxError_namesFilesInThatFolder() throws IOException {
    int line = breakRules(tmp.resolve("rules"));

    CliRun run = run("validate", "--rules", tmp.resolve("rules/2019.1").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith(BROKEN_FILE + ":" + line + ":"));
    assertNoStackTrace(run);
  }

  @Test
  void validate_debugOption_addsTheStackTrace() throws IOException {
    breakRules(tmp.resolve("rules"));

    CliRun run = run("validate", "--rules", tmp.resolve("rules").toString(), "--debug");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("InvalidRuleSetException").contains("\tat ");
  }

  // ------------------------------------------------------------------ usage

  @Test
  void unknownCommand_exitsTwo() {
    CliRun run = run("evalute", EXAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("evalute").contains("evaluate");
    assertNoStackTrace(run);
  }

  @Test
  void unknownOption_exitsTwo() {
    CliRun run = run("evaluate", EXAMPLE.toString(), "--ouput", "x.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--ouput").contains("Usage: evaluation-cli evaluate");
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_noInput_exitsTwo() {
    CliRun run = run("evaluate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("INPUT.json");
  }

  @Test
  void noCommand_exitsTwo() {
    CliRun run = run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing command");
    assertNoStackTrace(run);
  }

  @Test
  void debugOption_failure_showsTheStackTrace() {
    CliRun run = run("evaluate", tmp.resolve("missing.json").toString(), "--debug");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("does not exist").contains("\tat ");
  }

  @Test
  void help_exitsZeroAndListsCommandsAndExitCodes() {
    CliRun run = run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("evaluate").contains("validate").contains("Exit codes");
  }

  @Test
  void evaluateHelp_exitsZeroAndShowsOptions() {
    CliRun run = run("evaluate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--output").contains("--rules").contains("--version").contains("--debug");
  }

  @Test
  void toolVersion_printsTheVersions() {
    CliRun run = run("--tool-version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("evaluation-cli ").contains("2019.1, 2025.1");
    assertThat(run.out()).doesNotContain("${project.version}");
  }

  /**
   * Copies the shipped 2019.1 into {@code rules/2019.1} and breaks one line of a rule file.
   *
   * @return the line broken, 1-based
   */
  static int breakRules(Path rules) throws IOException {
    Path version = rules.resolve("2019.1");
    Files.createDirectories(version);
    try (Stream<Path> files = Files.list(SHIPPED_2019)) {
      for (Path f : files.toList()) {
        Files.copy(f, version.resolve(f.getFileName().toString()));
      }
    }
    Path file = version.resolve(BROKEN_FILE);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    int index = lines.indexOf("then");
    assertThat(index).as("a line \"then\" in %s", BROKEN_FILE).isNotNegative();
    lines.set(index, "thenn oops(");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return index + 1;
  }
}
