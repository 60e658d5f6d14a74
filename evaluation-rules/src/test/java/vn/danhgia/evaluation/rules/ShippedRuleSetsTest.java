package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.RuleDescription;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/** The shipped rule set compiles, is versioned as criteria.md says, and gives every reason code. */
class ShippedRuleSetsTest {
  private static final Set<String> COMMON = Set.of("BREAKTHROUGH_NOT_APPROVED", "NO_DECIDING_ASSESSMENT",
      "NO_ANNUAL_TASKS", "EXCELLENT_CONDITIONS_NOT_MET", "GOOD_CONDITIONS_NOT_MET", "CAP_BREAKTHROUGH_NOT_REGISTERED",
      "CAP_ORDER_FAILED", "VETO_DISCIPLINE", "VETO_TASK_COMPLETION", "VETO_UNITS_NOT_COMPLETED");
  private static final Set<String> ONLY_2025 = Set.of("DISCIPLINE_SELF_REMEDIED", "VETO_BASIC_TARGET_MISSED",
      "VETO_LOW_CONFIDENCE", "DEMOTED_BY_QUOTA", "QUOTA_TIE");

  @Test
  void builtIn_hasBothVersionsWithTheirEffectiveDates() {
    RuleSets sets = RuleSets.builtIn("leaders");

    assertThat(sets.versions()).containsOnlyKeys("2019.1", "2025.1");
    assertThat(sets.timeline().versions()).containsEntry("2019.1", LocalDate.of(2019, 1, 1))
        .containsEntry("2025.1", LocalDate.of(2025, 9, 1));
    assertThat(sets.timeline().inForceOn(LocalDate.of(2025, 8, 31))).contains("2019.1");
    assertThat(sets.timeline().inForceOn(LocalDate.of(2025, 9, 1))).contains("2025.1");
    assertThat(sets.timeline().inForceOn(LocalDate.of(2018, 12, 31))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void compile_shippedVersion_hasNoErrorAndEveryReasonOfItsCriteria(String version) {
    RuleSetSource source = RuleSets.builtIn("leaders").version(version).orElseThrow();

    CompiledRuleSet compiled = CompiledRuleSet.compile(source);

    Set<String> codes = compiled.rules().stream().map(RuleDescription::reasonCode).filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(COMMON);
    if (version.equals("2025.1")) {
      expected.addAll(ONLY_2025);
    }
    assertThat(codes).isEqualTo(expected);
    assertThat(compiled.rules()).filteredOn(r -> r.reasonCode() != null).allSatisfy(r -> {
      assertThat(r.message().vi()).as(r.name()).isNotBlank();
      assertThat(r.message().en()).as(r.name()).isNotBlank();
    });
    assertThat(compiled.identity().sha256()).hasSize(64);
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
