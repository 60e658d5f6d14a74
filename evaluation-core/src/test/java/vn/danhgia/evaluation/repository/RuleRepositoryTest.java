package vn.danhgia.evaluation.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.EvaluationLimits;
import vn.danhgia.evaluation.engine.EvaluationOptions;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.engine.RuleExecutionException;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.UnknownVersionException;
import vn.danhgia.evaluation.testing.Situation;

/**
 * Reloading, refusing (a broken file, a rule reading a parameter the version does not have or with
 * the wrong type), rolling back and watching a folder of rule sets.
 */
class RuleRepositoryTest {
  private static final EvaluationInput INPUT = Situation.year(2024).cadre("A", c -> c.superior("20")).build();

  @TempDir Path root;
  Path folder;

  @BeforeEach
  void copyMini() throws URISyntaxException {
    folder = root.resolve("rules/mini");
    RuleFolders.write(folder, RuleSetSource.fromDirectory(
        Path.of(RuleRepositoryTest.class.getResource("/rulesets/mini").toURI())));
  }

  private void setAnnualPoints(String value) {
    RuleFolders.writeAtomically(folder.resolve("parameters.properties"), "annual.points = " + value + "\ncap = COMPLETED\n");
  }

  private static String annual(RuleRepository rules) {
    return rules.evaluate(INPUT).result("A").orElseThrow().components().get("annual").toPlainString();
  }

  @Test
  void build_withOptions_everyEvaluatorItLoadsHasThem() {
    EvaluationOptions options = EvaluationOptions.defaults().withParallel(true).withBatchSize(5)
        .withLimits(EvaluationLimits.defaults().withMaxFiringsPerCadre(300));
    try (RuleRepository rules = RuleRepository.builder(folder).options(options).build()) {
      assertThat(rules.current().options()).isSameAs(options);

      setAnnualPoints("35");
      assertThat(rules.reload().accepted()).isTrue();

      assertThat(rules.current().options()).isSameAs(options);
      assertThat(annual(rules)).isEqualTo("35.00");
    }
  }

  @Test
  void evaluate_repositoryWithATimeLimitTooShort_endsWithTimeoutAsItsLimitsSay() {
    EvaluationOptions tight = EvaluationOptions.defaults()
        .withLimits(EvaluationLimits.defaults().withTimeout(Duration.ofNanos(1)));
    try (RuleRepository defaults = RuleRepository.builder(folder).build();
        RuleRepository rules = RuleRepository.builder(folder).options(tight).build()) {
      assertThat(annual(defaults)).isEqualTo("40.00");

      RuleExecutionException e = catchThrowableOfType(RuleExecutionException.class, () -> rules.evaluate(INPUT));

      assertThat(e).isNotNull();
      assertThat(e.failure()).isEqualTo(RuleExecutionException.Failure.TIMED_OUT);
    }
  }

