package vn.danhgia.evaluation.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * Parameter references are checked before a rule set is served: every {@code params.…("name")} of
 * a rule file names a parameter whose value that accessor reads, every message placeholder names a
 * parameter, and a parameter nothing reads is a warning. The mini fixture, one line changed at a time.
 */
class ParameterReferencesTest {
  private static final String DRL = resource("rulesets/mini/mini.drl");
  private static final String PARAMETERS = resource("rulesets/mini/parameters.properties");
  private static final String ANNUAL = "params.decimal(\"annual.points\")";

  @Test
  void compile_miniFixture_compilesWithNoWarning() {
    assertThat(CompiledRuleSet.compile(source(DRL, PARAMETERS)).warnings()).isEmpty();
  }

  @Test
  void compile_misspeltName_isRefusedAtTheCallWithTheNearestName() {
    String drl = DRL.replace(ANNUAL, "params.decimal(\"annual.point\")");

    assertThat(refusals(drl, PARAMETERS)).containsExactly(at(drl, "params.decimal(\"annual.point\")")
        + ": parameter \"annual.point\" is not defined in parameters.properties (did you mean \"annual.points\"?)");
  }

  @Test
  void compile_nameFarFromEveryParameter_isRefusedWithoutASuggestion() {
    String drl = DRL.replace(ANNUAL, "params.decimal(\"bonus\")");

    assertThat(refusals(drl, PARAMETERS)).singleElement().asString()
        .endsWith(": parameter \"bonus\" is not defined in parameters.properties");
  }

  @Test
  void compile_decimalReadAsRating_isRefusedSayingWhatTheValueIs() {
    String drl = DRL.replace(ANNUAL, "params.rating(\"annual.points\")");

    assertThat(refusals(drl, PARAMETERS)).containsExactly(at(drl, "params.rating(\"annual.points\")")
        + ": parameter \"annual.points\" is read as a rating (params.rating) but its value \"40\" is not one"
        + " (it is a decimal)");
  }

  @Test
  void compile_decimalReadAsRatio_isRefused() {
    String drl = DRL.replace(ANNUAL, "params.ratio(\"annual.points\")");

    assertThat(refusals(drl, PARAMETERS)).singleElement().asString()
        .contains("\"annual.points\" is read as a ratio (params.ratio) but its value \"40\" is not one");
  }

  @Test
  void compile_ratingParameterGivenADecimal_isRefusedAtTheRuleThatReadsIt() {
    String parameters = PARAMETERS.replace("cap = COMPLETED", "cap = 0.5");

    assertThat(refusals(DRL, parameters)).containsExactly(at(DRL, "params.rating(\"cap\")")
        + ": parameter \"cap\" is read as a rating (params.rating) but its value \"0.5\" is not one (it is a decimal)");
  }

  @Test
  void compile_parameterRemoved_isRefusedAtEveryRuleThatReadsIt() {
    String parameters = PARAMETERS.replace("cap = COMPLETED\n", "");

    assertThat(refusals(DRL, parameters)).containsExactly(at(DRL, "params.rating(\"cap\")")
        + ": parameter \"cap\" is not defined in parameters.properties");
  }

  @Test
  void compile_nonLiteralName_isRefusedSayingNamesMustBeCheckable() {
    String drl = DRL.replace(ANNUAL, "params.decimal(\"annual.\" + \"points\")");

    assertThat(refusals(drl, PARAMETERS)).singleElement().asString()
        .startsWith(at(drl, "params.decimal(\"annual.\" + \"points\")") + ": ")
        .contains("not a string literal").contains("so that it can be checked");
  }

  @Test
  void compile_paramsPassedToAFunction_isRefused() {
    String drl = DRL.replace(ANNUAL, "points(params)") + """

        function java.math.BigDecimal points(Parameters p) {
            return p.decimal("annual.points");
        }
        """;

    assertThat(refusals(drl, PARAMETERS)).singleElement().asString()
        .startsWith(at(drl, "params)") + ": ").contains("cannot be checked");
  }

  @Test
  void compile_otherMethodOfParams_isRefused() {
    String drl = DRL.replace(ANNUAL, "new java.math.BigDecimal(params.names().size())");

    assertThat(refusals(drl, PARAMETERS)).singleElement().asString()
        .contains("params.names is not a parameter read");
  }

  @Test
  void compile_readsInConstraintEvalAndFunction_areEachChecked() {
    String drl = DRL
        .replace("ScorePart( $id : cadre, component == \"general\", points < 10 )",
            "ScorePart( $id : cadre, component == \"general\", points < params.decimal(\"low\") )\n"
                + "    eval( params.flag(\"capping\") )")
        + """

        function boolean big(Parameters params) {
            return params.decimal("big").signum() > 0;
        }
        """;

    assertThat(refusals(drl, PARAMETERS)).containsExactly(
        at(drl, "params.decimal(\"low\")") + ": parameter \"low\" is not defined in parameters.properties",
        at(drl, "params.flag(\"capping\")") + ": parameter \"capping\" is not defined in parameters.properties",
        at(drl, "params.decimal(\"big\")") + ": parameter \"big\" is not defined in parameters.properties");
  }

