package vn.danhgia.evaluation.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.testing.Situation;

/** A live reload of a folder whose versions extend one another. */
class RuleRepositoryOverlayTest {
  private static final EvaluationInput INPUT = Situation.year(2024).cadre("A", c -> c.superior("20")).build();
  private static final String OVERLAY = "id = mini\nversion = 2.0\nextends = 1.0\neffectiveFrom = 2024-01-01\n";

  @TempDir Path root;
  Path folder;

  @BeforeEach
  void writeBaseAndOverlay() throws URISyntaxException {
    folder = root.resolve("rules");
    RuleFolders.write(folder.resolve("1.0"), RuleSetSource.fromDirectory(
        Path.of(RuleRepositoryOverlayTest.class.getResource("/rulesets/mini").toURI())));
    RuleFolders.writeAtomically(folder.resolve("2.0/ruleset.properties"), OVERLAY);
    RuleFolders.writeAtomically(folder.resolve("2.0/parameters.properties"), "cap = GOOD\n");
  }

  private static String annual(RuleRepository rules, String version) {
    return rules.evaluate(INPUT, version).result("A").orElseThrow().components().get("annual").toPlainString();
  }

  @Test
  void reload_changeInTheBaseFolder_reloadsTheOverlayThatExtendsIt() {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      String overlayBefore = rules.evaluate(INPUT, "2.0").ruleSet().sha256();
      assertThat(annual(rules, "2.0")).isEqualTo("40.00");

      RuleFolders.writeAtomically(folder.resolve("1.0/parameters.properties"), "annual.points = 30\ncap = COMPLETED\n");
      ReloadOutcome outcome = rules.reload();

      assertThat(outcome.accepted()).isTrue();
      assertThat(annual(rules, "2.0")).isEqualTo("30.00");
      assertThat(rules.evaluate(INPUT, "2.0").ruleSet().sha256()).isNotEqualTo(overlayBefore);
    }
  }

  @Test
  void reload_overlayOfAnUnknownVersion_isRefusedAndThePreviousVersionKeepsServing() {
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      String served = rules.evaluate(INPUT, "2.0").ruleSet().sha256();

      RuleFolders.writeAtomically(folder.resolve("2.0/ruleset.properties"), OVERLAY.replace("extends = 1.0", "extends = 1.9"));
      ReloadOutcome outcome = rules.reload();

      assertThat(outcome.accepted()).isFalse();
      assertThat(outcome.generation()).isEqualTo(1);
      assertThat(outcome.diagnostics()).extracting(Diagnostic::toString).singleElement().asString()
          .startsWith("2.0/ruleset.properties:3:11: extends \"1.9\": there is no version \"1.9\"");
      assertThat(rules.evaluate(INPUT, "2.0").ruleSet().sha256()).isEqualTo(served);
      assertThat(annual(rules, "2.0")).isEqualTo("40.00");
    }
  }
}
