package vn.danhgia.evaluation.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ExactTest {

  @Property(tries = 300)
  void total_ofDecimalsAndFractions_isTheSumOfTheirFractions(
      @ForAll @Size(max = 12) List<@BigRange(min = "-1000", max = "1000") @Scale(4) BigDecimal> decimals,
      @ForAll @Size(max = 4) List<@IntRange(min = 1, max = 12) Integer> thirds,
      @ForAll @IntRange(min = -5, max = 5) int whole) {
    List<Object> values = new ArrayList<>(decimals);
    Exact expected = Exact.of(whole);
    for (BigDecimal d : decimals) {
      expected = expected.plus(Exact.of(d));
    }
    for (int n : thirds) {
      Exact third = Exact.of(n).dividedBy(Exact.of(3));
      values.add(third);
      expected = expected.plus(third);
    }
    values.add(Long.valueOf(whole));

    assertThat(Exact.total(values)).isEqualTo(expected);
  }

  @Test
  void total_none_isZero() {
    assertThat(Exact.total(List.of())).isEqualTo(Exact.ZERO);
  }

  @Test
  void total_scalesThatDiffer_areAddedExactly() {
    assertThat(Exact.total(List.of(new BigDecimal("0.1"), new BigDecimal("0.25"), new BigDecimal("2E+1"))))
        .isEqualTo(Exact.of(new BigDecimal("20.35")));
  }

  @Test
  void total_aValueOfAnotherType_isRefused() {
    assertThatThrownBy(() -> Exact.total(Arrays.asList(BigDecimal.ONE, "1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> Exact.total(Arrays.asList(BigDecimal.ONE, null))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null");
  }

  @Test
  void mean_ofThirds_isExact() {
    Exact mean = Exact.mean(List.of(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO));
    assertThat(mean.times(BigDecimal.valueOf(3))).isEqualTo(Exact.ONE);
    assertThat(mean.rounded()).isEqualByComparingTo("0.33");
  }
}