  @Test
  void compile_readsInConstraintEvalAndFunctionThatFit_compile() {
    String drl = DRL.replace("ScorePart( $id : cadre, component == \"general\", points < 10 )",
        "ScorePart( $id : cadre, component == \"general\", points < params.decimal(\"low\") )\n"
            + "    eval( params.flag(\"capping\") )");
    String parameters = PARAMETERS + "low = 10\ncapping = true\n";

    CompiledRuleSet compiled = CompiledRuleSet.compile(source(drl, parameters));

    assertThat(compiled.rules()).hasSize(5);
    assertThat(compiled.warnings()).isEmpty();
  }

  @Test
  void compile_readsInCommentsAndStrings_areNotReads() {
    String drl = DRL.replace("then\n    insert( new Incomplete( $id ) );",
        "then\n    // params.decimal(\"commented\")\n    /* params.rating(\"blocked\") */\n"
            + "    String s = \"params.flag(\\\"quoted\\\")\";\n    insert( new Incomplete( $id ) );");

    assertThat(CompiledRuleSet.compile(source(drl, PARAMETERS)).rules()).hasSize(5);
  }

  @Test
  void compile_unknownPlaceholder_isRefusedAtItsBrace() {
    String drl = DRL.replace("{annual.points}\")", "{annual.pionts}\")");

    assertThat(refusals(drl, PARAMETERS)).containsExactly(at(drl, "{annual.pionts}")
        + ": message placeholder {annual.pionts} names no parameter of parameters.properties (did you mean"
        + " {annual.points}?); a placeholder is {subject} or a parameter's name");
  }

  @Test
  void compile_bracesThatAreNoName_areLeftAsText() {
    String drl = DRL.replace("@vi(\"Điểm thấp\")", "@vi(\"Điểm thấp { dưới 10 }\")");

    assertThat(CompiledRuleSet.compile(source(drl, PARAMETERS)).rules()).hasSize(5);
  }

  @Test
  void compile_unreadParameter_compilesWithAWarningOnItsLine() {
    String parameters = PARAMETERS + "# Not used yet.\nbonus.points = 5\n";

    CompiledRuleSet compiled = CompiledRuleSet.compile(source(DRL, parameters));

    assertThat(compiled.warnings()).containsExactly(new Diagnostic("parameters.properties", 5, 0,
        "parameter \"bonus.points\" is not read by any rule nor named by any message"));
  }

  @Test
  void compile_parameterNamedOnlyByAMessage_isRead() {
    String drl = DRL.replace(ANNUAL, "java.math.BigDecimal.TEN");

    assertThat(CompiledRuleSet.compile(source(drl, PARAMETERS)).warnings()).isEmpty();
  }

  @Test
  void compile_manyBadReads_listsAHundredAndCountsTheRest() {
    StringBuilder reads = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      reads.append("    params.decimal(\"missing.").append(i).append("\");\n");
    }
    String drl = DRL.replace("then\n    insert( new Incomplete( $id ) );", "then\n" + reads
        + "    insert( new Incomplete( $id ) );");

    List<Diagnostic> refused = catchThrowableOfType(InvalidRuleSetException.class,
        () -> CompiledRuleSet.compile(source(drl, PARAMETERS))).diagnostics();

    assertThat(refused).hasSize(101);
    assertThat(refused).anySatisfy(d -> assertThat(d.message()).isEqualTo(
        "and 50 more parameter references refused, not listed"));
  }

  @Property
  void distance_bounded_isTheLevenshteinDistanceCutAtTheBound(@ForAll @StringLength(max = 8) String a,
      @ForAll @StringLength(max = 8) String b, @ForAll @IntRange(min = 0, max = 4) int bound) {
    assertThat(ParameterReferences.distance(a, b, bound)).isEqualTo(Math.min(levenshtein(a, b), bound + 1));
  }

  @Property
  void nearest_oneEditAway_findsTheName(@ForAll @IntRange(min = 0, max = 9) int at) {
    String name = "credit.late";
    String misspelt = name.substring(0, at) + name.substring(at + 1);

    assertThat(ParameterReferences.nearest(misspelt, Set.of("credit.late", "weight.general", "self.divergence")))
        .isEqualTo(name);
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  /** The textbook dynamic programme, for comparison. */
  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }

  private static List<String> refusals(String drl, String parameters) {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> CompiledRuleSet.compile(source(drl, parameters)));
    assertThat(e).as("the rule set must be refused").isNotNull();
    return e.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  /** @return {@code mini.drl:line:column} of the first occurrence of {@code text} in {@code drl} */
  static String at(String drl, String text) {
    int index = drl.indexOf(text);
    assertThat(index).as("%s in the rule file", text).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (drl.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "mini.drl:" + line + ":" + (index - lineStart + 1);
  }

  private static RuleSetSource source(String drl, String parameters) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("ruleset.properties", resource("rulesets/mini/ruleset.properties").getBytes(StandardCharsets.UTF_8));
    files.put("parameters.properties", parameters.getBytes(StandardCharsets.UTF_8));
    files.put("mini.drl", drl.getBytes(StandardCharsets.UTF_8));
    return RuleSetSource.fromFiles("memory:mini", files);
  }

  private static String resource(String name) {
    try (InputStream in = ParameterReferencesTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
