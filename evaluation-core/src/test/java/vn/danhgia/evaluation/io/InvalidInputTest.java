package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.evaluation.io.Fixtures.duplicate;
import static vn.danhgia.evaluation.io.Fixtures.edited;
import static vn.danhgia.evaluation.io.Fixtures.remove;
import static vn.danhgia.evaluation.io.Fixtures.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.ruleset.VersionTimeline;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/** Every class of invalid input in interchange.md, each reported at the offending value's path. */
class InvalidInputTest {
  private static final VersionTimeline VERSIONS = VersionTimeline.of(Map.of(
      "2019.1", LocalDate.of(2019, 1, 1), "2025.1", LocalDate.of(2025, 9, 1)));
  private static final Interchange JSON = Interchange.standard().withRuleSetVersions(VERSIONS);

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        bad("missing required field", remove("/cadres/0/name"), "$.cadres[0].name", "required"),
        bad("missing required array", remove("/cadres"), "$.cadres", "required"),
        bad("missing period", remove("/period"), "$.period", "required"),
        bad("wrong type: string for number", set("/products/0/target", "ten"), "$.products[0].target",
            "\"ten\""),
        bad("wrong type: number for string", set("/cadres/1/name", 12), "$.cadres[1].name", "12"),
        bad("wrong type: null for required", set("/tasks/0/title", null), "$.tasks[0].title", "null"),
        bad("wrong type: decimal for integer", set("/confidenceVotes/0/voters", 40.5),
            "$.confidenceVotes[0].voters", "40.5"),
        bad("wrong type: object for array", set("/tasks", Map.of()), "$.tasks", "expected an array, found {…}"),
        bad("unknown task kind", set("/tasks/0/kind", "YEARLY"), "$.tasks[0].kind", "\"YEARLY\""),
        bad("unknown direction", set("/products/1/direction", "UP"), "$.products[1].direction", "\"UP\""),
        bad("unknown assessor", set("/assessments/0/by", "PEER"), "$.assessments[0].by", "\"PEER\""),
        bad("unknown discipline form", set("/disciplines/0/form", "FINE"), "$.disciplines[0].form",
            "\"FINE\""),
        bad("unknown unit rating", set("/units/0/rating", "AVERAGE"), "$.units[0].rating", "\"AVERAGE\""),
        bad("unknown format", set("/format", "evaluation-input/2"), "$.format", "evaluation-input/2"),
        bad("date that does not exist", set("/tasks/0/deadline", "2019-02-30"), "$.tasks[0].deadline",
            "2019-02-30"),
        bad("date in another format", set("/products/0/delivered", "20/12/2019"),
            "$.products[0].delivered", "20/12/2019"),
        bad("period start not a date", set("/period/start", "2019"), "$.period.start", "\"2019\""),
        bad("period end before start", set("/period/end", "2018-12-31"), "$.period.end", "before it starts"),
        bad("duplicate task id", duplicate("/tasks/0", t -> t.put("title", "again")), "$.tasks[3].id",
            "\"T01\""),
        bad("duplicate position code", duplicate("/positions/0", p -> { }), "$.positions[2].code",
            "DISTRICT_PARTY_SECRETARY"),
        bad("duplicate product id", set("/products/1/id", "P01"), "$.products[1].id", "\"P01\""),
        bad("unknown cadre", set("/tasks/0/cadre", "C99"), "$.tasks[0].cadre", "\"C99\""),
        bad("unknown cadre of a vote", set("/confidenceVotes/0/cadre", "C99"), "$.confidenceVotes[0].cadre",
            "\"C99\""),
        bad("unknown position", set("/cadres/0/position", "GOVERNOR"), "$.cadres[0].position",
            "\"GOVERNOR\""),
        bad("unknown unit", set("/cadres/0/leads/1", "U-XX"), "$.cadres[0].leads[1]", "\"U-XX\""),
        bad("unknown task", set("/products/0/task", "T99"), "$.products[0].task", "\"T99\""),
        bad("unknown order", set("/products/1/order", "O99"), "$.products[1].order", "\"O99\""),
        bad("product with task and order", set("/products/0/order", "O01"), "$.products[0]", "both"),
        bad("product with neither", remove("/products/1/order"), "$.products[1]", "neither"),
        bad("product with null task and no order", set("/products/4/order", null), "$.products[4]",
            "neither"),
        bad("negative target", set("/products/2/target", -1), "$.products[2].target", "-1"),
        bad("negative actual", set("/products/2/actual", -0.5), "$.products[2].actual", "-0.5"),
        bad("general points above 30", set("/assessments/0/generalPoints", 30.01),
            "$.assessments[0].generalPoints", "30.01"),
        bad("general points below 0", set("/assessments/2/generalPoints", -1),
            "$.assessments[2].generalPoints", "-1"),
        bad("no voters", set("/confidenceVotes/0/voters", 0), "$.confidenceVotes[0].voters", "0"),
        bad("negative low votes", set("/confidenceVotes/0/low", -1), "$.confidenceVotes[0].low", "-1"),
        bad("more low votes than voters", set("/confidenceVotes/0/low", 41), "$.confidenceVotes[0].low",
            "41"),
        bad("unknown rule set version", set("/period/ruleSetVersion", "2020.9"),
            "$.period.ruleSetVersion", "\"2020.9\""),
        bad("no version in force", doc -> {
              set("/period/start", "2018-01-01").accept(doc);
              set("/period/end", "2018-12-31").accept(doc);
              remove("/period/ruleSetVersion").accept(doc);
            }, "$.period.end", "no rule set version is in force on 2018-12-31"),
        bad("two superior assessments", duplicate("/assessments/0", a -> a.put("generalPoints", 20)),
            "$.assessments[3].by", "second SUPERIOR"),
        bad("quota exception for unknown group", set("/period/quotaExceptions/0/group", "NOBODY"),
            "$.period.quotaExceptions[0].group", "\"NOBODY\""),
        bad("quota exception repeated", duplicate("/period/quotaExceptions/0", q -> q.put("percent", 10)),
            "$.period.quotaExceptions[1].group", "already has an exception"),
        bad("quota percent above 100", set("/period/quotaExceptions/0/percent", 101),
            "$.period.quotaExceptions[0].percent", "101"),
        bad("quota percent below 0", set("/period/quotaExceptions/0/percent", -5),
            "$.period.quotaExceptions[0].percent", "-5"),
        bad("misspelt optional field", set("/tasks/1/aproved", true), "$.tasks[1].aproved", "aproved"),
        bad("unknown top-level field", set("/comment", "x"), "$.comment", "comment"),
        bad("unknown period field", set("/period/year", 2019), "$.period.year", "year"),
        bad("empty code", set("/positions/1/group", ""), "$.positions[1].group", "empty"));
  }

  private static Arguments bad(String what, Consumer<ObjectNode> edit, String path, String mentions) {
    return Arguments.of(what, edited(edit), path, mentions);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void readInput_invalidDocument_reportsProblemAtPath(String what, byte[] json, String path, String mentions) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e).as(what).isNotNull();
    assertThat(e.problems()).as(what).hasSize(1);
    Problem problem = e.problems().get(0);
    assertThat(problem.path()).as(what).isEqualTo(path);
    assertThat(problem.message()).as(what).contains(mentions);
    assertThat(e.getMessage()).contains(path);
  }

  @Test
  void readInput_completeFixture_isValid() {
    assertThat(JSON.validateInput(Fixtures.resource("complete.json"))).isEmpty();
    assertThat(JSON.readInput(Fixtures.resource("complete.json")).cadres()).hasSize(2);
  }

  @Test
  void readInput_manyProblems_listsEveryOneInPathOrder() {
    byte[] json = edited(doc -> {
      set("/tasks/0/kind", "YEARLY").accept(doc);
      set("/products/2/target", -3).accept(doc);
      set("/tasks/1/aproved", true).accept(doc);
      set("/cadres/0/position", "NOPE").accept(doc);
      remove("/units/0/name").accept(doc);
      set("/period/end", "2018-01-01").accept(doc);
    });

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e.problems()).extracting(Problem::path).containsExactly(
        "$.cadres[0].position",
        "$.period.end",
        "$.products[2].target",
        "$.tasks[0].kind",
        "$.tasks[1].aproved",
        "$.units[0].name");
  }

  @Test
  void readInput_malformedJson_reportsLineAndColumnAtRoot() {
    byte[] json = "{\n  \"format\": \"evaluation-input/1\",\n  \"period\": {\n}".getBytes(StandardCharsets.UTF_8);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).startsWith("malformed JSON at line 4");
    });
  }

  @Test
  void readInput_duplicateKey_isMalformed() {
    byte[] json = "{\"format\":\"evaluation-input/1\",\"format\":\"evaluation-input/1\"}".getBytes(StandardCharsets.UTF_8);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e.problems()).singleElement().extracting(Problem::message).asString().contains("format");
  }

  @Test
  void readInput_trailingContent_isMalformed() {
    byte[] json = (new String(Fixtures.resource("complete.json"), StandardCharsets.UTF_8) + " {}")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JSON.readInput(json)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void readInput_emptyDocument_isReportedNotThrownRaw() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(new byte[0]));

    assertThat(e.problems()).singleElement().extracting(Problem::path).isEqualTo("$");
  }

  @Test
  void readInput_arrayAtRoot_reportsExpectedObject() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput("[]"));

    assertThat(e.problems()).singleElement().extracting(Problem::message).asString()
        .isEqualTo("expected an object, found […]");
  }

  @Test
  void readInput_withoutVersionCatalog_acceptsAnyVersionName() {
    byte[] json = edited(set("/period/ruleSetVersion", "2020.9"));

    assertThat(Interchange.standard().readInput(json).period().ruleSetVersion()).isEqualTo("2020.9");
  }

  @Test
  void invalidInputException_isTheLibraryRootTypeAndCarriesProblems() {
    InvalidInputException e = new InvalidInputException(List.of(new Problem("$.x", "bad")));

    assertThat(e).isInstanceOf(EvaluationException.class).isInstanceOf(RuntimeException.class);
    assertThat(e.problems()).containsExactly(new Problem("$.x", "bad"));
    assertThat(e.getMessage()).isEqualTo("The input is invalid (1 problem):\n  $.x: bad");
  }

  @Test
  void problems_readInVietnameseOrEnglishByLocale() {
    byte[] json = edited(doc -> {
      set("/tasks/0/cadre", "C99").accept(doc);
      set("/products/2/target", -1).accept(doc);
      set("/tasks/1/aproved", true).accept(doc);
      set("/cadres/1/name", 12).accept(doc);
    });

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e.describe(java.util.Locale.forLanguageTag("vi"))).containsExactly(
        "$.cadres[1].name: cần một chuỗi ký tự, nhận được 12",
        "$.products[2].target: phải từ 0 trở lên, nhận được -1",
        "$.tasks[0].cadre: tham chiếu đến cán bộ \"C99\" không tồn tại",
        "$.tasks[1].aproved: trường \"aproved\" không có trong định dạng (viết sai tên?)");
    assertThat(e.describe(java.util.Locale.ENGLISH)).containsExactly(
        "$.cadres[1].name: expected a string, found 12",
        "$.products[2].target: must be at least 0, found -1",
        "$.tasks[0].cadre: refers to cadre \"C99\", which does not exist",
        "$.tasks[1].aproved: field \"aproved\" is not defined by the format (misspelt?)");
    assertThat(e.problems().get(2).key()).isEqualTo("unknownCadre");
    assertThat(e.problems().get(2).arguments()).containsExactly("\"C99\"");
  }

  @Test
  void validate_modelBuiltInCode_findsBrokenReferences() {
    var input = JSON.readInput(Fixtures.resource("complete.json"));
    var broken = new vn.danhgia.evaluation.model.EvaluationInput(input.period(), input.units(),
        input.positions(), input.cadres(),
        List.of(new vn.danhgia.evaluation.model.Task("T9", "NOBODY",
            vn.danhgia.evaluation.model.TaskKind.ANNUAL, "x", LocalDate.of(2019, 5, 1), false, false)),
        List.of(), List.of(), input.assessments(), List.of(), List.of());

    assertThat(JSON.validate(broken)).extracting(Problem::path).containsExactly("$.tasks[0].cadre");
  }
}
