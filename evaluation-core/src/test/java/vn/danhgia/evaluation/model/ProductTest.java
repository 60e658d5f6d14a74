package vn.danhgia.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTest {
  private static Product withExcuses(List<Excuse> excuses) {
    return new Product("P1", "T1", null, "decisions", BigDecimal.TEN, BigDecimal.TEN, Direction.HIGHER_IS_BETTER,
        LocalDate.of(2026, 3, 31), null, BigDecimal.ONE, null, 2, 2, excuses);
  }

  @Test
  void excusesOf_eachKind_countsOnlyThatKind() {
    Product p = withExcuses(List.of(new Excuse(ExcuseKind.QUALITY, "Ban Thường vụ", null),
        new Excuse(ExcuseKind.DELAY, "Ban Thường vụ", "mưa lũ"), new Excuse(ExcuseKind.QUALITY, "UBND", null)));

    assertThat(p.excusesOf(ExcuseKind.QUALITY)).isEqualTo(2);
    assertThat(p.excusesOf(ExcuseKind.DELAY)).isEqualTo(1);
  }

  @Test
  void excusesOf_none_isZero() {
    for (ExcuseKind kind : ExcuseKind.values()) {
      assertThat(withExcuses(List.of()).excusesOf(kind)).isZero();
    }
  }
}
