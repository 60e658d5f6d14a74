package vn.danhgia.evaluation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.evaluation.engine.RuleSetFixtures.folder;
import static vn.danhgia.evaluation.engine.RuleSetFixtures.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.testing.Situation;

/** Compiling rule sets (diagnostics with file and line) and how the engine combines their results. */
class CompiledRuleSetTest {

  private static InvalidRuleSetException refusal(String fixture) {
    return catchThrowableOfType(InvalidRuleSetException.class, () -> CompiledRuleSet.compile(source(fixture)));
  }

  @Test
  void compile_syntaxError_namesFileLineAndColumn_andNothingElse() {
    InvalidRuleSetException e = refusal("broken-syntax");

    assertThat(e).isNotNull();
    assertThat(e.ruleSet()).isEqualTo("mini 1.0");
    assertThat(e.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("bad.drl");
      assertThat(d.line()).isEqualTo(9);
      assertThat(d.column()).isEqualTo(1);
      assertThat(d.message()).contains("then");
    });
    assertThat(e.getMessage()).contains("bad.drl:9:1:");
  }

  @Test
  void compile_typeErrors_inConditionAndConsequence_nameTheirLines() {
    InvalidRuleSetException e = refusal("broken-types");

    assertThat(e.diagnostics()).extracting(Diagnostic::file).containsOnly("types.drl");
    assertThat(e.diagnostics()).anySatisfy(d -> {
      assertThat(d.line()).isEqualTo(9);
      assertThat(d.message()).contains("nickname");
    });
    assertThat(e.diagnostics()).anySatisfy(d -> {
      assertThat(d.line()).isEqualTo(19);
      assertThat(d.column()).isEqualTo(26);
      assertThat(d.message()).contains("nickname");
    });
  }

  @Test
  void compile_engineChecks_reasonMessagesPhasesAndUniqueNames() {
    InvalidRuleSetException e = refusal("broken-checks");

    assertThat(e.diagnostics()).extracting(Diagnostic::toString).anySatisfy(s ->
        assertThat(s).startsWith("a.drl:6:1: rule \"Gives a reason without messages\" gives a reason")
            .contains("@vi, @en"));
    assertThat(e.diagnostics()).extracting(Diagnostic::toString).anySatisfy(s ->
        assertThat(s).startsWith("a.drl:15:1:").contains("agenda-group \"scoring\""));
    assertThat(e.diagnostics()).extracting(Diagnostic::toString).anySatisfy(s ->
        assertThat(s).startsWith("b.drl:5:1:").contains("already defined at a.drl:15"));
  }

  @Test
  void load_badParameters_namesLineAndColumnOfEach() {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> source("broken-parameters"));

    assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "parameters.properties:2:17: parameter \"annual.points\": cannot read \"0,75\" as a decimal (0.75), a ratio"
            + " (2/3), a rating (GOOD), a rounding mode (FLOOR, HALF_UP …) or true/false",
        "parameters.properties:3:1: expected 'name = value', found \"cap COMPLETED\"");
  }

  @Test
  void load_ruleFileNotListed_isRefused(@TempDir Path dir) throws Exception {
    for (String f : List.of("ruleset.properties", "parameters.properties", "mini.drl")) {
      Files.copy(folder("mini").resolve(f), dir.resolve(f));
    }
    Files.writeString(dir.resolve("forgotten.drl"), "package mini;\n");

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSetSource.fromDirectory(dir));

    assertThat(e.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("forgotten.drl");
      assertThat(d.message()).contains("not listed");
    });
  }

  @Test
  void load_listedFileMissing_isRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ruleset.properties"), Files.readString(folder("mini").resolve("ruleset.properties"))
        .replace("rules = mini.drl", "rules = mini.drl, gone.drl"));
    Files.copy(folder("mini").resolve("mini.drl"), dir.resolve("mini.drl"));

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSetSource.fromDirectory(dir));

    assertThat(e.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "the manifest lists \"gone.drl\", which is not there");
  }

  @Test
  void evaluate_combinesPartsLevelCapsReasonsAndPeerGroupDemotions() {
    CompiledRuleSet mini = CompiledRuleSet.compile(source("mini"));
    Situation s = Situation.year(2020)
        .cadre("A", c -> c.superior("25"))
        .cadre("B", c -> c.superior("5"))
        .cadre("C", c -> c.superior("20"))
        .cadre("D", c -> { });

    EvaluationReport report = mini.evaluate(s.build(), EvaluationLimits.defaults());

    CadreResult a = report.result("A").orElseThrow();
    assertThat(a.rating()).as("first of its group").isEqualTo(Rating.NOT_COMPLETED);
    assertThat(a.reasons()).extracting(r -> r.code()).containsExactly("FIRST");
    CadreResult b = report.result("B").orElseThrow();
    assertThat(b.score()).isEqualByComparingTo("45.00");
    assertThat(b.rating()).as("GOOD capped at COMPLETED").isEqualTo(Rating.COMPLETED);
    assertThat(b.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo("LOW");
      assertThat(r.rule()).isEqualTo("A low score caps the rating");
    });
    CadreResult c = report.result("C").orElseThrow();
    assertThat(c.rating()).isEqualTo(Rating.GOOD);
    assertThat(c.label()).isEqualTo("Tốt (mini)");
    CadreResult d = report.result("D").orElseThrow();
    assertThat(d.status()).isEqualTo(ResultStatus.INCOMPLETE);
    assertThat(d.reasons()).singleElement().satisfies(r -> {
      assertThat(r.subject()).isEqualTo("D");
      assertThat(r.message().vi()).isEqualTo("Chưa được đánh giá (D)");
      assertThat(r.message().en()).isEqualTo("Not assessed (D), annual points would be 40");
    });
    assertThat(report.ruleSet().version()).isEqualTo("1.0");
    assertThat(report.ruleSet().sha256()).isEqualTo(mini.source().sha256()).hasSize(64);
  }

  @Test
  void evaluate_ruleLoop_endsWithErrorNamingTheRule() {
    CompiledRuleSet runaway = CompiledRuleSet.compile(source("runaway"));
    Situation s = Situation.year(2020).cadre("A", c -> c.superior("25"));

    RuleExecutionException e = catchThrowableOfType(RuleExecutionException.class,
        () -> runaway.evaluate(s.build(), EvaluationLimits.defaults().withMaxFiringsPerCadre(500)));

    assertThat(e.failure()).isEqualTo(RuleExecutionException.Failure.TOO_MANY_FIRINGS);
    assertThat(e.rules()).first().isEqualTo("Tick again");
    assertThat(e.ruleSet()).isEqualTo("mini 1.0");
    assertThat(e.getMessage()).contains("rule loop").contains("\"Tick again\"");
  }

  @Test
  void evaluate_ruleLoopPastTheTimeLimit_endsWithTimeout() {
    CompiledRuleSet runaway = CompiledRuleSet.compile(source("runaway"));
    Situation s = Situation.year(2020).cadre("A", c -> c.superior("25"));

    RuleExecutionException e = catchThrowableOfType(RuleExecutionException.class, () -> runaway.evaluate(s.build(),
        new EvaluationLimits(Integer.MAX_VALUE / 4, Duration.ofMillis(200))));

    assertThat(e.failure()).isEqualTo(RuleExecutionException.Failure.TIMED_OUT);
    assertThat(e.rules()).contains("Tick again");
  }

  @Test
  void compile_twice_givesIndependentRuleSetsWithTheSameIdentity() {
    CompiledRuleSet first = CompiledRuleSet.compile(source("mini"));
    CompiledRuleSet second = CompiledRuleSet.compile(source("mini"));

    assertThat(second.identity()).isEqualTo(first.identity());
    assertThat(second.rules()).extracting(RuleDescription::name).containsExactly("Components from the assessment",
        "Not assessed", "Everyone assessed is good", "A low score caps the rating",
        "The first of a group by id is demoted");
    assertThat(second.rules().get(1)).isEqualTo(new RuleDescription("Not assessed", "mini.drl", 23, "score",
        "NO_DECIDING_ASSESSMENT", new vn.danhgia.evaluation.report.Message("Chưa được đánh giá ({subject})",
            "Not assessed ({subject}), annual points would be {annual.points}"),
        vn.danhgia.evaluation.report.Severity.INFORMATION));
  }
}
