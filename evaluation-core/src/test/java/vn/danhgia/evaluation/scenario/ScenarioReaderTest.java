package vn.danhgia.evaluation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.input;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.scenario;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.threeCadres;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.ResultStatus;

class ScenarioReaderTest {
  private static final ScenarioReader READER = ScenarioReader.standard();

  @TempDir
  Path tmp;

  private List<ScenarioProblem> problems(Path fileOrFolder) {
    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class, () -> READER.read(fileOrFolder));
    assertThat(e).as("an InvalidScenarioException").isNotNull().isInstanceOf(EvaluationException.class);
    return e.problems();
  }

  private static String paths(List<ScenarioProblem> problems) {
    return String.join("\n", problems.stream().map(ScenarioProblem::toString).toList());
  }

  @Test
  void read_inlineInput_givesTheScenarioWithEveryExpectation() {
    Path file = write(tmp, "01-first.json", "{\"format\": \"evaluation-scenario/1\", \"name\": \"First in words\","
        + " \"description\": \"Why.\", \"version\": \"1.0\", \"input\": " + input(threeCadres()) + ", \"expect\": {"
        + "\"C1\": {\"status\": \"RATED\", \"rating\": \"NOT_COMPLETED\", \"score\": 67.000, \"reasons\": [\"FIRST\"],"
        + " \"notReasons\": [\"LOW\"], \"flags\": [], \"exactReasons\": true},"
        + "\"C3\": {\"status\": \"INCOMPLETE\"}}}");

    List<Scenario> read = READER.read(file);

    assertThat(read).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("01-first");
      assertThat(s.name()).isEqualTo("First in words");
      assertThat(s.description()).isEqualTo("Why.");
      assertThat(s.version()).isEqualTo("1.0");
      assertThat(s.file()).isEqualTo(file);
      assertThat(s.input().cadres()).hasSize(3);
      assertThat(s.expect()).containsOnlyKeys("C1", "C3");
      Expectation c1 = s.expect().get("C1");
      assertThat(c1.status()).isEqualTo(ResultStatus.RATED);
      assertThat(c1.rating()).isEqualTo(Rating.NOT_COMPLETED);
      assertThat(c1.score()).isEqualByComparingTo("67");
      assertThat(c1.reasons()).containsExactly("FIRST");
      assertThat(c1.notReasons()).containsExactly("LOW");
      assertThat(c1.flags()).isEmpty();
      assertThat(c1.exactReasons()).isTrue();
      assertThat(s.expect().get("C3")).isEqualTo(Expectation.any().withStatus(ResultStatus.INCOMPLETE));
    });
  }

  @Test
  void read_folder_readsTheJsonFilesDirectlyInItInFileNameOrder() {
    write(tmp, "10-ten.json", scenario("Ten", "{\"C1\": {}}"));
    write(tmp, "02-two.json", scenario("Two", "{\"C1\": {}}"));
    write(tmp, "notes.txt", "not a scenario");
    write(tmp, "inputs/ignored.json", "{}");

    List<Scenario> read = READER.read(tmp);

    assertThat(read).extracting(Scenario::id).containsExactly("02-two", "10-ten");
    assertThat(read.get(0).title()).isEqualTo("02-two: Two");
    assertThat(read.get(0).version()).isNull();
    assertThat(read.get(0).description()).isEmpty();
  }

  @Test
  void read_inputFile_isResolvedAgainstTheScenarioFolder() {
    write(tmp, "inputs/three.json", input(threeCadres()));
    Path file = write(tmp, "s.json", scenario("From a file", "\"inputFile\": \"inputs/three.json\"",
        "{\"C2\": {\"rating\": \"COMPLETED\"}}"));

    Scenario s = READER.readFile(file);

    assertThat(s.input().cadres()).hasSize(3);
    assertThat(s.expect().get("C2").rating()).isEqualTo(Rating.COMPLETED);
  }

  @Test
  void read_unknownFieldsWrongTypesAndValues_everyProblemWithFileAndPath() {
    Path file = write(tmp, "bad.json", "{\"format\": \"evaluation-scenario/1\", \"name\": \"\", \"input\": "
        + input(threeCadres()) + ", \"expect\": {\"C1\": {\"ratting\": \"GOOD\", \"status\": \"DONE\", \"score\": \"high\","
        + " \"reasons\": [\"FIRST\", \"FIRST\"], \"notReasons\": [\"low\"], \"exactReasons\": 1}}, \"extra\": true}");

    List<ScenarioProblem> problems = problems(file);

    assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
    assertThat(paths(problems))
        .contains("$.extra: field \"extra\" is not defined by the format (misspelt?)")
        .contains("$.name: must not be empty")
        .contains("$.expect.C1.ratting: field \"ratting\" is not defined by the format (misspelt?)")
        .contains("$.expect.C1.status: unknown value \"DONE\"; expected one of RATED, INCOMPLETE")
        .contains("$.expect.C1.score: expected a number, found \"high\"")
        .contains("$.expect.C1.reasons: lists the same value twice")
        .contains("$.expect.C1.notReasons[0]: \"low\" is not in the expected form")
        .contains("$.expect.C1.exactReasons: expected true or false, found 1");
    assertThat(problems.get(0).toString()).startsWith(file + ": $.");
  }

  @Test
  void read_missingRequiredFieldsAndUnknownFormat_named() {
    Path file = write(tmp, "bad.json", "{\"format\": \"evaluation-scenario/2\"}");

    assertThat(paths(problems(file)))
        .contains("$.format: unknown format \"evaluation-scenario/2\"; expected \"evaluation-scenario/1\"")
        .contains("$.name: required field is missing")
        .contains("$.expect: required field is missing");
  }

  @Test
  void read_bothInputAndInputFile_refused() {
    write(tmp, "inputs/three.json", input(threeCadres()));
    Path file = write(tmp, "both.json", scenario("Both", "\"input\": " + input(threeCadres())
        + ", \"inputFile\": \"inputs/three.json\"", "{\"C1\": {}}"));

    assertThat(problems(file)).singleElement().hasToString(file + ": $.inputFile: give either input or inputFile, "
        + "not both");
  }

  @Test
  void read_neitherInputNorInputFile_refused() {
    Path file = write(tmp, "neither.json", scenario("Neither", "\"description\": \"no input\"", "{\"C1\": {}}"));

    assertThat(problems(file)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.input");
      assertThat(p.message()).startsWith("required field is missing");
    });
  }

  @Test
  void read_invalidInlineInput_problemsAtTheirPathInsideInput() {
    String json = input(threeCadres()).replaceFirst("\"target\" : 10", "\"target\" : -1")
        .replaceFirst("\"deadline\"", "\"dedline\"");
    Path file = write(tmp, "bad-input.json", scenario("Bad input", "\"input\": " + json, "{\"C1\": {}}"));

    assertThat(paths(problems(file)))
        .contains(file + ": $.input.products[0].target: must be at least 0, found -1")
        .contains(file + ": $.input.tasks[0].dedline: field \"dedline\" is not defined by the format (misspelt?)");
  }

  @Test
  void read_schemaProblemsAndInputProblems_reportedInOnePass() {
    String json = input(threeCadres()).replaceFirst("\"target\" : 10", "\"target\" : -1");
    Path file = write(tmp, "both-wrong.json", scenario("Both wrong", "\"input\": " + json, "{\"C1\": {\"ratting\": 1}}"));

    assertThat(problems(file)).extracting(ScenarioProblem::path)
        .containsExactly("$.expect.C1.ratting", "$.input.products[0].target");
  }

  @Test
  void read_invalidInputFile_problemsNameTheInputFile() {
    Path inputFile = write(tmp, "inputs/bad.json", input(threeCadres()).replaceFirst("\"target\" : 10", "\"target\" : -1"));
    Path file = write(tmp, "s.json", scenario("Bad input file", "\"inputFile\": \"inputs/bad.json\"", "{\"C1\": {}}"));

    assertThat(problems(file)).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(inputFile.normalize());
      assertThat(p.path()).isEqualTo("$.products[0].target");
      assertThat(p.message()).contains("must be at least 0").contains("the input of s.json");
    });
  }

  @Test
  void read_missingOrAbsoluteInputFile_refused() {
    Path missing = write(tmp, "missing.json", scenario("Missing", "\"inputFile\": \"inputs/none.json\"", "{\"C1\": {}}"));
    Path absolute = write(tmp, "absolute.json", scenario("Absolute", "\"inputFile\": \""
        + tmp.resolve("x.json").toAbsolutePath().toString().replace("\\", "\\\\") + "\"", "{\"C1\": {}}"));

    assertThat(problems(missing)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.inputFile");
      assertThat(p.message()).startsWith("no such file: \"inputs/none.json\"");
    });
    assertThat(problems(absolute)).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("must be relative to the scenario's folder"));
  }

  @Test
  void read_expectedCadreNotInTheInput_namesItAndTheCadresThere() {
    Path file = write(tmp, "s.json", scenario("Unknown cadre", "{\"C9\": {\"rating\": \"GOOD\"}, \"odd.id\": {}}"));

    assertThat(paths(problems(file)))
        .contains("$.expect.C9: the input has no cadre \"C9\"; its cadres are C1, C2, C3")
        .contains("$.expect['odd.id']: the input has no cadre \"odd.id\"");
  }

  @Test
  void read_contradictoryExpectations_refused() {
    Path file = write(tmp, "s.json", scenario("Contradictions", "{\"C3\": {\"status\": \"INCOMPLETE\", \"rating\": "
        + "\"GOOD\", \"score\": 50}, \"C1\": {\"reasons\": [\"FIRST\", \"LOW\"], \"notReasons\": [\"X\", \"LOW\"]}}"));

    assertThat(paths(problems(file)))
        .contains("$.expect.C3.rating: a cadre expected INCOMPLETE has no rating")
        .contains("$.expect.C3.score: a cadre expected INCOMPLETE has no score")
        .contains("$.expect.C1.notReasons[1]: \"LOW\" is also in reasons");
  }

  @Test
  void read_malformedJson_givesLineAndColumn() {
    Path file = write(tmp, "broken.json", "{\n  \"format\": \"evaluation-scenario/1\",\n  \"name\": \n}");

    assertThat(problems(file)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).startsWith("malformed JSON at line 4, column 1");
    });
  }

  @Test
  void read_anInputDocumentInTheScenarioFolder_saysToMoveItToASubfolder() {
    Path file = write(tmp, "input.json", input(threeCadres()));

    assertThat(problems(file)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.format");
      assertThat(p.message()).contains("is an input document, not a scenario").contains("subfolder");
    });
  }

  @Test
  void read_severalBadFiles_everyProblemOfEveryFileTogether() {
    Path a = write(tmp, "a.json", scenario("A", "{\"C9\": {}}"));
    Path b = write(tmp, "b.json", "{\"format\": \"evaluation-scenario/1\"}");
    write(tmp, "c.json", scenario("C", "{\"C1\": {}}"));

    List<ScenarioProblem> problems = problems(tmp);

    assertThat(problems).extracting(ScenarioProblem::file).containsOnly(a, b);
    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class, () -> READER.read(tmp));
    assertThat(e.getMessage()).startsWith("Scenario files are invalid (" + problems.size() + " problems in 2 files):");
  }

  @Test
  void read_folderOfVersionFolders_readsEachFolderBelowInNameOrder() throws Exception {
    Path second = Files.createDirectories(tmp.resolve("2025.1"));
    Path first = Files.createDirectories(tmp.resolve("2019.1"));
    Files.createDirectories(tmp.resolve("empty"));
    write(second, "a.json", scenario("Second", "{\"C1\": {}}"));
    write(first, "b.json", scenario("First", "{\"C1\": {}}"));

    assertThat(READER.read(tmp)).extracting(Scenario::name).containsExactly("First", "Second");
  }

  @Test
  void read_folderOfFoldersWithAnInvalidFile_reportsItsProblems() throws Exception {
    Path version = Files.createDirectories(tmp.resolve("2019.1"));
    Path bad = write(version, "bad.json", "{}");

    assertThat(problems(tmp)).isNotEmpty().extracting(ScenarioProblem::file).containsOnly(bad);
  }

  @Test
  void read_emptyOrMissingFolder_refused() {
    assertThat(problems(tmp)).singleElement().satisfies(p ->
        assertThat(p.message()).isEqualTo("no scenario file (*.json) in this folder or the folders below it"));
    assertThat(problems(tmp.resolve("nowhere"))).singleElement().satisfies(p ->
        assertThat(p.message()).isEqualTo("no such file or folder"));
  }

  @Test
  void schema_isPublishedAtItsDocumentedPathAndNamesTheFormat() throws IOException {
    try (InputStream in = ScenarioReader.class.getResourceAsStream(ScenarioReader.SCHEMA)) {
      assertThat(in).isNotNull();
      JsonNode schema = JsonMapper.builder().build().readTree(in);
      assertThat(ScenarioReader.SCHEMA).isEqualTo("/vn/danhgia/evaluation/schema/scenario-1.schema.json");
      assertThat(schema.at("/properties/format/const").asText()).isEqualTo(Scenario.FORMAT);
      assertThat(schema.at("/$defs/cadreExpectation/properties").fieldNames()).toIterable()
          .containsExactlyInAnyOrder("status", "rating", "score", "reasons", "notReasons", "flags", "exactReasons",
              "components", "nextBand", "reviews");
    }
  }
}
