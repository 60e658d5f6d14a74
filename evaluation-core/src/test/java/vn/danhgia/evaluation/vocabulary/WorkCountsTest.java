package vn.danhgia.evaluation.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkStatus;

class WorkCountsTest {
  private static final WorkItem TASK = new WorkItem("T1", "C1", WorkKind.ANNUAL, LocalDate.of(2025, 12, 31), false);
  private static final WorkItem OTHER = new WorkItem("T2", "C1", WorkKind.ANNUAL, LocalDate.of(2025, 12, 31), false);

  @Test
  void workProductsOf_checks_countsUnmetLateAndExceeded() {
    WorkProducts counts = WorkProducts.of(TASK, List.of(
        new ProductCheck("P1", TASK, true, true, false),
        new ProductCheck("P2", TASK, false, false, true),
        new ProductCheck("P3", TASK, true, false, true)));

    assertThat(counts).isEqualTo(new WorkProducts(TASK, 3, 1, 2, 1));
  }

  @Test
  void workProductsOf_none_isAllZero() {
    assertThat(WorkProducts.of(TASK, List.of())).isEqualTo(new WorkProducts(TASK, 0, 0, 0, 0));
  }

  @Test
  void workProductsOf_aCheckOfOtherWork_isRefused() {
    assertThatThrownBy(() -> WorkProducts.of(TASK, List.of(new ProductCheck("P1", OTHER, true, false, false))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T1");
    assertThatThrownBy(() -> WorkProducts.of(TASK, List.of("P1"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workTallyOf_checks_countsEachStatusAndThoseWithACredit() {
    WorkTally tally = WorkTally.of(List.of(
        new WorkCheck("T1", "C1", WorkKind.ANNUAL, WorkStatus.COMPLETED_ON_TIME, BigDecimal.ONE),
        new WorkCheck("T2", "C1", WorkKind.ANNUAL, WorkStatus.COMPLETED_LATE, new BigDecimal("0.75")),
        new WorkCheck("T3", "C1", WorkKind.ANNUAL, WorkStatus.COMPLETED_LATE, new BigDecimal("0.75")),
        new WorkCheck("T4", "C1", WorkKind.ANNUAL, WorkStatus.IN_PROGRESS, null),
        new WorkCheck("T5", "C1", WorkKind.ANNUAL, WorkStatus.NOT_COMPLETED, BigDecimal.ZERO)));

    assertThat(tally.counted()).isEqualTo(4);
    assertThat(tally.count(WorkStatus.COMPLETED_ON_TIME)).isEqualTo(1);
    assertThat(tally.count(WorkStatus.COMPLETED_LATE)).isEqualTo(2);
    assertThat(tally.count(WorkStatus.IN_PROGRESS)).isEqualTo(1);
    assertThat(tally.count(WorkStatus.NOT_COMPLETED)).isEqualTo(1);
  }

  @Test
  void workTallyOf_none_countsNothing() {
    WorkTally tally = WorkTally.of(List.of());
    assertThat(tally.counted()).isZero();
    for (WorkStatus s : WorkStatus.values()) {
      assertThat(tally.count(s)).isZero();
    }
  }

  @Test
  void workTallyOf_aValueThatIsNoWorkCheck_isRefused() {
    assertThatThrownBy(() -> WorkTally.of(List.of("T1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T1");
  }
}
