package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.testing.RandomInputs;

/** Sharing repeated values while binding changes the memory of the records, never their values. */
class RepeatedValuesTest {
  @Test
  void share_equalValue_givesTheOneHeld() {
    RepeatedValues shared = new RepeatedValues();
    String first = new String("C00001".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    String again = new String("C00001".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

    assertThat(shared.share(first)).isSameAs(first);
    assertThat(shared.share(again)).isSameAs(first);
    assertThat(shared.share(LocalDate.of(2025, 1, 1))).isSameAs(shared.share(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void share_unequalValueOfTheSameHashOrAnotherScale_givesItself() {
    RepeatedValues shared = new RepeatedValues();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    shared.share("Aa");
    BigDecimal one = new BigDecimal("1.0");
    shared.share(one);

    assertThat(shared.share("BB")).isEqualTo("BB");
    Object hundredths = shared.share(new BigDecimal("1.00"));
    assertThat(hundredths).isNotSameAs(one).isEqualTo(new BigDecimal("1.00"));
    assertThat(((BigDecimal) hundredths).scale()).isEqualTo(2);
  }

  @Test
  void readInput_cadreIdRepeatedInItsTasks_isHeldOnce() {
    EvaluationInput input = RandomInputs.generate(9, 5, 2025);
    byte[] json = Interchange.standard().writeInputAsString(input).getBytes(StandardCharsets.UTF_8);

    EvaluationInput read = Interchange.standard().readInput(json);

    assertThat(read).isEqualTo(input);
    assertThat(read.tasks()).isNotEmpty();
    for (Task t : read.tasks()) {
      String id = read.cadres().stream().filter(c -> c.id().equals(t.cadre())).findFirst().orElseThrow().id();
      assertThat(t.cadre()).isSameAs(id);
    }
  }
}
