package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/** The shipped rule set passes the project's checks of a rule set and is versioned as criteria.md says. */
class ShippedRuleSetsTest {
  @Test
  void builtIn_hasTheThreeVersionsWithTheirEffectiveDates() {
    RuleSets sets = RuleSets.builtIn("leaders");

    assertThat(sets.versions()).containsOnlyKeys("2019.1", "2025.1", "2026.1");
    assertThat(sets.timeline().versions()).containsEntry("2019.1", LocalDate.of(2019, 1, 1))
        .containsEntry("2025.1", LocalDate.of(2025, 9, 1))
        .containsEntry("2026.1", LocalDate.of(2026, 1, 1));
    assertThat(sets.timeline().inForceOn(LocalDate.of(2025, 8, 31))).contains("2019.1");
    assertThat(sets.timeline().inForceOn(LocalDate.of(2025, 9, 1))).contains("2025.1");
    assertThat(sets.timeline().inForceOn(LocalDate.of(2025, 12, 31))).contains("2025.1");
    assertThat(sets.timeline().inForceOn(LocalDate.of(2026, 1, 1))).contains("2026.1");
    assertThat(sets.timeline().inForceOn(LocalDate.of(2018, 12, 31))).isEmpty();
  }

  /** @return every shipped version, read from the rule set */
  static List<String> shippedVersions() {
    return Leaders.VERSIONS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedVersions")
  void shippedVersion_passesTheProjectsChecks(String version) {
    RuleSetChecks.verify(RuleSets.builtIn("leaders"), version, ShippedScenariosTest.SCENARIOS.resolve(version));
  }

  /** interchange.md: "general, annual, breakthrough, orders for 2019.1 and 2025.1; general, results for 2026.1". */
  static Stream<Arguments> interchangeComponents() {
    return Stream.of(
        Arguments.of("2019.1", List.of("general", "annual", "breakthrough", "orders"), List.of(30, 40, 15, 15)),
        Arguments.of("2025.1", List.of("general", "annual", "breakthrough", "orders"), List.of(30, 40, 15, 15)),
        Arguments.of("2026.1", List.of("general", "results"), List.of(30, 70)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interchangeComponents")
  void shippedVersion_declaresTheComponentsOfTheInterchangeContract(String version, List<String> codes,
      List<Integer> maxima) {
    RuleSetSource source = RuleSets.builtIn("leaders").version(version).orElseThrow();

    assertThat(source.manifest().componentCodes()).isEqualTo(codes);
    assertThat(CompiledRuleSet.compile(source).terms().components()).extracting(c -> c.max().intValue())
        .isEqualTo(maxima);
  }

  @Test
  void interchangeComponents_coverEveryShippedVersion() {
    assertThat(interchangeComponents().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(
        Leaders.VERSIONS);
  }

  @Test
  void versions_differOnlyWhereCriteriaSay() {
    RuleSets sets = RuleSets.builtIn("leaders");
    var p19 = sets.version("2019.1").orElseThrow().parameters().asText();
    var p25 = sets.version("2025.1").orElseThrow().parameters().asText();

    assertThat(p19).containsEntry("excellent.minExceededPercent", "50").containsEntry("cap.orderFailed", "GOOD");
    assertThat(p25).containsEntry("excellent.minExceededPercent", "30").containsEntry("cap.orderFailed", "COMPLETED")
        .containsEntry("quota.percent", "20").containsEntry("quota.rounding", "FLOOR")
        .containsEntry("vote.vetoAbove", "1/2").containsEntry("vote.dismissalFrom", "2/3");
    for (String shared : List.of("weight.general", "weight.annual", "weight.breakthrough", "weight.orders",
        "credit.late", "self.divergence", "score.excellent", "score.good", "score.completed",
        "excellent.minUnitsGoodPercent", "cap.breakthroughNotRegistered", "veto.minAnnualCompletedPercent",
        "veto.maxUnitsNotCompletedPercent")) {
      assertThat(p25.get(shared)).as(shared).isEqualTo(p19.get(shared)).isNotNull();
    }
  }
}
