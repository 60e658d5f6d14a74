package vn.danhgia.evaluation.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.testing.Situation;

/**
 * Versions as overlays ({@code extends = VERSION}): what a version that extends another replaces,
 * adds and removes, how chains resolve, and what is refused, at the manifest's line and column.
 */
class OverlayTest {
  @TempDir Path rules;
  private String miniDrl;

  @BeforeEach
  void writeBase() throws URISyntaxException, IOException {
    Path mini = Path.of(OverlayTest.class.getResource("/rulesets/mini").toURI());
    miniDrl = Files.readString(mini.resolve("mini.drl"));
    write("1.0/ruleset.properties", Files.readString(mini.resolve("ruleset.properties"))
        .replace("rules = mini.drl", "rules = mini.drl, extra.drl"));
    write("1.0/parameters.properties", Files.readString(mini.resolve("parameters.properties")));
    write("1.0/mini.drl", miniDrl);
    write("1.0/extra.drl", "package mini;\n");
  }

  private void write(String file, String text) {
    try {
      Path p = rules.resolve(file);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void overlay(String version, String base, String entries) {
    write(version + "/ruleset.properties", "id = mini\nversion = " + version + "\nextends = " + base
        + "\neffectiveFrom = 2024-01-01\n" + entries);
  }

  private RuleSetSource version(String v) {
    return RuleSets.fromDirectory(rules).version(v).orElseThrow();
  }

  private InvalidRuleSetException refused() {
    return catchThrowableOfType(InvalidRuleSetException.class, () -> RuleSets.fromDirectory(rules));
  }

  @Test
  void load_overlayWithAFileOfAnInheritedName_replacesItAndInheritsTheRest() {
    overlay("2.0", "1.0", "");
    write("2.0/mini.drl", miniDrl + "// edited\n");

    RuleSetSource two = version("2.0");

    assertThat(two.manifest().rules()).containsExactly("mini.drl", "extra.drl");
    assertThat(two.text("mini.drl")).endsWith("// edited\n");
    assertThat(two.text("extra.drl")).isEqualTo("package mini;\n");
    assertThat(two.ruleVersions()).containsExactlyInAnyOrderEntriesOf(Map.of("mini.drl", "2.0", "extra.drl", "1.0"));
    assertThat(two.manifest().phases()).containsExactly("score", "level");
    assertThat(two.manifest().labels()).containsEntry(Rating.GOOD, "Tốt (mini)");
    assertThat(two.manifest().effectiveFrom()).hasToString("2024-01-01");
    assertThat(two.extended()).containsExactly("1.0");
  }

  @Test
  void load_overlayAddingAndRemovingRuleFiles_resolvesTheInheritedListInOrder() {
    overlay("2.0", "1.0", "removeRules = extra.drl\naddRules = more.drl\nname = Two\n");
    write("2.0/more.drl", "package mini;\n// more\n");

    RuleSetSource two = version("2.0");

    assertThat(two.manifest().rules()).containsExactly("mini.drl", "more.drl");
    assertThat(two.files()).containsOnlyKeys("mini.drl", "more.drl", "parameters.properties", "ruleset.properties");
    assertThat(two.manifest().name()).isEqualTo("Two");
    assertThat(two.ruleVersions()).containsEntry("more.drl", "2.0").containsEntry("mini.drl", "1.0");
  }

  @Test
  void load_overlayParameters_mergeOverTheBaseAndRemoveTheNamedOnes() {
    overlay("2.0", "1.0", "removeParameters = cap\n");
    write("2.0/parameters.properties", "annual.points = 35\nbonus = 2/3\n");

    RuleSetSource two = version("2.0");

    assertThat(two.parameters().asText()).containsExactlyInAnyOrderEntriesOf(Map.of("annual.points", "35", "bonus", "2/3"));
    assertThat(two.parameterVersions()).containsEntry("annual.points", "2.0");
    assertThat(version("1.0").parameters().asText()).containsEntry("cap", "COMPLETED").containsEntry("annual.points", "40");
  }

  @Test
  void evaluate_overlayOverridingAParameter_usesItsValueWhileTheBaseKeepsItsOwn() {
    overlay("2.0", "1.0", "");
    write("2.0/parameters.properties", "annual.points = 35\n");
    Evaluator evaluator = Evaluator.builder().ruleSets(RuleSets.fromDirectory(rules)).build();
    var input = Situation.year(2024).cadre("A", c -> c.superior("20")).build();

    assertThat(evaluator.evaluate(input, "2.0").result("A").orElseThrow().components().get("annual")).hasToString("35.00");
    assertThat(evaluator.evaluate(input, "1.0").result("A").orElseThrow().components().get("annual")).hasToString("40.00");
  }

  @Test
  void load_chainOfOverlays_resolvesThroughEveryVersion() {
    overlay("2.0", "1.0", "removeRules = extra.drl\n");
    write("2.0/parameters.properties", "annual.points = 35\n");
    overlay("3.0", "2.0", "groupPhases =\n");
    write("3.0/parameters.properties", "cap = GOOD\n");

    RuleSetSource three = version("3.0");

    assertThat(three.extended()).containsExactly("2.0", "1.0");
    assertThat(three.manifest().rules()).containsExactly("mini.drl");
    assertThat(three.manifest().groupPhases()).isEmpty();
    assertThat(three.parameters().asText()).containsEntry("annual.points", "35").containsEntry("cap", "GOOD");
    assertThat(three.parameterVersions()).containsEntry("annual.points", "2.0").containsEntry("cap", "3.0");
  }

  @Test
  void load_cycleOfVersions_isRefusedAtEachExtendsLine() {
    overlay("2.0", "3.0", "");
    overlay("3.0", "2.0", "");

    assertThat(refused().diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(d -> assertThat(d).startsWith("2.0/ruleset.properties:3:11: extends \"3.0\": ").contains("a cycle"))
        .anySatisfy(d -> assertThat(d).startsWith("3.0/ruleset.properties:3:11: extends \"2.0\": "));
  }

  @Test
  void load_unknownExtendedVersion_isRefusedWithLineAndColumn() {
    overlay("2.0", "9.9", "");

    assertThat(refused().diagnostics()).extracting(Diagnostic::toString).singleElement().asString()
        .startsWith("2.0/ruleset.properties:3:11: extends \"9.9\": there is no version \"9.9\" in ")
        .endsWith("(its versions: 1.0, 2.0)");
  }

  @Test
  void load_overlayOfAnotherId_isRefused() {
    write("2.0/ruleset.properties", "id = other\nversion = 2.0\nextends = 1.0\neffectiveFrom = 2024-01-01\n");

    assertThat(refused().diagnostics()).extracting(Diagnostic::toString).singleElement().asString()
        .startsWith("2.0/ruleset.properties:1:6: the id is \"other\", but the version it extends, 1.0, is of the rule set \"mini\"");
  }

  @Test
  void load_removingARuleFileOrParameterTheBaseLacks_isRefused() {
    overlay("2.0", "1.0", "removeRules = nothing.drl\nremoveParameters = annual.points, nothing\n");

    assertThat(refused().diagnostics()).extracting(Diagnostic::toString).containsExactlyInAnyOrder(
        "2.0/ruleset.properties:5:15: removeRules names \"nothing.drl\", which the version it extends (1.0) does not"
            + " have: its rule files are mini.drl, extra.drl",
        "2.0/ruleset.properties:6:35: removeParameters names \"nothing\", which the version it extends does not have");
  }

  @Test
  void load_overlayWithoutEffectiveFromOrWithRulesAndAddRules_isRefused() {
    write("2.0/ruleset.properties", "id = mini\nversion = 2.0\nextends = 1.0\nrules = mini.drl\naddRules = x.drl\n");

    assertThat(refused().diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(d -> assertThat(d).startsWith("2.0/ruleset.properties:0:0: the manifest has no \"effectiveFrom\""))
        .anySatisfy(d -> assertThat(d).startsWith("2.0/ruleset.properties:5:12: \"addRules\" together with \"rules\""));
  }

  @Test
  void load_addedFileMissingOrUnlistedFileInTheFolder_isRefused() {
    overlay("2.0", "1.0", "addRules = more.drl\n");
    write("2.0/stray.drl", "package mini;\n");

    assertThat(refused().diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(d -> assertThat(d).startsWith("2.0/ruleset.properties:5:12: the manifest adds \"more.drl\""))
        .anySatisfy(d -> assertThat(d).startsWith("2.0/stray.drl:0:0: this rule file is not listed"));
  }

  @Test
  void sha256_sameResolvedFiles_isTheSameWhicheverFolderHoldsThem() {
    overlay("2.0", "1.0", "");
    write("2.0/parameters.properties", "annual.points = 35\n");
    String inherited = version("2.0").sha256();

    write("2.0/extra.drl", "package mini;\n"); // a copy, byte for byte, of the base's file
    RuleSetSource withCopy = version("2.0");

    assertThat(withCopy.sha256()).isEqualTo(inherited);
    assertThat(withCopy.ruleVersions()).containsEntry("extra.drl", "2.0");
    // The resolved files stand alone: loaded as a version of their own, they are the same version.
    RuleSetSource flat = RuleSetSource.fromFiles("flat", withCopy.files());
    assertThat(flat.sha256()).isEqualTo(inherited);
    assertThat(flat.manifest()).isEqualTo(withCopy.manifest());
    assertThat(flat.parameters()).isEqualTo(withCopy.parameters());
  }

  @Test
  void sha256_changeInTheBaseFolder_changesTheOverlaysHash() {
    overlay("2.0", "1.0", "");
    String before = version("2.0").sha256();

    write("1.0/extra.drl", "package mini;\n// changed\n");

    assertThat(version("2.0").sha256()).isNotEqualTo(before);
  }

  @Test
  void fromDirectory_oneOverlayFolder_resolvesOverTheVersionFoldersNextToIt() {
    overlay("2.0", "1.0", "removeRules = extra.drl\n");

    assertThat(RuleSetSource.fromDirectory(rules.resolve("2.0")).manifest().rules()).containsExactly("mini.drl");
    assertThat(RuleSets.fromDirectory(rules.resolve("2.0")).versions()).containsOnlyKeys("2.0");
  }

  @Test
  void fromFiles_overlayGivenAlone_isRefusedForWantOfTheVersionItExtends() {
    Map<String, byte[]> files = Map.of("ruleset.properties",
        "id = mini\nversion = 2.0\nextends = 1.0\neffectiveFrom = 2024-01-01\n".getBytes(StandardCharsets.UTF_8));

    assertThat(catchThrowableOfType(InvalidRuleSetException.class, () -> RuleSetSource.fromFiles("memory", files))
        .diagnostics()).extracting(Diagnostic::toString).singleElement().asString()
        .startsWith("ruleset.properties:3:11: extends \"1.0\": no other version is known here to extend");
  }

  @Test
  void parse_overlayEntryInAVersionThatExtendsNone_isRefused() {
    write("1.0/ruleset.properties", "id = mini\nversion = 1.0\nname = m\neffectiveFrom = 2019-01-01\nrules = mini.drl,"
        + " extra.drl\nphases = score, level\naddRules = x.drl\ncomponents = points\ncomponent.points.max = 100\n"
        + "component.points.vi = Điểm\ncomponent.points.en = Points\n");

    assertThat(refused().diagnostics()).extracting(Diagnostic::toString).singleElement().asString()
        .startsWith("1.0/ruleset.properties:7:1: \"addRules\" is for a version that extends another");
  }
}
