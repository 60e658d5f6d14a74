package vn.danhgia.evaluation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.ruleset.UnknownVersionException;
import vn.danhgia.evaluation.testing.Situation;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/** Version selection, input checks and configuration of the {@link Evaluator}. */
class EvaluatorTest {
  private static final RuleSetSource V1 = RuleSetFixtures.source("mini");
  private static final RuleSetSource V2 = variant(V1, "2.0", "2025-09-01", "");
  private static final Evaluator EVALUATOR = Evaluator.builder().ruleSets(RuleSets.of(List.of(V1, V2))).build();

  static RuleSetSource variant(RuleSetSource base, String version, String effectiveFrom, String extraRule) {
    Map<String, byte[]> files = new TreeMap<>(base.files());
    String manifest = new String(files.get("ruleset.properties"), StandardCharsets.UTF_8)
        .replace("version = 1.0", "version = " + version)
        .replace("effectiveFrom = 2019-01-01", "effectiveFrom = " + effectiveFrom);
    files.put("ruleset.properties", manifest.getBytes(StandardCharsets.UTF_8));
    files.put("mini.drl", (new String(files.get("mini.drl"), StandardCharsets.UTF_8) + extraRule)
        .getBytes(StandardCharsets.UTF_8));
    return RuleSetSource.fromFiles("variant " + version, files);
  }

  private static EvaluationInput year(int y) {
    return Situation.year(y).cadre("A", c -> c.superior("20")).build();
  }

  @Test
  void evaluate_choosesTheVersionInForceOnThePeriodsEnd() {
    assertThat(EVALUATOR.evaluate(year(2024)).ruleSet().version()).isEqualTo("1.0");
    assertThat(EVALUATOR.evaluate(year(2025)).ruleSet().version()).as("2025-12-31 is after 2025-09-01")
        .isEqualTo("2.0");
  }

  @Test
  void evaluate_versionNamedByInput_winsOverDate_callerWinsOverInput() {
    EvaluationInput named = Situation.year(2025).ruleSetVersion("1.0").cadre("A", c -> c.superior("20")).build();

    assertThat(EVALUATOR.evaluate(named).ruleSet().version()).isEqualTo("1.0");
    assertThat(EVALUATOR.evaluate(named, "2.0").ruleSet().version()).isEqualTo("2.0");
  }

  @Test
  void evaluate_unknownVersionNamedByInput_isInvalidInputAtItsPath() {
    EvaluationInput named = Situation.year(2025).ruleSetVersion("9.9").cadre("A", c -> c.superior("20")).build();

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> EVALUATOR.evaluate(named));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.period.ruleSetVersion");
      assertThat(p.message()).contains("\"9.9\"").contains("1.0, 2.0");
    });
  }

  @Test
  void evaluate_unknownVersionNamedByCaller_isUnknownVersionListingTheKnownOnes() {
    UnknownVersionException e = catchThrowableOfType(UnknownVersionException.class,
        () -> EVALUATOR.evaluate(year(2024), "3.0"));

    assertThat(e).isNotNull();
    assertThat(e.ruleSet()).isEqualTo("mini");
    assertThat(e.requested()).isEqualTo("3.0");
    assertThat(e.known()).containsExactly("1.0", "2.0");
    assertThat(e).hasMessage("There is no version \"3.0\" of the rule set mini; the versions are 1.0, 2.0.");
  }

  @Test
  void evaluate_unknownVersionNamedByCallerForAnInvalidInput_isStillUnknownVersion() {
    EvaluationInput broken = Situation.year(2024).cadre("A", c -> c.position("NOWHERE").superior("20")).build();

    assertThatThrownBy(() -> EVALUATOR.evaluate(broken, "3.0")).isInstanceOf(UnknownVersionException.class);
  }

  @Test
  void ruleSetAndStream_unknownVersion_isUnknownVersion() {
    java.io.StringWriter out = new java.io.StringWriter();

    assertThatThrownBy(() -> EVALUATOR.ruleSet("9.9")).isInstanceOf(UnknownVersionException.class)
        .hasMessageContaining("\"9.9\"").hasMessageContaining("1.0, 2.0");
    assertThatThrownBy(() -> EVALUATOR.evaluateStream(new java.io.BufferedReader(new java.io.StringReader("")), out,
        "9.9", done -> { })).isInstanceOf(UnknownVersionException.class);
    assertThat(out.toString()).isEmpty();
    assertThatThrownBy(() -> EVALUATOR.chooseVersion(year(2024), "9.9")).isInstanceOf(UnknownVersionException.class);
  }

  @Test
  void evaluate_noVersionInForce_isInvalidInputAtPeriodEnd() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> EVALUATOR.evaluate(year(2018)));

    assertThat(e.problems()).singleElement().extracting(Problem::path).isEqualTo("$.period.end");
  }

  @Test
  void evaluate_noVersionInForceButCallerNamesOne_evaluates() {
    assertThat(EVALUATOR.evaluate(year(2018), "1.0").results()).hasSize(1);
  }

  @Test
  void evaluate_inputBuiltInCodeWithBrokenReference_isRejectedBeforeAnyRule() {
    EvaluationInput broken = Situation.year(2024).cadre("A", c -> c.position("NOWHERE").superior("20")).build();

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> EVALUATOR.evaluate(broken));

    assertThat(e.problems()).extracting(Problem::path).containsExactly("$.cadres[0].position");
  }

  @Test
  void builder_withoutRuleSets_isRefused() {
    assertThatThrownBy(() -> Evaluator.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ruleSets");
  }

  @Test
  void builder_compileEagerly_refusesABrokenVersionAtOnce() {
    RuleSetSource broken = variant(V1, "3.0", "2030-01-01", "\nrule \"Broken\" when Cadre( then end\n");

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> Evaluator.builder().ruleSets(RuleSets.of(List.of(V1, broken))).compileEagerly().build());

    assertThat(e.ruleSet()).isEqualTo("mini 3.0");
    assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.file()).isEqualTo("mini.drl"));
  }

  @Test
  void evaluate_batchSizeDoesNotChangeTheReport() {
    Situation s = Situation.year(2024);
    for (int i = 0; i < 30; i++) {
      String points = String.valueOf(i % 25);
      s.cadre(String.format("C%02d", i), c -> c.superior(points));
    }
    Evaluator small = Evaluator.builder().ruleSets(RuleSets.of(List.of(V1)))
        .options(EvaluationOptions.defaults().withBatchSize(1)).build();
    Evaluator large = Evaluator.builder().ruleSets(RuleSets.of(List.of(V1)))
        .options(EvaluationOptions.defaults().withBatchSize(1000)).build();

    assertThat(small.evaluate(s.build())).isEqualTo(large.evaluate(s.build()));
  }

  @Test
  void ruleSets_fromDirectoryOfVersions_findsEach() {
    RuleSets sets = RuleSets.fromDirectory(RuleSetFixtures.folder("mini").getParent().resolve("mini"));
    assertThat(sets.versions()).containsOnlyKeys("1.0");
    assertThat(sets.timeline().inForceOn(java.time.LocalDate.of(2019, 1, 1))).contains("1.0");
  }
}
