package vn.danhgia.evaluation.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.RuleFirings;
import vn.danhgia.evaluation.scenario.CoverageReport.RuleCoverage;

class CoverageReportTest {
  private static final CompiledRuleSet MINI = ScenarioFixtures.mini().ruleSet("1.0");

  @Test
  void of_countsEachRuleOfTheVersionAndListsThoseNeverFired() {
    CoverageReport c = CoverageReport.of(MINI, Map.of("Components from the assessment", 4L,
        "Everyone assessed is good", 4L, "Not assessed", 1L));

    assertThat(c.ruleSet()).isEqualTo(MINI.identity());
    assertThat(c.files()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo("mini.drl");
      assertThat(f.rules()).extracting(r -> r.rule().name() + "=" + r.firings()).containsExactly(
          "Components from the assessment=4", "Not assessed=1", "Everyone assessed is good=4",
          "A low score caps the rating=0", "The first of a group by id is demoted=0");
      assertThat(f.fired()).isEqualTo(3);
      assertThat(f.percent()).isEqualByComparingTo("60.00");
    });
    assertThat(c.total()).isEqualTo(5);
    assertThat(c.fired()).isEqualTo(3);
    assertThat(c.neverFired()).extracting(RuleCoverage::where).containsExactly(
        "mini.drl:" + MINI.rules().get(3).line() + " \"A low score caps the rating\"",
        "mini.drl:" + MINI.rules().get(4).line() + " \"The first of a group by id is demoted\"");
  }

  @Test
  void of_firingsOfRulesTheVersionDoesNotHave_areIgnored() {
    RuleFirings firings = new RuleFirings();
    firings.add("Not assessed", 2);
    firings.add("A rule of another version", 7);

    CoverageReport c = CoverageReport.of(MINI, firings);

    assertThat(c.total()).isEqualTo(5);
    assertThat(c.fired()).isEqualTo(1);
    assertThat(c.rules()).noneMatch(r -> r.rule().name().equals("A rule of another version"));
  }

  @Test
  void percent_isRoundedDown_reachesComparesExactly() {
    CoverageReport twoOfThree = new CoverageReport(MINI.identity(), java.util.List.of(new CoverageReport.FileCoverage(
        "x.drl", java.util.List.of(rule(0, 1), rule(1, 1), rule(2, 0)))));

    assertThat(twoOfThree.percent()).isEqualByComparingTo("66.66");
    assertThat(twoOfThree.reaches(new BigDecimal("66.66"))).isTrue();
    assertThat(twoOfThree.reaches(new BigDecimal("66.67"))).isFalse();
    assertThat(twoOfThree.reaches(BigDecimal.valueOf(100))).isFalse();
    assertThat(CoverageReport.of(MINI, Map.of()).percent()).isEqualByComparingTo("0");
  }

  private static RuleCoverage rule(int index, long firings) {
    return new RuleCoverage(MINI.rules().get(index), firings);
  }
}
