package vn.danhgia.evaluation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.ComponentTerm;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ReportTerms;
import vn.danhgia.evaluation.report.Severity;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.testing.Situation;

/**
 * The terms a rule set declares for its results (components, flags, reasons' severities): read from
 * its manifest and rules, refused where malformed, and held to by the engine.
 */
class RuleSetTermsTest {
  private static final RuleSetSource MINI = RuleSetFixtures.source("mini");
  private static final EvaluationInput INPUT = Situation.year(2024).cadre("A", c -> c.superior("20")).build();

  private static RuleSetSource edited(UnaryOperator<String> manifest, UnaryOperator<String> rules) {
    Map<String, byte[]> files = new TreeMap<>(MINI.files());
    files.put("ruleset.properties", manifest.apply(text(files, "ruleset.properties")).getBytes(StandardCharsets.UTF_8));
    files.put("mini.drl", rules.apply(text(files, "mini.drl")).getBytes(StandardCharsets.UTF_8));
    return RuleSetSource.fromFiles("edited mini", files);
  }

  private static String text(Map<String, byte[]> files, String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  @Test
  void terms_ofARuleSet_areItsManifestsComponentsAndFlagsAndItsRulesSeverities() {
    RuleSetSource source = edited(m -> m.replace("component.annual.max = 40", "component.annual.max = {annual.points}")
        + "flag.LOW_GENERAL.vi = Dưới {annual.points}\nflag.LOW_GENERAL.en = Under {annual.points}\n",
        r -> r.replace("@en(\"Low score\")", "@en(\"Low score\")\n    @severity(\"cap\")"));

    ReportTerms terms = CompiledRuleSet.compile(source).terms();

    assertThat(terms.components()).extracting(ComponentTerm::code)
        .containsExactly("general", "annual", "breakthrough", "orders");
    assertThat(terms.component("annual").orElseThrow().max()).isEqualByComparingTo("40");
    assertThat(terms.component("general").orElseThrow().name()).isEqualTo(new Message("Tiêu chí chung", "General criteria"));
    assertThat(terms.component("bonus")).isEmpty();
    assertThat(terms.flag("LOW_GENERAL")).contains(new Message("Dưới 40", "Under 40"));
    assertThat(terms.severity(new Reason("LOW", "A low score caps the rating", null, new Message("x", "y"))))
        .isEqualTo(Severity.CAP);
    assertThat(terms.severity(new Reason("NO_DECIDING_ASSESSMENT", "Not assessed", null, new Message("x", "y"))))
        .as("a reason whose rule states no severity").isEqualTo(Severity.INFORMATION);
  }

  @Test
  void evaluate_components_areThoseOfTheManifestInItsOrder() {
    RuleSetSource source = edited(m -> m.replace("components = general, annual, breakthrough, orders",
        "components = orders, general, breakthrough, annual"), r -> r);

    var result = CompiledRuleSet.compile(source).evaluate(INPUT, EvaluationLimits.defaults()).result("A").orElseThrow();

    assertThat(result.components().codes()).containsExactly("orders", "general", "breakthrough", "annual");
    assertThat(result.components().get("annual")).isEqualByComparingTo("40");
  }

  @Test
  void evaluate_aComponentTheManifestDoesNotDeclare_isARuleExecutionError() {
    RuleSetSource source = edited(m -> m, r -> r.replace("new ScorePart( $id, \"orders\"", "new ScorePart( $id, \"ordres\""));

    assertThatThrownBy(() -> CompiledRuleSet.compile(source).evaluate(INPUT, EvaluationLimits.defaults()))
        .isInstanceOf(RuleExecutionException.class)
        .hasMessageContaining("a component \"ordres\", which the manifest does not declare");
  }

  @Test
  void evaluate_aComponentMissing_isARuleExecutionError() {
    RuleSetSource source = edited(m -> m.replace("components = general, annual, breakthrough, orders",
        "components = general, annual, breakthrough, orders, bonus") + "component.bonus.max = 5\n"
        + "component.bonus.vi = Thưởng\ncomponent.bonus.en = Bonus\n", r -> r);

    assertThatThrownBy(() -> CompiledRuleSet.compile(source).evaluate(INPUT, EvaluationLimits.defaults()))
        .isInstanceOf(RuleExecutionException.class).hasMessageContaining("no bonus component");
  }

  @Test
  void evaluate_aFlagTheManifestDoesNotDeclare_isARuleExecutionError() {
    RuleSetSource source = edited(m -> m, r -> r.replace("insert( new Level( $id, Rating.GOOD ) );",
        "insert( new Level( $id, Rating.GOOD ) );\n    insert( new Flag( $id, \"UNDECLARED\" ) );"));

    assertThatThrownBy(() -> CompiledRuleSet.compile(source).evaluate(INPUT, EvaluationLimits.defaults()))
        .isInstanceOf(RuleExecutionException.class).hasMessageContaining("the flag \"UNDECLARED\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no components|components = general, annual, breakthrough, orders|#|ruleset.properties:0:0: the manifest has no \"components\"",
      "a bad code|components = general, annual, breakthrough, orders|components = general, Annual, breakthrough, orders|ruleset.properties:10:23: a component's code is a lower-case letter",
      "a bad max|component.general.max = 30|component.general.max = thirty|ruleset.properties:11:25: a component's max is a number (30) or a decimal parameter's name in braces",
      "a name missing|component.orders.en = Ordered work|#|ruleset.properties:10:14: the component \"orders\" needs component.orders.en",
      "an unknown part|component.orders.en = Ordered work|component.orders.en = Ordered work~component.orders.colour = red|ruleset.properties:23:1: unknown manifest entry \"component.orders.colour\"",
      "an undeclared component|component.orders.en = Ordered work|component.orders.en = Ordered work~component.bonus.vi = Thưởng|ruleset.properties:23:1: \"component.bonus.vi\" is about a component \"bonus\" that \"components\" does not list",
      "an unknown parameter as max|component.general.max = 30|component.general.max = {general.points}|ruleset.properties:11:25: component.general.max names the parameter \"general.points\", which is not a decimal parameter",
      "a parameter of another type|component.general.max = 30|component.general.max = {cap}|ruleset.properties:11:25: component.general.max names the parameter \"cap\", which is not a decimal parameter of parameters.properties (its value is \"COMPLETED\")",
      "a flag without en|component.orders.en = Ordered work|component.orders.en = Ordered work~flag.X.vi = x|ruleset.properties:0:0: the flag X needs flag.X.en",
      "a flag's bad code|component.orders.en = Ordered work|component.orders.en = Ordered work~flag.x.vi = x~flag.x.en = x|ruleset.properties:23:1: a flag's code is upper-case letters",
      "a flag's unknown placeholder|component.orders.en = Ordered work|component.orders.en = Ordered work~flag.X.vi = {nope}~flag.X.en = x|ruleset.properties:23:13: the placeholder {nope} of flag.X.vi names no parameter"})
  /** Each case replaces a line of the mini manifest ({@code #}: removes it; {@code ~}: a line break). */
  void compile_malformedTerms_areRefusedWithFileLineColumn(String what, String from, String to, String expected) {
    RuleSetSource[] source = new RuleSetSource[1];
    assertThatThrownBy(() -> {
      source[0] = edited(m -> m.replace(from, to.equals("#") ? "" : to.replace('~', '\n')), r -> r);
      CompiledRuleSet.compile(source[0]);
    }).as(what).isInstanceOf(InvalidRuleSetException.class)
        .satisfies(e -> assertThat(((InvalidRuleSetException) e).diagnostics()).extracting(Object::toString)
            .anySatisfy(d -> assertThat(d).startsWith(expected)));
  }

  @ParameterizedTest(name = "@severity(\"{0}\")")
  @CsvSource({"fatal", "Veto", "''"})
  void compile_unknownSeverity_isRefusedAtTheRule(String word) {
    RuleSetSource source = edited(m -> m, r -> r.replace("@en(\"Low score\")", "@en(\"Low score\")\n    @severity(\"" + word + "\")"));

    assertThatThrownBy(() -> CompiledRuleSet.compile(source)).isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("mini.drl:").hasMessageContaining("which is not a severity; a reason's severity is one of"
            + " information, incomplete, condition, cap, veto, quota");
  }

  @Test
  void compile_severityOnARuleThatGivesNoReason_isRefused() {
    RuleSetSource source = edited(m -> m, r -> r.replace("rule \"Everyone assessed is good\"",
        "rule \"Everyone assessed is good\"\n    @severity(\"cap\")"));

    assertThatThrownBy(() -> CompiledRuleSet.compile(source)).isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("has @severity but gives no reason");
  }

  @Test
  void componentDefinition_maxAsANumberOrAParameter() {
    assertThat(MINI.manifest().components().get(0).maximum(MINI.parameters())).isEqualByComparingTo(BigDecimal.valueOf(30));
  }
}
