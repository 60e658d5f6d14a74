package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.assertNoStackTrace;
import static vn.danhgia.evaluation.cli.CliRun.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line on hostile input: the corpus of evaluation-core's tests ({@code
 * hostile-inputs/}), inputs too large to commit generated here, and outputs that name the input.
 * Each ends with exit 2 and sentences on standard error (the path of the problem for an input), no
 * stack trace, and nothing written.
 */
class HostileInputCliTest {
  static final Path CORPUS = Path.of("../evaluation-core/src/test/resources/hostile-inputs");

  @TempDir
  Path tmp;

  static Stream<Arguments> corpus() throws IOException {
    Properties expected = new Properties();
    try (InputStream in = Files.newInputStream(CORPUS.resolve("expected.properties"))) {
      expected.load(in);
    }
    return expected.stringPropertyNames().stream().sorted()
        .map(file -> Arguments.of(file, expected.getProperty(file).split(" ")[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void evaluate_hostileFile_exitsTwoWithThePathAndWritesNothing(String file, String path) {
    Path report = tmp.resolve("report.json");
    Path html = tmp.resolve("report.html");

    CliRun run = run("evaluate", CORPUS.resolve(file).toString(), "--output", report.toString(),
        "--html", html.toString());

    assertThat(run.exitCode()).as(file).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines()).as(file).anySatisfy(line -> assertThat(line).startsWith(path).contains(": "));
    assertThat(run.err()).as(file).hasSizeLessThan(2_000);
    assertNoStackTrace(run);
    assertThat(run.out()).isEmpty();
    assertThat(report).doesNotExist();
    assertThat(html).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void diff_hostileFile_exitsTwoWithThePath(String file, String path) {
    CliRun run = run("diff", CORPUS.resolve(file).toString(), "--from", "2019.1", "--to", "2025.1");

    assertThat(run.exitCode()).as(file).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines()).as(file).anySatisfy(line -> assertThat(line).startsWith(path).contains(": "));
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_fiftyMegabyteName_isReportedAtTheField() throws IOException {
    String example = Files.readString(EvaluationCliTest.EXAMPLE);
    Path input = tmp.resolve("long-name.json");
    Files.writeString(input, example.replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"" + "A".repeat(50 << 20) + "\""));

    CliRun run = run("evaluate", input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines()).contains("$.units[0].name: longer than the limit of 10000 characters");
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_manyProblems_listsTheFirstHundredAndCountsTheRest() throws IOException {
    Path input = tmp.resolve("broken-references.json");
    Files.writeString(input, emptyCadres(200_000));

    CliRun run = run("evaluate", input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines()).hasSize(102);
    assertThat(run.errLines().get(0)).contains("600000 problems, the first 100 listed");
    assertThat(run.errLines().get(101)).isEqualTo("… and 599,900 more problems");
  }

  @Test
  void test_devZeroAsScenarioFile_exitsTwoWithASentence() {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");

    CliRun run = run("test", "/dev/zero");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("/dev/zero: $: not a regular file");
    assertNoStackTrace(run);
  }

  @Test
  void test_scenarioWithAHostileInput_exitsTwoWithThePathInTheScenario() throws IOException {
    String input = Files.readString(CORPUS.resolve("target-with-a-billion-decimal-places.json"));
    Path scenario = tmp.resolve("hostile.json");
    Files.writeString(scenario, "{\"format\": \"evaluation-scenario/1\", \"name\": \"hostile\", \"input\": "
        + input + ", \"expect\": {}}");

    CliRun run = run("test", scenario.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("$.input.products[0].target: has more than 12 decimal places");
    assertNoStackTrace(run);
  }

  // ------------------------------------------------------------------ outputs that name the input

  static Stream<Arguments> namesOfTheInput() {
    return Stream.of(
        Arguments.of("the same path", (Namer) (dir, input) -> input),
        Arguments.of("the same path, not normalised", (Namer) (dir, input) -> dir.resolve("sub/../input.json")),
        Arguments.of("a symbolic link to it", (Namer) (dir, input) -> Files.createSymbolicLink(dir.resolve("link.json"),
            input)),
        Arguments.of("a hard link to it", (Namer) (dir, input) -> Files.createLink(dir.resolve("hard.json"), input)),
        Arguments.of("its path through a linked folder", (Namer) (dir, input) -> Files.createSymbolicLink(
            dir.resolve("alias"), dir).resolve("input.json")));
  }

  /** Gives another name of the input file. */
  @FunctionalInterface
  interface Namer {
    Path name(Path dir, Path input) throws IOException;
  }

  @ParameterizedTest(name = "--output as {0}")
  @MethodSource("namesOfTheInput")
  void evaluate_outputNamingTheInput_isRefusedAndTheInputUntouched(String what, Namer namer) throws IOException {
    assertRefused("--output", namer);
  }

  @ParameterizedTest(name = "--html as {0}")
  @MethodSource("namesOfTheInput")
  void evaluate_htmlNamingTheInput_isRefusedAndTheInputUntouched(String what, Namer namer) throws IOException {
    assertRefused("--html", namer);
  }

  @Test
  void evaluate_outputAndHtmlThroughALinkToTheSameFile_isRefused() throws IOException {
    Path report = tmp.resolve("report.json");
    Path link = Files.createSymbolicLink(tmp.resolve("link.html"), report);

    CliRun run = run("evaluate", EvaluationCliTest.EXAMPLE.toString(), "--output", report.toString(),
        "--html", link.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("--output and --html name the same file");
    assertThat(report).doesNotExist();
  }

  private void assertRefused(String option, Namer namer) throws IOException {
    Files.createDirectories(tmp.resolve("sub"));
    Path input = tmp.resolve("input.json");
    Files.copy(EvaluationCliTest.EXAMPLE, input);
    byte[] before = Files.readAllBytes(input);
    Path output = namer.name(tmp, input);

    CliRun run = run("evaluate", input.toString(), option, output.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains(option + " " + output + " names the input file");
    assertNoStackTrace(run);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  // ------------------------------------------------------------------ in a JVM of 256 MB

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void evaluate_devZero_endsWithExitTwoIn256Megabytes() throws Exception {
    Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")), "a system with /dev/zero");

    Forked run = forked("evaluate", "/dev/zero", "--output", tmp.resolve("report.json").toString());

    assertThat(run.exitCode).as(run.err).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err).contains("The input /dev/zero is invalid").doesNotContain("OutOfMemoryError");
    assertThat(tmp.resolve("report.json")).doesNotExist();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void evaluate_oneGigabyteFile_isRefusedAtTheDocumentLimitIn256Megabytes() throws Exception {
    Path big = tmp.resolve("one-gigabyte.json");
    try (FileChannel out = FileChannel.open(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(ByteBuffer.wrap("{\"format\": \"evaluation-input/1\",".getBytes(StandardCharsets.UTF_8)));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      while (out.size() < (1L << 30)) {
        out.write(ByteBuffer.wrap(spaces));
      }
    }
    try {
      Forked run = forked("evaluate", big.toString(), "--output", tmp.resolve("report.json").toString());

      assertThat(run.exitCode).as(run.err).isEqualTo(ExitCodes.INVALID);
      assertThat(run.err).contains("$: the document is larger than the limit of 268,435,456 bytes")
          .doesNotContain("OutOfMemoryError");
      assertThat(tmp.resolve("report.json")).doesNotExist();
    } finally {
      Files.delete(big);
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void evaluate_aMillionProblems_endsWithExitTwoIn256Megabytes() throws Exception {
    Path input = tmp.resolve("a-million-problems.json");
    Files.writeString(input, emptyCadres(333_334));

    Forked run = forked("evaluate", input.toString(), "--output", tmp.resolve("report.json").toString());

    assertThat(run.exitCode).as(run.err).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err).contains("1000002 problems, the first 100 listed", "… and 999,902 more problems")
        .doesNotContain("OutOfMemoryError");
    assertThat(run.err.lines().count()).isEqualTo(102);
    assertThat(tmp.resolve("report.json")).doesNotExist();
  }

  /** A document whose every cadre lacks its three required fields. */
  private static String emptyCadres(int count) {
    StringBuilder doc = new StringBuilder("{\"format\":\"evaluation-input/1\",\"period\":{\"id\":\"x\","
        + "\"start\":\"2019-01-01\",\"end\":\"2019-12-31\"},\"positions\":[],\"cadres\":[");
    for (int i = 0; i < count; i++) {
      doc.append(i == 0 ? "{}" : ",{}");
    }
    return doc.append("]}").toString();
  }

  private record Forked(int exitCode, String err) {}

  /** Runs the command line in a JVM of its own with a heap of 256 MB. */
  private Forked forked(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), EvaluationCli.class.getName()));
    command.addAll(List.of(args));
    Path err = tmp.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    if (!p.waitFor(4, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the command line did not end");
    }
    try {
      return new Forked(p.exitValue(), Files.readString(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
