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

/**
 * {@code validate --rules DIR} refuses a version whose rules read a parameter it does not have or
 * read one with the wrong type, with exit code 3 and {@code file:line:column}, and lists a parameter
 * no rule reads as a warning on its line without refusing the version.
 */
class ParameterReferencesCliTest {
  @TempDir
  Path tmp;

  @Test
  void validate_misspeltParameterInARule_exitsThreeWithFileLineColumnAndTheNearestName() throws IOException {
    Path version = copyShipped2019();
    Path score = version.resolve("02-score.drl");
    String text = Files.readString(score, StandardCharsets.UTF_8);
    String position = position(text, "params.decimal(\"credit.late\")");
    Files.writeString(score, text.replaceFirst("params\\.decimal\\(\"credit\\.late\"\\)",
        "params.decimal(\"credit.lat\")"), StandardCharsets.UTF_8);

    CliRun run = run("validate", "--rules", tmp.resolve("rules").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).contains("2019.1/02-score.drl:" + position
        + ": parameter \"credit.lat\" is not defined in parameters.properties (did you mean \"credit.late\"?)");
    assertNoStackTrace(run);
  }

  @Test
  void validate_ratingParameterGivenADecimal_exitsThreeAtEveryRead() throws IOException {
    Path version = copyShipped2019();
    Path parameters = version.resolve("parameters.properties");
    Files.writeString(parameters, Files.readString(parameters).replace("cap.orderFailed = GOOD",
        "cap.orderFailed = 0.75"));
    String caps = Files.readString(version.resolve("04-caps.drl"), StandardCharsets.UTF_8);

    CliRun run = run("validate", "--rules", tmp.resolve("rules").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.errLines()).contains("2019.1/04-caps.drl:" + position(caps, "params.rating(\"cap.orderFailed\")")
        + ": parameter \"cap.orderFailed\" is read as a rating (params.rating) but its value \"0.75\" is not one"
        + " (it is a decimal)");
    assertNoStackTrace(run);
  }

  @Test
  void validate_parameterNoRuleReads_exitsZeroWithAWarningOnItsLine() throws IOException {
    Path version = copyShipped2019();
    Path parameters = version.resolve("parameters.properties");
    String text = Files.readString(parameters);
    Files.writeString(parameters, text + "bonus.points = 5\n");
    int line = (int) text.lines().count() + 1;

    CliRun run = run("validate", "--rules", tmp.resolve("rules").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).singleElement().asString().matches("leaders 2019\\.1: \\d+ rules compiled");
    assertThat(run.errLines()).containsExactly("2019.1/parameters.properties:" + line
        + ": warning: parameter \"bonus.points\" is not read by any rule nor named by any message");
  }

  /** Copies the shipped 2019.1 into {@code rules/2019.1}. */
  private Path copyShipped2019() throws IOException {
    Path version = tmp.resolve("rules/2019.1");
    Files.createDirectories(version);
    try (Stream<Path> files = Files.list(EvaluationCliTest.SHIPPED_2019)) {
      for (Path f : files.toList()) {
        Files.copy(f, version.resolve(f.getFileName().toString()));
      }
    }
    return version;
  }

  /** @return {@code line:column} of the first occurrence of {@code call} */
  private static String position(String text, String call) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int at = lines.get(i).indexOf(call);
      if (at >= 0) {
        return (i + 1) + ":" + (at + 1);
      }
    }
    throw new AssertionError(call + " is not in the file");
  }
}
