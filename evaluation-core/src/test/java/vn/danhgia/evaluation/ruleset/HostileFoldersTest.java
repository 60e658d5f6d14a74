package vn.danhgia.evaluation.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.repository.ReloadOutcome;
import vn.danhgia.evaluation.repository.RuleRepository;
import vn.danhgia.evaluation.testing.HostileFolders;
import vn.danhgia.evaluation.testing.HostileFolders.Refusal;
import vn.danhgia.evaluation.testing.HostileFolders.Technique;
import vn.danhgia.evaluation.testing.OutsideWorld;
import vn.danhgia.evaluation.testing.Situation;

/**
 * The hostile rule-folder corpus ({@link HostileFolders}) against a load through the API and a live
 * reload: every technique is refused with its file, line and what was refused, the previous version
 * keeps serving, and nothing outside the JVM changes.
 */
class HostileFoldersTest {
  private static final EvaluationInput INPUT = Situation.year(2024).cadre("A", c -> c.superior("20")).build();

  @TempDir Path tmp;

  static Stream<Technique> corpus() {
    return HostileFolders.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void fromDirectory_hostileFolder_isRefusedWithFileLineAndWhat(Technique technique) {
    OutsideWorld before = OutsideWorld.now();
    Path rules = tmp.resolve("rules");
    Path version = technique.install(rules, tmp.resolve("outside"));

    InvalidRuleSetException all = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSets.fromDirectory(rules).versions().values().forEach(CompiledRuleSet::compile));
    assertRefused(technique, all, "");
    if (!technique.wholeFolderOnly()) {
      InvalidRuleSetException one = catchThrowableOfType(InvalidRuleSetException.class,
          () -> CompiledRuleSet.compile(RuleSetSource.fromDirectory(version)));
      assertRefused(technique, one, HostileFolders.VERSION + "/");
    }
    before.assertUnchanged();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void reload_hostileFolder_isRefused_previousVersionKeepsServing(Technique technique) throws IOException {
    Path rules = tmp.resolve("rules");
    HostileFolders.installBase(rules);
    try (RuleRepository repository = RuleRepository.builder(rules).build()) {
      EvaluationReport served = repository.evaluate(INPUT);
      OutsideWorld before = OutsideWorld.now();
      delete(rules.resolve(HostileFolders.VERSION));
      technique.install(rules, tmp.resolve("outside"));

      ReloadOutcome outcome = repository.reload();

      assertThat(outcome.accepted()).as("%s must be refused", technique).isFalse();
      assertThat(outcome.generation()).isEqualTo(1);
      assertRefused(technique, new InvalidRuleSetException(rules.toString(), outcome.diagnostics()), "");
      EvaluationReport after = repository.evaluate(INPUT);
      assertThat(after.ruleSet()).as("the version served").isEqualTo(served.ruleSet());
      assertThat(after.results()).isEqualTo(served.results());
      before.assertUnchanged();
    }
  }

  @Test
  void corpus_coversEveryTechniqueOfTheIssue() {
    assertThat(corpus().map(Technique::name)).hasSizeGreaterThanOrEqualTo(40)
        .contains("manifest-lists-a-parent-path", "manifest-lists-an-absolute-path",
            "resource-configuration-beside-a-listed-rule-file", "kmodule-xml-beside-the-rule-files",
            "rule-file-is-a-link-to-dev-zero", "rule-file-is-a-named-pipe", "version-folder-is-a-link",
            "rule-file-above-its-size-limit", "parameter-with-a-million-digits", "too-many-parameters",
            "spreadsheet-zip-bomb");
  }

  static void assertRefused(Technique technique, InvalidRuleSetException e, String relativeTo) {
    assertThat(e).as("%s must be refused", technique).isNotNull();
    List<String> seen = e.diagnostics().stream().map(Diagnostic::toString).toList();
    for (Refusal r : technique.refusals()) {
      assertThat(seen).as("%s: a diagnostic starting %s and saying \"%s\"", technique, r.start(relativeTo),
          r.fragment()).anySatisfy(d -> assertThat(d).startsWith(r.start(relativeTo)).contains(r.fragment()));
    }
    // Every diagnostic is one line of bounded length, whatever the files held.
    assertThat(seen).allSatisfy(d -> assertThat(d).doesNotContain("\n").hasSizeLessThan(1000));
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