  @Test
  void evaluate_unknownVersion_isUnknownVersionListingTheFolder() {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      UnknownVersionException e = catchThrowableOfType(UnknownVersionException.class,
          () -> rules.evaluate(INPUT, "9.9"));

      assertThat(e).isNotNull();
      assertThat(e.requested()).isEqualTo("9.9");
      assertThat(e.known()).containsExactly("1.0");
    }
  }

  @Test
  void reload_changedParameters_areServedWithTheNewHash() {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      String before = rules.evaluate(INPUT).ruleSet().sha256();
      assertThat(annual(rules)).isEqualTo("40.00");

      setAnnualPoints("35");
      ReloadOutcome outcome = rules.reload();

      assertThat(outcome.accepted()).isTrue();
      assertThat(outcome.generation()).isEqualTo(2);
      assertThat(annual(rules)).isEqualTo("35.00");
      assertThat(rules.evaluate(INPUT).ruleSet().sha256()).isNotEqualTo(before);
    }
  }

  @Test
  void reload_brokenChange_isRefused_previousKeepsServing_listenerAndOutcomeSayWhy() {
    List<String> told = new CopyOnWriteArrayList<>();
    ReloadListener listener = new ReloadListener() {
      @Override
      public void reloaded(long generation, Evaluator serving) {
        told.add("reloaded " + generation);
      }

      @Override
      public void refused(InvalidRuleSetException problem, Evaluator serving) {
        told.add("refused " + problem.diagnostics().get(0));
      }
    };
    try (RuleRepository rules = RuleRepository.builder(folder).listener(listener).build()) {
      setAnnualPoints("0,75");
      ReloadOutcome outcome = rules.reload();

      assertThat(outcome.accepted()).isFalse();
      assertThat(outcome.generation()).isEqualTo(1);
      assertThat(outcome.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.file()).isEqualTo("parameters.properties");
        assertThat(d.line()).isEqualTo(1);
      });
      assertThat(annual(rules)).isEqualTo("40.00");
      assertThat(told).containsExactly("reloaded 1",
          "refused parameters.properties:1:17: parameter \"annual.points\": cannot read \"0,75\" as a decimal"
              + " (0.75), a ratio (2/3), a rating (GOOD), a rounding mode (FLOOR, HALF_UP …) or true/false");
    }
  }

  @Test
  void reload_ruleFileThatBreaksThePolicy_isRefused() throws Exception {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      String drl = Files.readString(folder.resolve("mini.drl"));
      RuleFolders.writeAtomically(folder.resolve("mini.drl"), drl.replace(
          "insert( new Level( $id, Rating.GOOD ) );", "insert( new Level( $id, Rating.GOOD ) );\n    System.exit(1);"));

      ReloadOutcome outcome = rules.reload();

      assertThat(outcome.accepted()).isFalse();
      assertThat(outcome.diagnostics()).extracting(d -> d.file() + ":" + d.line())
          .contains("mini.drl:42");
      assertThat(annual(rules)).isEqualTo("40.00");
    }
  }

  @Test
  void reload_unchangedVersion_isReusedNotRecompiled() {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      CompiledRuleSet first = rules.current().ruleSet("1.0");

      assertThat(rules.reload().accepted()).isTrue();

      assertThat(rules.current().ruleSet("1.0")).isSameAs(first);
      assertThat(rules.generation()).isEqualTo(2);
    }
  }

  @Test
  void rollback_servesThePreviousGenerationsRulesAgain() {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      assertThat(rules.rollback()).as("nothing to roll back to yet").isFalse();
      setAnnualPoints("10");
      rules.reload();
      assertThat(annual(rules)).isEqualTo("10.00");

      assertThat(rules.rollback()).isTrue();

      assertThat(annual(rules)).isEqualTo("40.00");
      assertThat(rules.generation()).isEqualTo(3);
    }
  }

  @Test
  void build_folderThatDoesNotLoad_isRefusedAtOnce() {
    setAnnualPoints("x y");
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleRepository.builder(folder).build());
    assertThat(e.diagnostics()).isNotEmpty();
    assertThat(catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleRepository.builder(root.resolve("missing")).build()).diagnostics())
        .singleElement().extracting(d -> d.message()).isEqualTo("not a folder");
  }

  @Test
  void watch_changedFile_isReloadedWithoutACall() throws Exception {
    try (RuleRepository rules = RuleRepository.builder(root.resolve("rules")).watch(true)
        .quietPeriod(Duration.ofMillis(50)).build()) {
      setAnnualPoints("12");

      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!annual(rules).equals("12.00") && System.nanoTime() < deadline) {
        Thread.sleep(25);
      }

      assertThat(annual(rules)).isEqualTo("12.00");
      assertThat(rules.generation()).isGreaterThanOrEqualTo(2);
    }
  }

  // ---- Parameter references: a rule must read a parameter the version has, with its type ----------

  @Test
  void reload_ruleReadingAMisspeltParameter_isRefused_previousVersionKeepsServing() throws Exception {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      RuleSetIdentity before = rules.evaluate(INPUT).ruleSet();
      String drl = Files.readString(folder.resolve("mini.drl"));
      RuleFolders.writeAtomically(folder.resolve("mini.drl"),
          drl.replace("params.decimal(\"annual.points\")", "params.decimal(\"annual.pionts\")"));

      ReloadOutcome outcome = rules.reload();

      assertThat(outcome.accepted()).isFalse();
      assertThat(outcome.diagnostics()).extracting(Diagnostic::toString).containsExactly(
          "mini.drl:18:43: parameter \"annual.pionts\" is not defined in parameters.properties"
              + " (did you mean \"annual.points\"?)");
      assertThat(rules.evaluate(INPUT).ruleSet()).isEqualTo(before);
      assertThat(rules.evaluate(INPUT).result("A").orElseThrow().components().get("annual")).isEqualByComparingTo("40");
    }
  }

  @Test
  void reload_parameterThatNoLongerFitsItsRead_isRefused_previousVersionKeepsServing() {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      RuleSetIdentity before = rules.evaluate(INPUT).ruleSet();
      RuleFolders.writeAtomically(folder.resolve("parameters.properties"), "annual.points = 40\ncap = 0.5\n");

      ReloadOutcome outcome = rules.reload();

      assertThat(outcome.accepted()).isFalse();
      assertThat(outcome.diagnostics()).extracting(Diagnostic::toString).containsExactly(
          "mini.drl:52:27: parameter \"cap\" is read as a rating (params.rating) but its value \"0.5\" is not one"
              + " (it is a decimal)");
      assertThat(rules.evaluate(INPUT).ruleSet()).isEqualTo(before);
    }
  }

  @Test
  void reload_parameterNoRuleReads_isAccepted() {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      RuleFolders.writeAtomically(folder.resolve("parameters.properties"),
          "annual.points = 35\ncap = COMPLETED\nbonus = 3\n");

      ReloadOutcome outcome = rules.reload();

      assertThat(outcome.accepted()).isTrue();
      assertThat(rules.current().ruleSet("1.0").warnings()).extracting(Diagnostic::toString).containsExactly(
          "parameters.properties:3:0: parameter \"bonus\" is not read by any rule nor named by any message");
      assertThat(rules.evaluate(INPUT).result("A").orElseThrow().components().get("annual")).isEqualByComparingTo("35");
    }
  }
}
