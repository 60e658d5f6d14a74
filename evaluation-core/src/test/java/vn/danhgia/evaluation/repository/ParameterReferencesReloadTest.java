package vn.danhgia.evaluation.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.testing.Situation;

/**
 * A live reload refuses a version whose rules read a parameter it does not have, or read one with
 * the wrong type, while the previous version keeps serving; a parameter no rule reads does not
 * refuse it.
 */
class ParameterReferencesReloadTest {
  private static final EvaluationInput INPUT = Situation.year(2024).cadre("A", c -> c.superior("20")).build();

  @TempDir Path root;
  Path folder;

  @BeforeEach
  void copyMini() throws URISyntaxException {
    folder = root.resolve("rules/mini");
    RuleFolders.write(folder, RuleSetSource.fromDirectory(
        Path.of(ParameterReferencesReloadTest.class.getResource("/rulesets/mini").toURI())));
  }

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
          "mini.drl:18:51: parameter \"annual.pionts\" is not defined in parameters.properties"
              + " (did you mean \"annual.points\"?)");
      assertThat(rules.evaluate(INPUT).ruleSet()).isEqualTo(before);
      assertThat(rules.evaluate(INPUT).result("A").orElseThrow().components().annual()).isEqualByComparingTo("40");
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
      assertThat(rules.evaluate(INPUT).result("A").orElseThrow().components().annual()).isEqualByComparingTo("35");
    }
  }
}
