package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.EvaluationOptions;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.repository.RuleFolders;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.scenario.Scenario;
import vn.danhgia.evaluation.scenario.ScenarioReader;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * The shipped rule sets load from the executable model the build precompiled, and that model gives
 * exactly what compiling their files gives; a copy with edited parameters still loads precompiled
 * and uses the new values, a copy with an edited rule file is compiled from its files.
 */
class PrecompiledRuleSetsTest {
  private static final RuleSets LEADERS = RuleSets.builtIn("leaders");
  private static final Evaluator PRECOMPILED = Evaluator.builder().ruleSets(LEADERS).build();
  private static final Evaluator FROM_FILES = Evaluator.builder().ruleSets(LEADERS)
      .options(EvaluationOptions.defaults().withPrecompiledModels(false)).build();

  /** @return every shipped version, read from the rule set */
  static List<String> shippedVersions() {
    return Leaders.VERSIONS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedVersions")
  void compile_shippedVersion_loadsItsPrecompiledModelWithTheSameRules(String version) {
    CompiledRuleSet precompiled = PRECOMPILED.ruleSet(version);
    CompiledRuleSet fromFiles = FROM_FILES.ruleSet(version);

    assertThat(precompiled.precompiled()).isTrue();
    assertThat(fromFiles.precompiled()).isFalse();
    assertThat(precompiled.rules()).isEqualTo(fromFiles.rules());
    assertThat(precompiled.identity()).isEqualTo(fromFiles.identity());
  }

  @Property(tries = 60)
  void evaluate_precompiledAndFromFiles_giveTheSameReport(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 60) int cadres, @ForAll boolean newer) {
    String version = newer ? "2025.1" : "2019.1";
    EvaluationInput input = RandomInputs.shuffled(RandomInputs.generate(seed, cadres, newer ? 2025 : 2019), seed);

    EvaluationReport precompiled = PRECOMPILED.evaluate(input, version);

    assertThat(precompiled).isEqualTo(FROM_FILES.evaluate(input, version));
  }

  /**
   * The shipped scenarios of each version (2026.1's included: in-progress tasks, reviews, surveys)
   * give the same report compiled from the rule files as from the precompiled model. A DRL function
   * named like a fact's field (07-reviews.drl's credit function, once) shadows the field in the
   * conditions compiled from files only.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedVersions")
  void evaluate_shippedScenarios_precompiledAndFromFiles_giveTheSameReport(String version) {
    for (Scenario s : ScenarioReader.standard().read(ShippedScenariosTest.SCENARIOS.resolve(version))) {
      assertThat(FROM_FILES.evaluate(s.input(), version)).as(s.id()).isEqualTo(PRECOMPILED.evaluate(s.input(), version));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void compile_copyWithEditedParameters_staysPrecompiledAndUsesTheNewValues(String version, @TempDir Path dir)
      throws Exception {
    RuleFolders.write(dir, LEADERS.version(version).orElseThrow());
    Path parameters = dir.resolve("parameters.properties");
    String text = Files.readString(parameters);
    assertThat(text).contains("score.excellent = 90");
    Files.writeString(parameters, text.replace("score.excellent = 90", "score.excellent = 60"));
    RuleSetSource edited = RuleSetSource.fromDirectory(dir);
    EvaluationInput input = RandomInputs.generate(42, 80, version.equals("2025.1") ? 2025 : 2019);

    CompiledRuleSet precompiled = CompiledRuleSet.compile(edited, RulePolicy.standard());
    CompiledRuleSet fromFiles = CompiledRuleSet.compileFromFiles(edited, RulePolicy.standard());

    assertThat(precompiled.precompiled()).isTrue();
    EvaluationReport report = precompiled.evaluate(input, vn.danhgia.evaluation.engine.EvaluationLimits.defaults());
    assertThat(report).isEqualTo(fromFiles.evaluate(input, vn.danhgia.evaluation.engine.EvaluationLimits.defaults()));
    assertThat(report.results()).isNotEqualTo(PRECOMPILED.evaluate(input, version).results());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void compile_copyWithEditedRuleFile_isCompiledFromItsFiles(String version, @TempDir Path dir) throws Exception {
    RuleFolders.write(dir, LEADERS.version(version).orElseThrow());
    Path level = dir.resolve("03-level.drl");
    Files.writeString(level, Files.readString(level) + "\n// an edit\n");

    CompiledRuleSet compiled = CompiledRuleSet.compile(RuleSetSource.fromDirectory(dir), RulePolicy.standard());

    assertThat(compiled.precompiled()).isFalse();
  }
}
