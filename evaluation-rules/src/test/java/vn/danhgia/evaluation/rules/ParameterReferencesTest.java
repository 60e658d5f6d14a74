package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.repository.ReloadOutcome;
import vn.danhgia.evaluation.repository.RuleFolders;
import vn.danhgia.evaluation.repository.RuleRepository;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * The shipped versions read every parameter they have, each with the type it has; a copy of one
 * whose parameters were edited (whose rules therefore load from the precompiled model) is checked
 * on load all the same: a parameter its rules read that is removed, or given a value of another
 * type, refuses it at every call that reads it, on load and on a live reload.
 */
class ParameterReferencesTest {
  private static final RuleSets LEADERS = RuleSets.builtIn("leaders");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void compile_shippedVersion_readsEveryParameterAndHasNoWarning(String version) {
    RuleSetSource shipped = LEADERS.version(version).orElseThrow();

    CompiledRuleSet precompiled = CompiledRuleSet.compile(shipped);
    CompiledRuleSet fromFiles = CompiledRuleSet.compileFromFiles(shipped, RulePolicy.standard());

    assertThat(precompiled.precompiled()).isTrue();
    assertThat(precompiled.warnings()).isEmpty();
    assertThat(fromFiles.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void compile_copyWithoutAParameterItsRulesRead_isRefusedAtEveryRead(String version, @TempDir Path dir)
      throws Exception {
    RuleSetSource copy = edited(version, dir, "credit.late = 0.75\n", "");
    List<String> expected = reads(copy, "params.decimal(\"credit.late\")",
        ": parameter \"credit.late\" is not defined in parameters.properties");

    assertThat(refusals(() -> CompiledRuleSet.compile(copy))).containsExactlyElementsOf(expected);
    assertThat(refusals(() -> CompiledRuleSet.compileFromFiles(copy, RulePolicy.standard())))
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void compile_copyWithARatingParameterGivenADecimal_isRefusedAtEveryRead(String version, @TempDir Path dir)
      throws Exception {
    String shipped = version.equals("2019.1") ? "cap.orderFailed = GOOD" : "cap.orderFailed = COMPLETED";
    RuleSetSource copy = edited(version, dir, shipped, "cap.orderFailed = 0.5");

    assertThat(refusals(() -> CompiledRuleSet.compile(copy))).containsExactlyElementsOf(reads(copy,
        "params.rating(\"cap.orderFailed\")", ": parameter \"cap.orderFailed\" is read as a rating (params.rating)"
            + " but its value \"0.5\" is not one (it is a decimal)"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void compile_copyWithEditedValuesThatFit_staysPrecompiled(String version, @TempDir Path dir) throws Exception {
    RuleSetSource copy = edited(version, dir, "credit.late = 0.75", "credit.late = 0.5");

    CompiledRuleSet compiled = CompiledRuleSet.compile(copy);

    assertThat(compiled.precompiled()).isTrue();
    assertThat(compiled.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void reload_copyWithoutAParameterItsRulesRead_isRefused_previousVersionKeepsServing(String version,
      @TempDir Path dir) throws Exception {
    RuleFolders.write(dir, LEADERS.version(version).orElseThrow());
    EvaluationInput input = RandomInputs.generate(7, 12, version.equals("2025.1") ? 2025 : 2019);
    try (RuleRepository rules = RuleRepository.builder(dir).build()) {
      RuleSetIdentity before = rules.evaluate(input).ruleSet();
      Path parameters = dir.resolve("parameters.properties");
      RuleFolders.writeAtomically(parameters, Files.readString(parameters).replace("score.good = 70\n", ""));

      ReloadOutcome outcome = rules.reload();

      assertThat(outcome.accepted()).isFalse();
      assertThat(outcome.diagnostics()).isNotEmpty().allSatisfy(d -> {
        assertThat(d.file()).isEqualTo("03-level.drl");
        assertThat(d.message()).isEqualTo("parameter \"score.good\" is not defined in parameters.properties");
      });
      assertThat(rules.evaluate(input).ruleSet()).isEqualTo(before);
      assertThat(rules.evaluate(input)).isEqualTo(Evaluator.builder().ruleSets(LEADERS).build().evaluate(input, version));
    }
  }

  /** A copy of a shipped version in {@code dir} with one edit to its parameters file. */
  private static RuleSetSource edited(String version, Path dir, String from, String to) throws Exception {
    RuleFolders.write(dir, LEADERS.version(version).orElseThrow());
    Path parameters = dir.resolve("parameters.properties");
    String text = Files.readString(parameters);
    assertThat(text).contains(from);
    Files.writeString(parameters, text.replace(from, to));
    return RuleSetSource.fromDirectory(dir);
  }

  /** @return {@code file:line:column} of every occurrence of {@code call} in the rule files, with the message */
  private static List<String> reads(RuleSetSource source, String call, String message) {
    List<String> out = new ArrayList<>();
    for (String file : source.manifest().rules()) {
      String[] lines = source.text(file).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (int at = lines[i].indexOf(call); at >= 0; at = lines[i].indexOf(call, at + 1)) {
          out.add(file + ":" + (i + 1) + ":" + (at + 1) + message);
        }
      }
    }
    assertThat(out).as("reads of %s", call).isNotEmpty();
    return out;
  }

  private static List<String> refusals(org.assertj.core.api.ThrowableAssert.ThrowingCallable compile) {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class, compile);
    assertThat(e).as("the copy must be refused").isNotNull();
    return e.diagnostics().stream().map(Diagnostic::toString).toList();
  }
}
