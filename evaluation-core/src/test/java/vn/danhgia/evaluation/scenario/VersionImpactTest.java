package vn.danhgia.evaluation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.scenario.Reports.flagged;
import static vn.danhgia.evaluation.scenario.Reports.incomplete;
import static vn.danhgia.evaluation.scenario.Reports.rated;
import static vn.danhgia.evaluation.scenario.Reports.reason;
import static vn.danhgia.evaluation.scenario.Reports.report;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.scenario.VersionImpact.CadreChange;
import vn.danhgia.evaluation.scenario.VersionImpact.Change;
import vn.danhgia.evaluation.scenario.VersionImpact.Transition;

class VersionImpactTest {
  private static final String QUOTA = "Excellent ratings past the group's allowance become good";

  @Test
  void compare_sameReports_nothingChanged() {
    EvaluationReport r = report("2025.1", rated("C1", Rating.GOOD, "80.00"));

    VersionImpact impact = VersionImpact.compare(r, r);

    assertThat(impact.changed()).isFalse();
    assertThat(impact.changes()).isEmpty();
    assertThat(impact.scoreOnly()).isEmpty();
    assertThat(impact.transitions()).isEmpty();
    assertThat(impact.cadres()).isEqualTo(1);
    assertThat(impact.unchanged()).isEqualTo(1);
  }

  @Test
  void compare_ratingStatusReasonsAndFlags_listEachChangedCadreWithBothResults() {
    EvaluationReport from = report("2025.1",
        rated("C1", Rating.EXCELLENT, "97.00"),
        rated("C2", Rating.EXCELLENT, "96.00"),
        rated("C3", Rating.GOOD, "80.00"),
        rated("C4", Rating.GOOD, "85.00", reason("BREAKTHROUGH_NOT_APPROVED", "Unapproved", "C4.B1")),
        rated("C5", Rating.GOOD, "88.00"),
        rated("C6", Rating.GOOD, "81.00"),
        rated("C7", Rating.COMPLETED, "60.00"));
    EvaluationReport to = report("2025.2",
        rated("C1", Rating.GOOD, "97.00", reason("DEMOTED_BY_QUOTA", QUOTA)),
        rated("C2", Rating.GOOD, "96.00", reason("DEMOTED_BY_QUOTA", QUOTA)),
        incomplete("C3", reason("NO_ANNUAL_TASKS", "No annual")),
        rated("C4", Rating.GOOD, "85.00", reason("BREAKTHROUGH_NOT_APPROVED", "Unapproved", "C4.B2")),
        flagged(rated("C5", Rating.GOOD, "88.00"), "SELF_ASSESSMENT_DIVERGES"),
        rated("C6", Rating.GOOD, "80.50"),
        rated("C7", Rating.COMPLETED, "60.00"));

    VersionImpact impact = VersionImpact.compare(from, to);

    assertThat(impact.from().version()).isEqualTo("2025.1");
    assertThat(impact.to().version()).isEqualTo("2025.2");
    assertThat(impact.changes()).extracting(CadreChange::cadre).containsExactly("C1", "C2", "C3", "C4", "C5");
    assertThat(impact.changes().get(0).what()).containsExactlyInAnyOrder(Change.RATING, Change.REASONS);
    assertThat(impact.changes().get(0).fromState()).isEqualTo("EXCELLENT");
    assertThat(impact.changes().get(0).toState()).isEqualTo("GOOD");
    assertThat(impact.changes().get(0).reasonsAdded()).extracting(r -> r.code() + "/" + r.rule())
        .containsExactly("DEMOTED_BY_QUOTA/" + QUOTA);
    assertThat(impact.changes().get(0).reasonsRemoved()).isEmpty();
    assertThat(impact.changes().get(2).what()).contains(Change.STATUS, Change.RATING, Change.SCORE);
    assertThat(impact.changes().get(2).toState()).isEqualTo("INCOMPLETE");
    assertThat(impact.changes().get(3).what()).as("same code, other subject").containsExactly(Change.REASONS);
    assertThat(impact.changes().get(3).reasonsRemoved()).extracting(r -> r.subject()).containsExactly("C4.B1");
    assertThat(impact.changes().get(4).what()).containsExactly(Change.FLAGS);
    assertThat(impact.scoreOnly()).extracting(CadreChange::cadre).containsExactly("C6");
    assertThat(impact.unchanged()).isEqualTo(1);
    assertThat(impact.changed()).isTrue();
    assertThat(impact.transitions()).containsExactly(
        Map.entry(new Transition("EXCELLENT", "GOOD"), 2),
        Map.entry(new Transition("GOOD", "INCOMPLETE"), 1));
    assertThat(impact.transitions().keySet().iterator().next()).hasToString("EXCELLENT -> GOOD");
  }

  @Test
  void compare_cadreInOnlyOneReport_isAPresenceChange() {
    VersionImpact impact = VersionImpact.compare(report("a", rated("C1", Rating.GOOD, "80.00")),
        report("b", rated("C2", Rating.GOOD, "80.00")));

    assertThat(impact.changes()).extracting(c -> c.cadre() + " " + c.fromState() + " -> " + c.toState())
        .containsExactly("C1 GOOD -> ABSENT", "C2 ABSENT -> GOOD");
    assertThat(impact.changes()).allSatisfy(c -> assertThat(c.what()).containsExactly(Change.PRESENCE));
    assertThat(impact.transitions()).containsOnlyKeys(new Transition("GOOD", "ABSENT"), new Transition("ABSENT", "GOOD"));
  }

  @Test
  void transitions_orderedFromTheHighestRatingBefore() {
    VersionImpact impact = VersionImpact.compare(
        report("a", rated("C1", Rating.COMPLETED, "60.00"), rated("C2", Rating.EXCELLENT, "95.00"),
            rated("C3", Rating.GOOD, "80.00"), rated("C4", Rating.EXCELLENT, "95.00")),
        report("b", rated("C1", Rating.NOT_COMPLETED, "60.00"), rated("C2", Rating.COMPLETED, "95.00"),
            rated("C3", Rating.EXCELLENT, "80.00"), rated("C4", Rating.GOOD, "95.00")));

    assertThat(impact.transitions().keySet()).extracting(Transition::toString).containsExactly(
        "EXCELLENT -> GOOD", "EXCELLENT -> COMPLETED", "GOOD -> EXCELLENT", "COMPLETED -> NOT_COMPLETED");
  }
}
